using System.Linq;
using Ims.Rules.Gstn;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using NodaTime;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Suggestions;

/// <summary>
/// One home for every rule: the same situations through the engine, reconciliation and the IMS upload writer give
/// the same answers on routing (R3, R4, R6, R7, R36), same-instant ties (R15) and the Pending allowance (R22–R25).
/// </summary>
public sealed class EngineAgreementTests
{
    [Theory]
    [InlineData("ims", RecordRoute.Ims)]
    [InlineData("reverseCharge", RecordRoute.ReverseCharge)]
    [InlineData("isd", RecordRoute.Isd)]
    [InlineData("placeOfSupply", RecordRoute.PlaceOfSupply)]
    [InlineData("timeBarred", RecordRoute.TimeBarred)]
    [InlineData("gstr5", RecordRoute.NonResident)]
    [InlineData("import", RecordRoute.ImportBeforeIms)]
    [InlineData("preIms", RecordRoute.BeforeIms)]
    public void R3_R4_R6_R36_Routing_EngineReconciliationAndUploadAgree(string story, RecordRoute expected)
    {
        var record = RouteStory(story);
        var imsCase = Case(record);
        var engine = ImsEngine.Create(imsCase);
        var accept = new ImsAction { RecordId = "r1", Action = ActionKind.Accept, At = At };

        var decision = engine.Decide("r1", At)!;
        var line = Reconciler.Match([], imsCase).Single();
        var upload = ImsActionUpload.Build(engine, [accept]);

        decision.Route.Should().Be(expected);
        (line.Status == MatchStatus.Ineligible).Should().Be(!decision.Actionable, "reconciliation shows apart exactly what the engine routes past IMS");
        upload.Included.IsEmpty.Should().Be(!decision.Actionable, "the upload writer refuses exactly what the engine routes past IMS");
        upload.Findings.Any(f => f.Code == GstnFindingCodes.UploadNotInIms).Should().Be(!decision.Actionable);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void R15_RejectAndPendingAtOneInstant_EngineReconciliationAndUploadAgree(bool rejectFirst)
    {
        var reject = new ImsAction { RecordId = "r1", Action = ActionKind.Reject, At = At };
        var pending = new ImsAction { RecordId = "r1", Action = ActionKind.Pending, At = At };
        ImsAction[] both = rejectFirst ? [reject, pending] : [pending, reject];
        var imsCase = Case(Record("r1", "INV-1")).WithActions(both);
        var engine = ImsEngine.Create(imsCase);

        var statement = engine.Compute(Ims.Rules.ReturnPeriod.Month(2025, 10));
        var decision = engine.Decide("r1", At)!;
        var suggestion = Reconcile([], imsCase).LineOf("r1").Suggestion!;
        var upload = ImsActionUpload.Build(engine, both);

        statement.Documents.Single(d => d.RecordId == "r1").Bucket.Should().Be(Bucket.ItcRejected);
        decision.ActionInForce!.Action.Should().Be(ActionKind.Reject);
        suggestion.Reason.Should().NotContain("already Pending", "the engine holds the Reject in force, not the Pending");
        upload.Included.Should().ContainSingle().Which.Action.Should().Be(ActionKind.Reject);
        ActionPrecedence.Latest(both)!.Action.Should().Be(ActionKind.Reject);
    }

    [Theory]
    [InlineData("invoice2025", true)]
    [InlineData("creditNote2025", true)]
    [InlineData("creditNoteBefore2025", false)]
    [InlineData("creditNoteAfterItsPeriod", false)]
    public void R22_R24_R25_PendingAllowance_EngineReconciliationAndUploadAgree(string story, bool allowed)
    {
        var (record, at) = story switch
        {
            "invoice2025" => (Record("r1", "INV-1"), At),
            "creditNote2025" => (Record("r1", "CN-1", kind: RecordKind.CreditNote), At),
            "creditNoteBefore2025" => (Record("r1", "CN-1", date: "2025-06-10", kind: RecordKind.CreditNote, filed: "2025-07-10T18:00:00+05:30"), Instant("2025-07-12T10:00:00+05:30")),
            _ => (Record("r1", "CN-1", kind: RecordKind.CreditNote), Instant("2025-12-22T10:00:00+05:30")),
        };
        var imsCase = Case(record);
        var engine = ImsEngine.Create(imsCase);
        var pending = new ImsAction { RecordId = "r1", Action = ActionKind.Pending, At = at };

        var decision = engine.Decide("r1", at)!;
        var suggestion = Reconcile([], imsCase, at).LineOf("r1").Suggestion!;
        var upload = ImsActionUpload.Build(engine, [pending]);

        decision.Pending!.Allowed.Should().Be(allowed);
        engine.PendingAllowance("r1", at).Should().Be(decision.Pending);
        (suggestion.Kind == SuggestionKind.Pending).Should().Be(allowed, "reconciliation suggests Pending only where the engine allows it");
        upload.Included.IsEmpty.Should().Be(!allowed, "the upload writer sends a Pending only where the engine allows it");
    }
}
