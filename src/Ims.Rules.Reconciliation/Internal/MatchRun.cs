using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ims.Rules.Cases;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Records;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>Matching from start to end: the documents of both sides, the passes, and the lines in a stable order.</summary>
internal static class MatchRun
{
    public static ImmutableArray<ReconciliationLine> Lines(IReadOnlyList<BookEntry> books, ImsCase imsCase, ReconciliationPolicy policy)
    {
        var bookDocs = new Doc[books.Count];
        for (var i = 0; i < books.Count; i++)
        {
            var entry = books[i];
            bookDocs[i] = new Doc(i, entry.Id, entry.SupplierGstin, entry.Type, entry.Number, entry.Date, entry.TaxableValue, entry.Tax, entry.PlaceOfSupply, entry.ReverseCharge);
        }

        var chains = AmendmentChains.Of(imsCase.Records);
        var imsRecords = chains.Latest;
        var imsDocs = new Doc[imsRecords.Count];
        for (var i = 0; i < imsRecords.Count; i++)
        {
            var record = imsRecords[i];
            imsDocs[i] = new Doc(i, record.Id, record.SupplierGstin, record.Kind, record.Number, record.Date, record.TaxableValue, record.Tax, record.PlaceOfSupply, record.ReverseCharge);
        }

        var matcher = new Matcher(bookDocs, imsDocs, policy);
        matcher.Run();

        var eligibility = new Eligibility(imsCase, new ImsCalendar(imsCase));
        var ineligible = new IneligibleReason?[imsDocs.Length];
        for (var i = 0; i < imsDocs.Length; i++)
        {
            ineligible[i] = eligibility.Of(imsRecords[i]);
        }

        var entries = new List<(MatchStatus Status, Doc? Book, Doc? Ims)>(Math.Max(bookDocs.Length, imsDocs.Length));
        foreach (var book in bookDocs)
        {
            var m = matcher.BookPair[book.Index];
            entries.Add(m < 0 ? (MatchStatus.BooksOnly, book, null) : (StatusOf(book, imsDocs[m], ineligible[m], policy), book, imsDocs[m]));
        }

        foreach (var ims in imsDocs)
        {
            if (matcher.ImsPair[ims.Index] < 0)
            {
                entries.Add((ineligible[ims.Index] is null ? MatchStatus.ImsOnly : MatchStatus.Ineligible, null, ims));
            }
        }

        entries.Sort(static (x, y) => LineOrder(x, y));

        var near = new NearCandidates(matcher, policy);
        var lines = ImmutableArray.CreateBuilder<ReconciliationLine>(entries.Count);
        foreach (var (status, book, ims) in entries)
        {
            var line = new ReconciliationLine
            {
                Status = status,
                Book = book is null ? null : books[book.Index],
                Ims = ims is null ? null : imsRecords[ims.Index],
                EarlierVersions = ims is null ? [] : chains.EarlierVersionsOf(imsRecords[ims.Index]),
                Ineligibility = ims is null ? null : ineligible[ims.Index],
            };
            if (book is not null && ims is not null)
            {
                line = line with { Rule = matcher.Rules[book.Index], Differences = Differences.Of(book, ims, policy) };
            }
            else if (book is not null)
            {
                line = line with { RejectedCandidates = near.ForBook(book) };
            }
            else if (ims is not null && status == MatchStatus.ImsOnly)
            {
                line = line with { RejectedCandidates = near.ForIms(ims) };
            }

            lines.Add(line);
        }

        return lines.MoveToImmutable();
    }

    private static MatchStatus StatusOf(Doc book, Doc ims, IneligibleReason? ineligible, ReconciliationPolicy policy)
    {
        if (ineligible is not null)
        {
            return MatchStatus.Ineligible;
        }

        return Differences.AllWithinTolerance(book, ims, policy) ? MatchStatus.Matched : MatchStatus.PartiallyMatched;
    }

    /// <summary>Lines by status, then supplier, date and normalised number, then the documents' own data.</summary>
    private static int LineOrder((MatchStatus Status, Doc? Book, Doc? Ims) x, (MatchStatus Status, Doc? Book, Doc? Ims) y)
    {
        var order = x.Status.CompareTo(y.Status);
        if (order != 0)
        {
            return order;
        }

        var a = x.Book ?? x.Ims!;
        var b = y.Book ?? y.Ims!;
        order = string.CompareOrdinal(a.GstinText, b.GstinText);
        if (order == 0) { order = a.Date.CompareTo(b.Date); }
        if (order == 0) { order = string.CompareOrdinal(a.Norm, b.Norm); }
        if (order == 0) { order = Compare(x.Book, y.Book); }
        if (order == 0) { order = Compare(x.Ims, y.Ims); }
        return order;
    }

    private static int Compare(Doc? x, Doc? y) => x is null || y is null ? (x is null).CompareTo(y is null) : DocOrder.Instance.Compare(x, y);
}
