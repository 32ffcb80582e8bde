using System.Linq;
using Ims.Rules.Json;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Suggestions;

public sealed class ReconciliationOutputTests
{
    [Fact]
    public void CaseWithActions_SuggestedActions_ComputesTheStatementTheEffectsPromised()
    {
        var imsCase = Case(Record("r1", "INV-1"), Record("r2", "INV-2", igst: 680m));
        var report = Reconcile([Book("b1", "INV-1"), Book("b2", "INV-2", igst: 180m)], imsCase);

        var withActions = ReconciliationOutput.CaseWithActions(imsCase, report.SuggestedActions());
        var statement = ImsEngine.Compute(CaseReader.Read(CaseWriter.ToJson(withActions)).GetValueOrThrow(), ReturnPeriod.Month(2025, 10));

        statement.Documents.Select(d => (d.RecordId, d.Bucket)).Should().Equal(("r1", Bucket.ItcAvailable));
        statement.CarryForward.Select(c => c.RecordId).Should().Equal("r2");
    }

    [Fact]
    public void Upload_SuggestedActions_WritesTheSaveRequestWithThem()
    {
        var imsCase = Case(Record("r1", "INV-1"), Record("r2", "INV-2", igst: 680m));
        var report = Reconcile([Book("b1", "INV-1"), Book("b2", "INV-2", igst: 180m)], imsCase);

        var upload = ReconciliationOutput.Upload(imsCase, report.SuggestedActions());

        upload.Included.Select(a => (a.RecordId, a.Action)).Should().Equal(("r1", ActionKind.Accept), ("r2", ActionKind.Pending));
        upload.Json.Should().Contain("\"reqtyp\": \"SAVE\"").And.Contain("\"inum\": \"INV-2\"");
    }
}
