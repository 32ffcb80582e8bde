using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Pairs book entries with IMS records. Candidates are found by hashing, never by comparing
/// every pair: documents are grouped by supplier PAN and normalised number, and every rule
/// looks only inside a group (a rule that needs the same GSTIN needs the same PAN). Groups are
/// independent, so running all passes group by group gives the same pairs as running each pass
/// over everything. Inside a group each pass ranks its acceptable pairs by closeness, then by
/// the documents' own data (<see cref="DocOrder"/>), and takes them greedily: a document pairs
/// at most once, and input order never matters.
/// </summary>
internal sealed class Matcher
{
    private const int GroupsPerRange = 16_384;
    private readonly HashSet<(int Book, int Ims)> _doNotPair;
    private readonly List<(int Book, int Ims)> _links;
    private int[] _groupBookStart = [];
    private int[] _groupImsStart = [];
    private int[] _groupBooks = [];
    private int[] _groupIms = [];

    public Matcher(Doc[] books, Doc[] ims, ReconciliationPolicy policy, List<(int Book, int Ims)>? links = null, HashSet<(int Book, int Ims)>? doNotPair = null)
    {
        Books = books;
        Ims = ims;
        Policy = policy;
        _links = links ?? [];
        _doNotPair = doNotPair ?? [];
        BookPair = new int[books.Length];
        ImsPair = new int[ims.Length];
        Rules = new MatchRule[books.Length];
        BookGroup = new int[books.Length];
        ImsGroup = new int[ims.Length];
        Array.Fill(BookPair, -1);
        Array.Fill(ImsPair, -1);
    }

    public ReconciliationPolicy Policy { get; }

    public Doc[] Books { get; }

    public Doc[] Ims { get; }

    /// <summary>Per book entry: the index of its IMS record, or -1.</summary>
    public int[] BookPair { get; }

    /// <summary>Per IMS record: the index of its book entry, or -1.</summary>
    public int[] ImsPair { get; }

    /// <summary>Per paired book entry: the rule that paired it.</summary>
    public MatchRule[] Rules { get; }

    /// <summary>Per book entry: its group.</summary>
    public int[] BookGroup { get; }

    /// <summary>Per IMS record: its group, or -1 when no book entry shares its PAN and number.</summary>
    public int[] ImsGroup { get; }

    /// <summary>Unpaired book entries with more than one near-number partner (or whose partner has another): the partners, for the report.</summary>
    public Dictionary<int, List<int>> NearBookPartners { get; } = [];

    /// <summary>Unpaired IMS records with near-number partners that were not paired: the partners.</summary>
    public Dictionary<int, List<int>> NearImsPartners { get; } = [];

    /// <summary>Whether the user said this book entry and this record are not to be paired.</summary>
    public bool IsDoNotPair(int book, int ims) => _doNotPair.Count > 0 && _doNotPair.Contains((book, ims));

    public void Run()
    {
        foreach (var (b, m) in _links)
        {
            Pair(b, m, MatchRule.Manual);
        }

        Group();

        // Groups share no document, so they are matched side by side, each range of groups writing only its own documents' slots.
        var groups = _groupBookStart.Length - 1;
        Parallel.For(0, (groups + GroupsPerRange - 1) / GroupsPerRange, range =>
        {
            var pairs = new List<(decimal Distance, int Days, Doc Book, Doc Ims)>();
            for (var g = range * GroupsPerRange; g < Math.Min(groups, (range + 1) * GroupsPerRange); g++)
            {
                var books = _groupBooks.AsSpan(_groupBookStart[g], _groupBookStart[g + 1] - _groupBookStart[g]);
                var ims = _groupIms.AsSpan(_groupImsStart[g], _groupImsStart[g + 1] - _groupImsStart[g]);
                if (ims.IsEmpty)
                {
                    continue;
                }

                if (books.Length == 1 && ims.Length == 1)
                {
                    MatchSingle(books[0], ims[0]);
                }
                else
                {
                    MatchMany(books, ims, pairs);
                }
            }
        });

        NearNumbers.Run(this);
    }

    /// <summary>The book entries of a group.</summary>
    public ReadOnlySpan<int> BooksOf(int group) => _groupBooks.AsSpan(_groupBookStart[group], _groupBookStart[group + 1] - _groupBookStart[group]);

    /// <summary>The IMS records of a group.</summary>
    public ReadOnlySpan<int> ImsOf(int group) => group < 0 ? [] : _groupIms.AsSpan(_groupImsStart[group], _groupImsStart[group + 1] - _groupImsStart[group]);

    private void MatchSingle(int b, int m)
    {
        if (BookPair[b] >= 0 || ImsPair[m] >= 0 || IsDoNotPair(b, m))
        {
            return;
        }

        foreach (var pass in Pass.All)
        {
            if (pass.Accepts(Books[b], Ims[m], Policy))
            {
                Pair(b, m, pass.Rule);
                return;
            }
        }
    }

    private void MatchMany(ReadOnlySpan<int> books, ReadOnlySpan<int> ims, List<(decimal Distance, int Days, Doc Book, Doc Ims)> pairs)
    {
        foreach (var pass in Pass.All)
        {
            pairs.Clear();
            foreach (var b in books)
            {
                if (BookPair[b] >= 0)
                {
                    continue;
                }

                foreach (var m in ims)
                {
                    if (ImsPair[m] < 0 && !IsDoNotPair(b, m) && pass.Accepts(Books[b], Ims[m], Policy))
                    {
                        pairs.Add((Books[b].AmountDistance(Ims[m]), Math.Abs(Ims[m].DaysFrom(Books[b])), Books[b], Ims[m]));
                    }
                }
            }

            pairs.Sort(static (x, y) =>
            {
                var order = x.Distance.CompareTo(y.Distance);
                if (order == 0) { order = x.Days.CompareTo(y.Days); }
                if (order == 0) { order = DocOrder.Instance.Compare(x.Book, y.Book); }
                if (order == 0) { order = DocOrder.Instance.Compare(x.Ims, y.Ims); }
                return order;
            });
            foreach (var pair in pairs)
            {
                if (BookPair[pair.Book.Index] < 0 && ImsPair[pair.Ims.Index] < 0)
                {
                    Pair(pair.Book.Index, pair.Ims.Index, pass.Rule);
                }
            }
        }
    }

    public void Pair(int b, int m, MatchRule rule)
    {
        BookPair[b] = m;
        ImsPair[m] = b;
        Rules[b] = rule;
    }

    /// <summary>Groups documents by (PAN, normalised number) into contiguous index ranges (a counting sort).</summary>
    private void Group()
    {
        var groups = new Dictionary<(string Pan, string Norm), int>(Books.Length);
        foreach (var doc in Books)
        {
            var key = (doc.Pan, doc.Norm);
            if (!groups.TryGetValue(key, out var group))
            {
                group = groups.Count;
                groups.Add(key, group);
            }

            BookGroup[doc.Index] = group;
        }

        foreach (var doc in Ims)
        {
            ImsGroup[doc.Index] = groups.TryGetValue((doc.Pan, doc.Norm), out var group) ? group : -1;
        }

        _groupBookStart = Starts(BookGroup, groups.Count);
        _groupImsStart = Starts(ImsGroup, groups.Count);
        _groupBooks = Fill(BookGroup, _groupBookStart);
        _groupIms = Fill(ImsGroup, _groupImsStart);
    }

    private static int[] Starts(int[] groupOf, int groups)
    {
        var starts = new int[groups + 1];
        foreach (var g in groupOf)
        {
            if (g >= 0)
            {
                starts[g + 1]++;
            }
        }

        for (var g = 0; g < groups; g++)
        {
            starts[g + 1] += starts[g];
        }

        return starts;
    }

    private static int[] Fill(int[] groupOf, int[] starts)
    {
        var next = (int[])starts.Clone();
        var members = new int[starts[^1]];
        for (var i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] >= 0)
            {
                members[next[groupOf[i]]++] = i;
            }
        }

        return members;
    }
}
