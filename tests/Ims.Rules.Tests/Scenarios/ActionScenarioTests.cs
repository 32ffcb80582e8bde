using System.Linq;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S10–S14: the four actions.</summary>
public sealed class ActionScenarioTests
{
    [Fact]
    public void S10_R11_NoAction_IsDeemedAcceptedInto4A5()
    {
        var imsCase = Case([Invoice("inv-c", "2025-12-10T18:00", 18000m)], gstr3b: FiledMonthly("2025-04", "2025-10"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-11"));

        statement.AsOf.Should().Be(Ist("2025-12-14"));
        statement.Doc("inv-c").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("inv-c").Rules.Should().StartWith(["R11", "R12"]);
        statement.Summary.Gstr3b.Table4A5.Igst.Should().Be(18000m);
    }

    [Fact]
    public void S11_R15_R16_RejectThenAcceptBeforeGstr3b_OnlyTheLastActionCounts()
    {
        var filings = FiledMonthly("2025-04", "2025-11");
        var imsCase = Case([Invoice("inv-d", "2025-12-10T18:00")], [Reject("inv-d", "2025-12-12T10:00"), Accept("inv-d", "2025-12-18T10:00")], filings);
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-11")).Doc("inv-d").Bucket.Should().Be(Bucket.ItcRejected);
        engine.Compute(Month("2025-11"), Ist("2025-12-18T12:00")).Doc("inv-d").Bucket.Should().Be(Bucket.ItcAvailable);
        var filed = engine.Compute(Month("2025-11"), Ist("2026-02-01"));
        filed.AsOf.Should().Be(Ist("2025-12-20T17:00"));
        filed.Doc("inv-d").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void S12_R18_SupplierEditsSavedRecordAfterAccept_ActionResetsAndModifiedValuesAreDeemedAccepted()
    {
        var edited = Invoice("inv-e", "2025-11-10T18:00", 2000m) with
        {
            SavedAt = Ist("2025-11-03T10:00"),
            RevisedAt = [Ist("2025-11-07T10:00")],
        };
        var imsCase = Case([edited], [Reject("inv-e", "2025-11-05T10:00")], FiledMonthly("2025-04", "2025-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        statement.Doc("inv-e").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("inv-e").Rules.Should().StartWith(["R11", "R12"]);
        statement.Doc("inv-e").Itc.Igst.Should().Be(2000m);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionReset && f.RecordId == "inv-e");
    }

    [Fact]
    public void S13_R14_PendingInvoiceAcceptedAfterGstr3b_AppearsInTheNextStatementOnly()
    {
        var filings = FiledMonthly("2025-04", "2025-11");
        var imsCase = Case([Invoice("inv-f", "2025-12-10T18:00", 5000m)], [Pending("inv-f", "2025-12-12T10:00"), Accept("inv-f", "2026-01-05T10:00")], filings);
        var engine = ImsEngine.Create(imsCase);

        var november = engine.Compute(Month("2025-11"));
        var december = engine.Compute(Month("2025-12"));

        november.Has("inv-f").Should().BeFalse();
        november.Carries("inv-f").Should().BeTrue();
        november.CarryForward.Single().Should().Be(new CarryForwardEntry("inv-f", Month("2025-11"), null, Date("2026-11-30")));
        november.Summary.ItcAvailable.Igst.Should().Be(0m);
        december.Doc("inv-f").Bucket.Should().Be(Bucket.ItcAvailable);
        december.Doc("inv-f").Since.Should().Be(Month("2025-11"));
        december.Doc("inv-f").Rules.Should().StartWith(["R14", "R12"]);
        december.Summary.Gstr3b.Table4A5.Igst.Should().Be(5000m);
    }

    [Fact]
    public void S14_R17_Gstr3bFiling_ClosesAcceptedAndRejectedButKeepsPendingAndFutureRecords()
    {
        var filings = FiledMonthly("2025-04", "2025-11");
        var imsCase = Case(
            [Invoice("inv-g", "2025-12-10T18:00"), Invoice("inv-h", "2025-12-10T18:00"), Invoice("inv-i", "2025-12-10T18:00"), Invoice("inv-j", "2025-12-15T18:00")],
            [
                Accept("inv-g", "2025-12-15T10:00"), Reject("inv-h", "2025-12-15T10:00"), Pending("inv-i", "2025-12-15T10:00"),
                Reject("inv-g", "2025-12-22T10:00"), Accept("inv-h", "2025-12-22T10:00"),
            ],
            filings);
        var engine = ImsEngine.Create(imsCase);

        var november = engine.Compute(Month("2025-11"), Ist("2026-01-01"));
        var december = engine.Compute(Month("2025-12"));

        november.Doc("inv-g").Bucket.Should().Be(Bucket.ItcAvailable);
        november.Doc("inv-h").Bucket.Should().Be(Bucket.ItcRejected);
        november.Carries("inv-i").Should().BeTrue();
        november.Has("inv-j").Should().BeFalse();
        december.Has("inv-g").Should().BeFalse();
        december.Has("inv-h").Should().BeFalse();
        december.Findings.Should().Contain(f => f.Code == FindingCodes.ActionAfterClose && f.RecordId == "inv-g");
        december.Findings.Should().Contain(f => f.Code == FindingCodes.ActionAfterClose && f.RecordId == "inv-h");
        december.Carries("inv-i").Should().BeTrue();
        december.Doc("inv-j").Bucket.Should().Be(Bucket.ItcAvailable);
    }
}
