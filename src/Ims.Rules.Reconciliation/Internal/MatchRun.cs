using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Matching from start to end: the documents of both sides, the passes, and the lines in a stable
/// order. The steps that treat each document on its own run in parallel; each writes only its own
/// slot, so the result is the same on any number of cores.
/// </summary>
internal static class MatchRun
{
    public static ImmutableArray<ReconciliationLine> Lines(IReadOnlyList<BookEntry> books, ImsEngine engine, ReconciliationPolicy policy, IReadOnlyList<ManualDecision> manual, List<Ims.Rules.Finding> findings) =>
        Lines(books, engine, policy, manual, findings, null, out _);

    /// <summary>The lines, and per line the engine's decision on its IMS record (<see cref="ImsEngine.Decide(string, NodaTime.Instant)"/> at <paramref name="at"/>, else <see cref="ImsEngine.Decide(string)"/>), asked once per record.</summary>
    public static ImmutableArray<ReconciliationLine> Lines(IReadOnlyList<BookEntry> books, ImsEngine engine, ReconciliationPolicy policy, IReadOnlyList<ManualDecision> manual, List<Ims.Rules.Finding> findings, NodaTime.Instant? at, out RecordDecision?[] lineDecisions)
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
                bookDocs[i] = new Doc(true, i, entry.Id, entry.SupplierGstin, entry.Type, entry.Number, entry.Date, entry.TaxableValue, entry.Tax, entry.PlaceOfSupply, entry.ReverseCharge);
            }
            else
            {
                var m = i - bookDocs.Length;
                var record = imsRecords[m];
                imsDocs[m] = new Doc(false, m, record.Id, record.SupplierGstin, record.Kind, record.Number, record.Date, record.TaxableValue, record.Tax, record.PlaceOfSupply, record.ReverseCharge);
            }
        });

        var decisions = ManualDecisions.Resolve(manual, bookDocs, imsDocs, chains.LatestVersionOf, findings);
        var matcher = new Matcher(bookDocs, imsDocs, policy, decisions.Links, decisions.DoNotPair);
        var ineligible = new IneligibleReason?[imsDocs.Length];
        var imsDecisions = new RecordDecision?[imsDocs.Length];

        // The engine's decisions do not depend on the pairs, so they are asked while matching runs (whose grouping is on one core).
        Parallel.Invoke(
            matcher.Run,
            () => Parallel.For(0, imsDocs.Length, i =>
            {
                var id = imsRecords[i].Id;
                imsDecisions[i] = at is { } instant ? engine.Decide(id, instant) : engine.Decide(id);
                ineligible[i] = Eligibility.Of(imsDecisions[i]);
            }));

        Entry[] entries = [];
        NearCandidates near = null!;
        Parallel.Invoke(() => entries = Entries(matcher, ineligible, policy), () => near = new NearCandidates(matcher, policy));
        var lines = new ReconciliationLine[entries.Length];
        var recordDecisions = new RecordDecision?[entries.Length];
        Parallel.For(0, entries.Length, i =>
        {
            var (_, status, book, ims) = entries[i];
            recordDecisions[i] = ims is null ? null : imsDecisions[ims.Index];
            var rule = book is not null && ims is not null ? matcher.Rules[book.Index] : (MatchRule?)null;
            var hasBook = false;
            lines[i] = new ReconciliationLine
            {
                Status = status,
                Book = book is null ? null : books[book.Index],
                Ims = ims is null ? null : imsRecords[ims.Index],
                EarlierVersions = ims is null ? [] : chains.EarlierVersionsOf(imsRecords[ims.Index]),
                Ineligibility = ims is null ? null : ineligible[ims.Index],
                Rule = rule,
                Differences = book is not null && ims is not null ? Differences.Of(book, ims, policy, rule!.Value) : [],
                DuplicateOf = book is not null && ims is null ? DuplicateOf(matcher, book) : null,
                RejectedCandidates = book is not null && ims is null ? near.ForBook(book)
                    : ims is not null && book is null && status == MatchStatus.ImsOnly ? near.ForIms(ims, out hasBook)
                    : [],
                HasCandidateBook = hasBook,
            };
        });

        lineDecisions = recordDecisions;
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
                : new Entry(0, StatusOf(book, matcher.Ims[m], ineligible[m], matcher.Rules[book.Index], policy), book, matcher.Ims[m]));
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

        Array.Sort(array, static (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : SameKeyOrder(x, y));
        return array;
    }

    private static MatchStatus StatusOf(Doc book, Doc ims, IneligibleReason? ineligible, MatchRule rule, ReconciliationPolicy policy)
    {
        if (ineligible is not null)
        {
            return MatchStatus.Ineligible;
        }

        return rule != MatchRule.NearNumber && Differences.AllWithinTolerance(book, ims, policy) ? MatchStatus.Matched : MatchStatus.PartiallyMatched;
    }

    /// <summary>
    /// For an unpaired book entry: the id of another entry of the books that is the same document
    /// (same GSTIN, type, normalised number and year token, dates and amounts within tolerance) —
    /// a paired one first, else the first by its data — so this one is booked twice.
    /// </summary>
    private static string? DuplicateOf(Matcher matcher, Doc book)
    {
        Doc? best = null;
        foreach (var b in matcher.BooksOf(matcher.BookGroup[book.Index]))
        {
            var other = matcher.Books[b];
            if (ReferenceEquals(other, book) || other.Kind != book.Kind || !string.Equals(other.GstinText, book.GstinText, StringComparison.Ordinal)
                || !other.SameYearToken(book) || Math.Abs(other.DaysFrom(book)) > matcher.Policy.DateToleranceDays || !other.AmountsWithin(book, matcher.Policy))
            {
                continue;
            }

            var paired = matcher.BookPair[b] >= 0;
            if (!paired && DocOrder.Instance.Compare(other, book) > 0)
            {
                continue; // of two unpaired copies, the later one by data is the duplicate
            }

            if (best is null || (paired && matcher.BookPair[best.Index] < 0)
                || (paired == (matcher.BookPair[best.Index] >= 0) && DocOrder.Instance.Compare(other, best) < 0))
            {
                best = other;
            }
        }

        return best?.Id;
    }

    /// <summary>The order of two entries of one packed key, which already holds their status, supplier and date.</summary>
    private static int SameKeyOrder(Entry x, Entry y)
    {
        var order = string.CompareOrdinal(x.Primary.Norm, y.Primary.Norm);
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
