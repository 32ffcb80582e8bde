using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Tests.Support;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

/// <summary>Matching never depends on the order of the books or of the records, and pairs each document at most once.</summary>
public sealed class OrderIndependenceTests
{
    private static readonly string[] Numbers = ["INV-1", "inv/1", "INV-01", "INV-2", "X-1", "INV/24-25/1", "INV-11", "INV-12", "KA-11", "11", "INV/25-26/1"];
    private static readonly string[] Dates = ["2024-10-15", "2024-10-16", "2024-10-20", "2025-03-31", "2025-04-01"];
    private static readonly decimal[] Taxes = [180m, 180.5m, 181.5m, 500m];
    private static readonly Gstin[] Suppliers = [Karnataka, SamePanInMaharashtra, Local];

    private static Gen<(string Number, string Date, decimal Tax, Gstin Supplier, RecordKind Kind)> Document() =>
        from number in Gen.Elements(Numbers)
        from date in Gen.Elements(Dates)
        from tax in Gen.Elements(Taxes)
        from supplier in Gen.Elements(Suppliers)
        from kind in Gen.Frequency((4, Gen.Constant(RecordKind.Invoice)), (1, Gen.Constant(RecordKind.CreditNote)))
        select (number, date, tax, supplier, kind);

    private static Gen<(List<BookEntry> Books, List<InwardRecord> Records)> Sides() =>
        from books in Gen.ListOf(Document()).Select(l => l.Take(12).ToList())
        from records in Gen.ListOf(Document()).Select(l => l.Take(12).ToList())
        select (
            books.Select((d, i) => Book("b" + i, d.Number, d.Date, d.Tax, d.Supplier, d.Kind, taxable: 1000m)).ToList(),
            records.Select((d, i) => Record("r" + i, d.Number, d.Date, d.Tax, d.Supplier, d.Kind, taxable: 1000m)).ToList());

    private static string Canonical(ImmutableArray<ReconciliationLine> lines) => string.Join("\n", lines.Select(l =>
        $"{l.Status}|{l.Book?.Id}|{l.Ims?.Id}|{l.Rule}|{string.Join(",", l.Differences)}|{string.Join(",", l.RejectedCandidates.Select(c => c.Id + ":" + c.Reason + ":" + c.Detail))}"));

    [PropertyRun]
    public Property Match_ShuffledBooksAndRecords_GiveTheSameLines()
    {
        var gen = from sides in Sides()
                  from books in Gen.Shuffle(sides.Books.ToArray())
                  from records in Gen.Shuffle(sides.Records.ToArray())
                  select (sides, books, records);

        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var lines = Reconciler.Match(t.sides.Books, Case([.. t.sides.Records]));
            return (Canonical(lines) == Canonical(Reconciler.Match(t.books, Case(t.records))))
                .Classify(lines.Any(l => l.Status == MatchStatus.Matched), "a document matched")
                .Classify(lines.Any(l => l.Rule == MatchRule.NearNumber), "a near number matched")
                .Classify(!t.sides.Books.Select(b => b.Id).SequenceEqual(t.books.Select(b => b.Id)), "the books reordered");
        });
    }

    [PropertyRun]
    public Property Match_AnyInput_PairsEachDocumentAtMostOnceAndKeepsEveryDocument()
    {
        return Prop.ForAll(Sides().ToArbitrary(), sides =>
        {
            var lines = Reconciler.Match(sides.Books, Case([.. sides.Records]));
            var bookIds = lines.Where(l => l.Book is not null).Select(l => l.Book!.Id).ToList();
            var recordIds = lines.Where(l => l.Ims is not null).Select(l => l.Ims!.Id).ToList();
            return (bookIds.Count == sides.Books.Count && bookIds.Distinct().Count() == bookIds.Count
                && recordIds.Count == sides.Records.Count && recordIds.Distinct().Count() == recordIds.Count)
                .Classify(lines.Any(l => l.Book is not null && l.Ims is not null), "a book and a record paired")
                .Classify(lines.Any(l => !l.RejectedCandidates.IsEmpty), "a candidate rejected");
        });
    }
}
