using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Ims.Rules.Cases;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Records;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Matching from start to end: the documents of both sides, the passes, and the lines in a stable
/// order. The steps that treat each document on its own run in parallel; each writes only its own
/// slot, so the result is the same on any number of cores.
/// </summary>
internal static class MatchRun
{
    public static ImmutableArray<ReconciliationLine> Lines(IReadOnlyList<BookEntry> books, ImsEngine engine, ReconciliationPolicy policy)
    {
        var imsCase = engine.Case;
        var chains = AmendmentChains.Of(imsCase.Records);
        var imsRecords = chains.Latest;
        var bookDocs = new Doc[books.Count];
        var imsDocs = new Doc[imsRecords.Count];
        Parallel.For(0, bookDocs.Length + imsDocs.Length, i =>
        {
            if (i < bookDocs.Length)
            {
                var entry = books[i];
                bookDocs[i] = new Doc(i, entry.Id, entry.SupplierGstin, entry.Type, entry.Number, entry.Date, entry.TaxableValue, entry.Tax, entry.PlaceOfSupply, entry.ReverseCharge);
            }
            else
            {
                var m = i - bookDocs.Length;
                var record = imsRecords[m];
                imsDocs[m] = new Doc(m, record.Id, record.SupplierGstin, record.Kind, record.Number, record.Date, record.TaxableValue, record.Tax, record.PlaceOfSupply, record.ReverseCharge);
            }
        });

        var matcher = new Matcher(bookDocs, imsDocs, policy);
        matcher.Run();

        var eligibility = new Eligibility(engine);
        var ineligible = new IneligibleReason?[imsDocs.Length];
        Parallel.For(0, imsDocs.Length, i => ineligible[i] = eligibility.Of(imsRecords[i]));

        var entries = Entries(matcher, ineligible, policy);
        var near = new NearCandidates(matcher, policy);
        var lines = new ReconciliationLine[entries.Length];
        Parallel.For(0, entries.Length, i =>
        {
            var (_, status, book, ims) = entries[i];
            lines[i] = new ReconciliationLine
            {
                Status = status,
                Book = book is null ? null : books[book.Index],
                Ims = ims is null ? null : imsRecords[ims.Index],
                EarlierVersions = ims is null ? [] : chains.EarlierVersionsOf(imsRecords[ims.Index]),
                Ineligibility = ims is null ? null : ineligible[ims.Index],
                Rule = book is not null && ims is not null ? matcher.Rules[book.Index] : null,
                Differences = book is not null && ims is not null ? Differences.Of(book, ims, policy) : [],
                RejectedCandidates = book is not null && ims is null ? near.ForBook(book)
                    : ims is not null && book is null && status == MatchStatus.ImsOnly ? near.ForIms(ims)
                    : [],
            };
        });

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    /// <summary>One entry per line, sorted: by status, then supplier, date and normalised number, then the documents' own data.</summary>
    private static Entry[] Entries(Matcher matcher, IneligibleReason?[] ineligible, ReconciliationPolicy policy)
    {
        var entries = new List<Entry>(Math.Max(matcher.Books.Length, matcher.Ims.Length));
        foreach (var book in matcher.Books)
        {
            var m = matcher.BookPair[book.Index];
            entries.Add(m < 0
                ? new Entry(0, MatchStatus.BooksOnly, book, null)
                : new Entry(0, StatusOf(book, matcher.Ims[m], ineligible[m], policy), book, matcher.Ims[m]));
        }

        foreach (var ims in matcher.Ims)
        {
            if (matcher.ImsPair[ims.Index] < 0)
            {
                entries.Add(new Entry(0, ineligible[ims.Index] is null ? MatchStatus.ImsOnly : MatchStatus.Ineligible, null, ims));
            }
        }

        // A packed key (status, rank of the supplier's GSTIN, date) orders almost every pair with one
        // integer comparison; ties fall back to the full order.
        var gstins = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            gstins.Add(entry.Primary.GstinText);
        }

        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gstin in gstins)
        {
            rank[gstin] = rank.Count;
        }

        var array = entries.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            var primary = array[i].Primary;
            var date = ((ulong)(uint)primary.Date.Year << 9) | (uint)primary.Date.DayOfYear;
            array[i] = array[i] with { Key = ((ulong)array[i].Status << 60) | ((ulong)rank[primary.GstinText] << 24) | date };
        }

        Array.Sort(array, static (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : LineOrder(x, y));
        return array;
    }

    private static MatchStatus StatusOf(Doc book, Doc ims, IneligibleReason? ineligible, ReconciliationPolicy policy)
    {
        if (ineligible is not null)
        {
            return MatchStatus.Ineligible;
        }

        return Differences.AllWithinTolerance(book, ims, policy) ? MatchStatus.Matched : MatchStatus.PartiallyMatched;
    }

    private static int LineOrder(Entry x, Entry y)
    {
        var order = x.Status.CompareTo(y.Status);
        if (order != 0)
        {
            return order;
        }

        var a = x.Primary;
        var b = y.Primary;
        order = string.CompareOrdinal(a.GstinText, b.GstinText);
        if (order == 0) { order = a.Date.CompareTo(b.Date); }
        if (order == 0) { order = string.CompareOrdinal(a.Norm, b.Norm); }
        if (order == 0) { order = Compare(x.Book, y.Book); }
        if (order == 0) { order = Compare(x.Ims, y.Ims); }
        return order;
    }

    private static int Compare(Doc? x, Doc? y) => x is null || y is null ? (x is null).CompareTo(y is null) : DocOrder.Instance.Compare(x, y);

    /// <summary>One line to be: its sort key, status and documents.</summary>
    private readonly record struct Entry(ulong Key, MatchStatus Status, Doc? Book, Doc? Ims)
    {
        public Doc Primary => Book ?? Ims!;
    }
}
