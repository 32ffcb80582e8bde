using System;
using System.Linq;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Suggestions;

/// <summary>Every kind of suggestion, its reason and its statement effect computed by the engine.</summary>
public sealed class SuggestionTests
{
    [Fact]
    public void Reconcile_Matched_SuggestsAcceptWithNoChangeOverDeemedAcceptance()
    {
        var report = Reconcile([Book("b1", "INV-1")], Case(Record("r1", "INV-1")));

        var suggestion = report.LineOf("r1").Suggestion!;
        suggestion.Kind.Should().Be(SuggestionKind.Accept);
        suggestion.Actions.Should().ContainSingle().Which.Should().Be(new ImsAction { RecordId = "r1", Action = ActionKind.Accept, At = At });
        suggestion.Reason.Should().Contain("rule exact").And.Contain("R12");
        suggestion.Effect!.Period.Should().Be(ReturnPeriod.Month(2025, 10));
        suggestion.Effect.Without.Should().Be(EffectPlacement.ItcAvailable);
        suggestion.Effect.With.Should().Be(EffectPlacement.ItcAvailable);
        suggestion.Effect.ItcGained.Should().Be(TaxAmounts.Zero);
    }

    [Fact]
    public void Reconcile_MatchedAlreadyAccepted_SendsNothing()
    {
        var imsCase = Case(Record("r1", "INV-1")).WithActions(new ImsAction { RecordId = "r1", Action = ActionKind.Accept, At = At - NodaTime.Duration.FromHours(1) });

        var suggestion = Reconcile([Book("b1", "INV-1")], imsCase).LineOf("r1").Suggestion!;

        suggestion.Kind.Should().Be(SuggestionKind.Accept);
        suggestion.Actions.Should().BeEmpty();
        suggestion.Effect.Should().BeNull();
        suggestion.Reason.Should().Contain("already accepted");
    }

    [Fact]
    public void Reconcile_PartiallyMatched_SuggestsPendingAndDefersTheItc()
    {
        var report = Reconcile([Book("b1", "INV-1", igst: 180m, taxable: 1000m)], Case(Record("r1", "INV-1", igst: 680m, taxable: 1000m)));

        var suggestion = report.LineOf("r1").Suggestion!;
        suggestion.Kind.Should().Be(SuggestionKind.Pending);
        suggestion.Actions.Single().Action.Should().Be(ActionKind.Pending);
        suggestion.Reason.Should().Contain("igst 180.00 → 680.00 (+500.00)").And.Contain("R27");
        suggestion.Effect!.Without.Should().Be(EffectPlacement.ItcAvailable);
        suggestion.Effect.With.Should().Be(EffectPlacement.CarriedForward);
        suggestion.Effect.ItcDeferred.Should().Be(TaxAmounts.OfIgst(680m));
        suggestion.Effect.ItcGained.Should().Be(TaxAmounts.OfIgst(-680m));
    }

    [Fact]
    public void Reconcile_PartiallyMatchedOriginalCreditNoteInJan2025_WarnsItMustBeAcceptedOrRejectedNow()
    {
        var creditNote = Record("cn1", "CN-7", date: "2025-01-20", igst: 180m, kind: RecordKind.CreditNote, filed: "2025-02-03T18:00:00+05:30", taxable: 1000m);
        var report = Reconcile([Book("b1", "CN-7", date: "2025-01-20", igst: 90m, type: RecordKind.CreditNote, taxable: 1000m)], Case(creditNote), at: Instant("2025-02-05T10:00:00+05:30"));

        var line = report.LineOf("cn1");
        line.Status.Should().Be(MatchStatus.PartiallyMatched);
        line.Suggestion!.Kind.Should().Be(SuggestionKind.AcceptOrRejectNow);
        line.Suggestion.Actions.Should().BeEmpty();
        line.Suggestion.Reason.Should().Contain("cannot be kept Pending").And.Contain("R22").And.Contain("must be accepted or rejected now").And.Contain("deemed accepted (R11)");
        report.SuggestedActions().Should().NotContain(a => a.Action == ActionKind.Pending);
    }

    [Fact]
    public void Reconcile_ImsOnlyWithPlaceOfSupplyElsewhere_SuggestsReject()
    {
        var report = Reconcile([Book("b0", "OTHER", bookedOn: "2025-10-31")], Case(Record("r1", "INV-9", date: "2025-10-28", pos: "07")));

        var suggestion = report.LineOf("r1").Suggestion!;
        suggestion.Kind.Should().Be(SuggestionKind.Reject);
        suggestion.Reason.Should().Contain("place of supply 07 is not the recipient's state 27");
        suggestion.Effect!.With.Should().Be(EffectPlacement.ItcRejected);
        suggestion.Effect.ItcGained.Should().Be(TaxAmounts.OfIgst(-180m));
    }

    [Fact]
    public void Reconcile_ImsOnlyOutsideTheBookingWindow_SuggestsReject()
    {
        var report = Reconcile([Book("b0", "OTHER", bookedOn: "2025-10-31")], Case(Record("r1", "INV-9", date: "2025-09-01")));

        var suggestion = report.LineOf("r1").Suggestion!;
        suggestion.Kind.Should().Be(SuggestionKind.Reject);
        suggestion.Reason.Should().Contain("bookingLagDays");
    }

    [Fact]
    public void Reconcile_ImsOnlyInsideTheBookingWindow_SuggestsPending()
    {
        var report = Reconcile([Book("b0", "OTHER", bookedOn: "2025-10-31")], Case(Record("r1", "INV-9", date: "2025-10-20")));

        report.LineOf("r1").Suggestion!.Kind.Should().Be(SuggestionKind.Pending);
    }

    [Fact]
    public void Reconcile_ImsOnlyOutsideTheWindowWithPendingPolicy_SuggestsPending()
    {
        var policy = ReconciliationPolicy.Default with { OutsideBookingWindow = OutsideBookingWindow.Pending };

        var report = Reconcile([Book("b0", "OTHER", bookedOn: "2025-10-31")], Case(Record("r1", "INV-9", date: "2025-09-01")), policy: policy);

        report.LineOf("r1").Suggestion!.Kind.Should().Be(SuggestionKind.Pending);
    }

    [Fact]
    public void Reconcile_OutsideBookingWindowNotAValue_ThrowsArgumentOutOfRange()
    {
        var policy = ReconciliationPolicy.Default with { OutsideBookingWindow = (OutsideBookingWindow)7 };

        var reconcile = () => Reconcile([Book("b0", "OTHER")], Case(Record("r1", "INV-9")), policy: policy);

        reconcile.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("OutsideBookingWindow");
    }

    [Fact]
    public void Reconcile_ImsOnlyBillOfEntryThatLooksForeign_NeverSuggestsReject()
    {
        var report = Reconcile([Book("b0", "OTHER", bookedOn: "2025-12-31")], Case(BillOfEntry("boe1", "7654321", date: "2025-10-06")));

        var suggestion = report.LineOf("boe1").Suggestion!;
        suggestion.Kind.Should().Be(SuggestionKind.Pending);
        suggestion.Actions.Should().NotContain(a => a.Action == ActionKind.Reject);
        suggestion.Reason.Should().Contain("cannot be rejected (R51)");
    }

    [Fact]
    public void Reconcile_RejectedCreditNote_StatesTheSupplierEffect()
    {
        var creditNote = Record("cn1", "CN-1", date: "2025-09-01", igst: 90m, kind: RecordKind.CreditNote);

        var suggestion = Reconcile([Book("b0", "OTHER", bookedOn: "2025-10-31")], Case(creditNote)).LineOf("cn1").Suggestion!;

        suggestion.Kind.Should().Be(SuggestionKind.Reject);
        suggestion.Reason.Should().Contain("R47");
        suggestion.Effect!.SupplierLiabilityIncrease.Should().Be(TaxAmounts.OfIgst(90m));
        suggestion.Effect.ItcGained.Should().Be(TaxAmounts.OfIgst(90m)); // the reduction is avoided
    }

    [Fact]
    public void Reconcile_BooksOnly_SuggestsFollowingUpWithTheSupplierWithoutAnAction()
    {
        var suggestion = Reconcile([Book("b1", "INV-404")], Case()).LineOf("b1").Suggestion!;

        suggestion.Kind.Should().Be(SuggestionKind.FollowUpWithSupplier);
        suggestion.Actions.Should().BeEmpty();
        suggestion.Reason.Should().Contain("29AABCT1332L1ZA").And.Contain("INV-404");
    }

    [Fact]
    public void Reconcile_Ineligible_SuggestsNothingInIms()
    {
        var suggestion = Reconcile([], Case(Record("r1", "RCM-1") with { ReverseCharge = true })).LineOf("r1").Suggestion!;

        suggestion.Kind.Should().Be(SuggestionKind.None);
        suggestion.Actions.Should().BeEmpty();
        suggestion.Reason.Should().Contain("R4");
    }

    [Fact]
    public void Reconcile_PendingWhereTheEngineBlocksIt_IsNeverSuggested()
    {
        var creditNote = Record("cn1", "CN-8", date: "2025-01-25", kind: RecordKind.CreditNote, filed: "2025-02-03T18:00:00+05:30");

        var report = Reconcile([], Case(creditNote), at: Instant("2025-02-05T10:00:00+05:30"));

        report.LineOf("cn1").Suggestion!.Kind.Should().Be(SuggestionKind.AcceptOrRejectNow);
        report.SuggestedActions().Should().BeEmpty();
    }

    [Fact]
    public void Reconcile_Totals_CountEveryStatus()
    {
        var report = Reconcile([Book("b1", "INV-1"), Book("b2", "INV-404")], Case(Record("r1", "INV-1"), Record("r2", "INV-2", date: "2025-10-30")));

        report.Totals.Select(t => (t.Status, t.Count)).Should().Equal(
            (MatchStatus.Matched, 1), (MatchStatus.PartiallyMatched, 0), (MatchStatus.BooksOnly, 1), (MatchStatus.ImsOnly, 1), (MatchStatus.Ineligible, 0));
        report.Totals[0].BooksTax.Should().Be(TaxAmounts.OfIgst(180m));
    }

    [Fact]
    public void Reconcile_RecordTheEngineLeavesOut_SuggestsNoActionAndSaysWhy()
    {
        var broken = Record("r1", "INV-9", date: "2025-10-20") with { SupplierGstin = null };

        var suggestion = Reconcile([], Case(broken)).LineOf("r1").Suggestion!;

        suggestion.Kind.Should().Be(SuggestionKind.None);
        suggestion.Actions.Should().BeEmpty();
        suggestion.Reason.Should().Contain("leaves this record out").And.Contain("IMS-RECORD-SUPPLIER-MISSING");
    }
}
