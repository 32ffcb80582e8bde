using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;
using Ims.Rules.Reconciliation.Tests.Support;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Suggestions;

/// <summary>
/// The property of safe suggestions: applying every suggested action never moves ITC out of ITC Available for a
/// record that has a matching or near-matching book entry, checked against the engine's own statements.
/// </summary>
public sealed class SuggestionSafetyPropertyTests
{
    private static readonly string[] Numbers = ["INV-101", "INV-110", "INV-1011", "KA-101", "101", "INV-102", "SGT/25-26/0360", "SGT/24-25/0360"];
    private static readonly string[] Dates = ["2025-09-10", "2025-09-12", "2025-10-15", "2025-10-16", "2025-10-25"];
    private static readonly decimal[] Taxes = [180m, 180.5m, 500m];
    private static readonly Gstin[] Suppliers = [Karnataka, SamePanInMaharashtra, Local];

    private static Gen<(string Number, string Date, decimal Tax, Gstin Supplier, bool Pending, string Pos)> Document() =>
        from number in Gen.Elements(Numbers)
        from date in Gen.Elements(Dates)
        from tax in Gen.Elements(Taxes)
        from supplier in Gen.Elements(Suppliers)
        from pending in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from pos in Gen.Frequency((6, Gen.Constant("27")), (1, Gen.Constant("29")))
        select (number, date, tax, supplier, pending, pos);

    private static Gen<(List<BookEntry> Books, ImsCase Case)> Sides() =>
        from books in Gen.ListOf(Document()).Select(l => l.Take(10).ToList())
        from records in Gen.ListOf(Document()).Select(l => l.Take(10).ToList())
        select (
            books.Select((d, i) => Book("b" + i, d.Number, d.Date, d.Tax, d.Supplier, taxable: 1000m)).ToList(),
            Filed(records.Select((d, i) => Record("r" + i, d.Number, d.Date, d.Tax, d.Supplier, taxable: 1000m, pos: d.Pos,
                filed: d.Date.StartsWith("2025-09", System.StringComparison.Ordinal) ? "2025-10-05T18:00:00+05:30" : "2025-11-05T18:00:00+05:30")).ToArray())
            .WithActions([.. records.Select((d, i) => (d, i)).Where(x => x.d.Pending).Select(x => new ImsAction { RecordId = "r" + x.i, Action = ActionKind.Pending, At = Instant("2025-11-06T10:00:00+05:30") })]));

    [PropertyRun(MaxTest = 150)]
    public Property Reconcile_ApplyingEverySuggestion_NeverMovesItcOutOfAvailableForAMatchedOrNearMatchedRecord()
    {
        return Prop.ForAll(Sides().ToArbitrary(), sides => Holds(sides).Classify(
            Reconcile(sides.Books, sides.Case).Lines.Any(l => l.Ims is not null && (l.Status == MatchStatus.Matched || l.Rule == MatchRule.NearNumber)),
            "a matched or near-matched record"));

        static bool Holds((List<BookEntry> Books, ImsCase Case) sides)
        {
            var report = Reconcile(sides.Books, sides.Case);
            var withActions = ReconciliationOutput.CaseWithActions(sides.Case, report.SuggestedActions());
            var without = ImsEngine.Create(sides.Case);
            var with = ImsEngine.Create(withActions);
            foreach (var line in report.Lines.Where(l => l.Ims is not null && (l.Status == MatchStatus.Matched || l.Rule == MatchRule.NearNumber)))
            {
                var id = line.Ims!.Id;
                if (report.SuggestedActions().Any(a => a.RecordId == id && a.Action != ActionKind.Accept))
                {
                    return false;
                }

                for (var month = new YearMonth(2025, 9); month <= new YearMonth(2025, 12); month = month.PlusMonths(1))
                {
                    var period = ReturnPeriod.Month(month.Year, month.Month);
                    var before = without.Compute(period, At).Documents.FirstOrDefault(d => d.RecordId == id);
                    var after = with.Compute(period, At).Documents.FirstOrDefault(d => d.RecordId == id);
                    if (before?.Bucket == Bucket.ItcAvailable && after?.Bucket != Bucket.ItcAvailable)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    [PropertyRun(MaxTest = 150)]
    public Property Reconcile_AnyInput_NeverSuggestsRejectForARecordWithACandidateBookEntryNorAnyActionInAClosedPeriod()
    {
        return Prop.ForAll(Sides().ToArbitrary(), sides =>
        {
            var report = Reconcile(sides.Books, sides.Case);
            return report.Lines.All(l =>
                (l.Suggestion!.Kind != Reconciliation.Suggestions.SuggestionKind.Reject || (l.RejectedCandidates.All(c => c.Reason == RejectionReason.SupplierDiffers)))
                && (l.Suggestion.Kind != Reconciliation.Suggestions.SuggestionKind.ForInformation || l.Suggestion.Actions.IsEmpty))
                .Classify(report.Lines.Any(l => l.Suggestion!.Kind == Reconciliation.Suggestions.SuggestionKind.Reject), "a Reject suggested")
                .Classify(report.Lines.Any(l => l.Suggestion!.Kind == Reconciliation.Suggestions.SuggestionKind.ForInformation), "a line for information only");
        });
    }

    /// <summary>GSTR-3B filed on the 20th of the next month for every month from Oct-2024 to Sep-2025: September is closed at <see cref="Build.At"/>.</summary>
    private static ImsCase Filed(params InwardRecord[] records)
    {
        var filings = ImmutableDictionary<YearMonth, Instant>.Empty;
        for (var month = new YearMonth(2024, 10); month <= new YearMonth(2025, 9); month = month.PlusMonths(1))
        {
            var next = month.PlusMonths(1);
            filings = filings.Add(month, IndianTime.StartOf(new LocalDate(next.Year, next.Month, 20)) + Duration.FromHours(17));
        }

        return Case(records) with { Filings = new Filings { Gstr3b = filings } };
    }
}
