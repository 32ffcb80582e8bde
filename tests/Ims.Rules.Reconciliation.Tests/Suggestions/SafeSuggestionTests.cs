using System.Linq;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Suggestions;

/// <summary>Suggestions never harm: no Reject while a book entry may be the record, nothing for a closed period, duplicates named.</summary>
public sealed class SafeSuggestionTests
{
    /// <summary>Dated in September 2025, filed before its GSTR-3B (filed 2025-10-20): in a closed statement at <see cref="Build.At"/>.</summary>
    private static InwardRecord September(string id, string number, decimal igst = 180m) =>
        Record(id, number, date: "2025-09-10", igst: igst, filed: "2025-10-05T18:00:00+05:30");

    /// <summary>A case whose GSTR-3B is filed on the 20th of the next month for every month from Oct-2024 to Sep-2025.</summary>
    private static Ims.Rules.ImsCase Filed(params InwardRecord[] records)
    {
        var filings = System.Collections.Immutable.ImmutableDictionary<NodaTime.YearMonth, NodaTime.Instant>.Empty;
        for (var month = new NodaTime.YearMonth(2024, 10); month <= new NodaTime.YearMonth(2025, 9); month = month.PlusMonths(1))
        {
            filings = filings.Add(month, Instant($"{month.PlusMonths(1).Year:0000}-{month.PlusMonths(1).Month:00}-20T17:00:00+05:30"));
        }

        return Case(records) with { Filings = new Ims.Rules.Filings { Gstr3b = filings } };
    }

    [Fact]
    public void Reconcile_NearNumberPair_SuggestsAcceptNamingTheEntryAndTheEdit()
    {
        var line = Reconcile([Book("b1", "GST-01706")], Case(Record("r1", "GST-01076"))).LineOf("r1");

        line.Rule.Should().Be(MatchRule.NearNumber);
        line.Suggestion!.Kind.Should().Be(SuggestionKind.Accept);
        line.Suggestion.Actions.Should().ContainSingle(a => a.Action == ActionKind.Accept);
        line.Suggestion.Reason.Should().Contain("b1").And.Contain("number GST-01706 → GST-01076").And.Contain("two adjacent characters swapped").And.Contain("correct the number in the books");
        line.Suggestion.Effect!.With.Should().Be(EffectPlacement.ItcAvailable);
    }

    [Theory]
    [InlineData("INV-3003", "INV-3003", "2025-10-15", "2024-10-15")] // same number, another year beyond the date tolerance
    [InlineData("INV-3003", "INV-3033", "2025-10-15", "2025-10-15")] // near number with two partners (below)
    public void Reconcile_ImsOnlyOutsideTheBookingWindowWithACandidateBookEntry_SuggestsPendingNamingItNeverReject(string bookNumber, string imsNumber, string imsDate, string bookDate)
    {
        var books = new[] { Book("b1", bookNumber, date: bookDate, bookedOn: "2025-12-31"), Book("b2", "INV-3030", date: bookDate) };
        var line = Reconcile(books, Case(Record("r1", imsNumber, date: imsDate, filed: "2025-11-10T18:00:00+05:30") with { Date = Date(imsDate) })).LineOf("r1");

        line.Status.Should().Be(MatchStatus.ImsOnly);
        line.Suggestion!.Kind.Should().Be(SuggestionKind.Pending);
        line.Suggestion.Actions.Should().ContainSingle(a => a.Action == ActionKind.Pending);
        line.Suggestion.Reason.Should().Contain("b1").And.Contain("not rejected while a book entry may be it");
    }

    [Fact]
    public void Reconcile_ImsOnlyWithACandidateBookEntryAndForeignPlaceOfSupply_IsStillNotRejected()
    {
        var line = Reconcile([Book("b1", "X-77", bookedOn: "2025-12-31")], Case(Record("r1", "X-77", date: "2025-10-15", pos: "07") with { Kind = RecordKind.DebitNote })).LineOf("r1");

        line.RejectedCandidates.Should().ContainSingle(c => c.Reason == RejectionReason.TypeDiffers);
        line.Suggestion!.Kind.Should().NotBe(SuggestionKind.Reject);
    }

    [Fact]
    public void Reconcile_CandidatesNotListed_StillPreventReject()
    {
        var policy = ReconciliationPolicy.Default with { NearestCandidates = 0 };

        var line = Reconcile([Book("b1", "INV-3003", date: "2024-10-15", bookedOn: "2025-12-31")], Case(Record("r1", "INV-3003", date: "2025-09-01")), policy: policy).LineOf("r1");

        line.RejectedCandidates.Should().BeEmpty();
        line.Suggestion!.Kind.Should().Be(SuggestionKind.Pending);
    }

    [Fact]
    public void Reconcile_RecordInAClosedPeriod_IsForInformationWithNoActionAndItsPlacement()
    {
        var imsCase = Filed(September("r1", "INV-1"), September("r2", "INV-2"), September("r3", "INV-3", igst: 90m));
        var report = Reconcile([Book("b1", "INV-1", date: "2025-09-10"), Book("b2", "INV-2", date: "2025-09-10", igst: 500m)], imsCase);

        foreach (var id in new[] { "r1", "r2", "r3" })
        {
            var suggestion = report.LineOf(id).Suggestion!;
            suggestion.Kind.Should().Be(SuggestionKind.ForInformation, id);
            suggestion.Actions.Should().BeEmpty();
            suggestion.Reason.Should().StartWith("For information: already in GSTR-3B of 2025-09 (filed 2025-10-20T17:00:00+05:30)");
            suggestion.Effect!.Period.Should().Be(ReturnPeriod.Month(2025, 9));
            suggestion.Effect.Without.Should().Be(EffectPlacement.ItcAvailable);
            suggestion.Effect.With.Should().Be(EffectPlacement.ItcAvailable);
            suggestion.Effect.Summary.Should().Contain("Already in GSTR-3B of 2025-09").And.Contain("R17");
        }

        report.LineOf("r1").Status.Should().Be(MatchStatus.Matched);
        report.LineOf("r2").Status.Should().Be(MatchStatus.PartiallyMatched);
        report.LineOf("r3").Status.Should().Be(MatchStatus.ImsOnly);
        report.SuggestedActions().Should().BeEmpty();
        ReconciliationOutput.Upload(imsCase, report.SuggestedActions()).Json.Should().NotContain("INV-");
    }

    [Fact]
    public void Reconcile_ClosedAndOpenRecords_OnlyTheOpenOnesGetActions()
    {
        var report = Reconcile([Book("b1", "INV-1", date: "2025-09-10"), Book("b2", "INV-2")], Filed(September("r1", "INV-1"), Record("r2", "INV-2")));

        report.SuggestedActions().Select(a => a.RecordId).Should().Equal("r2");
    }

    [Fact]
    public void Reconcile_DuplicateInBooks_NamesTheEntryToReverse()
    {
        var report = Reconcile([Book("b1", "INV-1"), Book("b2", "inv/1")], Case(Record("r1", "INV-1")));

        var line = report.LineOf("b2");
        line.Status.Should().Be(MatchStatus.BooksOnly);
        line.DuplicateOf.Should().Be("b1");
        line.Suggestion!.Kind.Should().Be(SuggestionKind.DuplicateInBooks);
        line.Suggestion.Reason.Should().StartWith("Duplicate in books: b2 is the same document as b1").And.Contain("Reverse b2");
        line.Suggestion.Reason.Should().NotContain("ask the supplier");
    }

    [Fact]
    public void Reconcile_DuplicateInBooksNotInIms_KeepsTheFirstAndReversesTheSecond()
    {
        var report = Reconcile([Book("b1", "INV-404"), Book("b2", "INV-404")], Case());

        report.LineOf("b1").Suggestion!.Kind.Should().Be(SuggestionKind.FollowUpWithSupplier);
        report.LineOf("b2").Suggestion!.Kind.Should().Be(SuggestionKind.DuplicateInBooks);
    }

    [Fact]
    public void Reconcile_SameNumberOtherAmounts_IsNotADuplicate()
    {
        var report = Reconcile([Book("b1", "INV-1"), Book("b2", "INV-1", igst: 500m)], Case(Record("r1", "INV-1")));

        report.LineOf("b2").Suggestion!.Kind.Should().Be(SuggestionKind.FollowUpWithSupplier);
    }

    [Fact]
    public void Reconcile_SupplierView_SumsPerSupplierWithItcAtRiskFirst()
    {
        var books = new[]
        {
            Book("b1", "INV-1") with { SupplierName = "Tirupati" }, Book("b2", "INV-404", igst: 300m), Book("b3", "MH-1", supplier: Local, igst: 180m, taxable: 1000m),
        };
        var report = Reconcile(books, Case(Record("r1", "INV-1"), Record("r3", "MH-1", supplier: Local, igst: 100m, taxable: 1000m), Record("r9", "R-9", supplier: Delhi, date: "2025-10-30")));

        report.Suppliers.Select(s => s.Gstin).Should().Equal(Karnataka, Local, Delhi);
        var karnataka = report.Suppliers[0];
        karnataka.Name.Should().Be("Tirupati");
        karnataka.ItcAtRisk.Should().Be(TaxAmounts.OfIgst(300m));
        karnataka.Totals.Single(t => t.Status == MatchStatus.Matched).Count.Should().Be(1);
        karnataka.Totals.Single(t => t.Status == MatchStatus.BooksOnly).BooksTax.Should().Be(TaxAmounts.OfIgst(300m));
        report.Suppliers[1].ItcAtRisk.Should().Be(TaxAmounts.OfIgst(80m));
        report.Suppliers[1].PendingTax.Should().Be(TaxAmounts.OfIgst(100m));
        report.Suppliers[2].ItcAtRisk.Should().Be(TaxAmounts.Zero);
    }
}
