using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Engine;

public sealed class SmokeTests
{
    [Fact]
    public void Compute_InvoiceWithNoAction_IsDeemedAcceptedInItcAvailable()
    {
        var imsCase = Case([Invoice("r1", "2025-11-10T18:00", 180m)], gstr3b: FiledMonthly("2025-04", "2025-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        statement.Status.Should().Be(StatementStatus.Generated, string.Join(" | ", statement.Findings));
        statement.Doc("r1").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("r1").Rules.Should().StartWith(["R11", "R12"]);
        statement.Summary.ItcAvailable.Igst.Should().Be(180m);
        statement.Summary.Gstr3b.Table4A5.Igst.Should().Be(180m);
    }
}
