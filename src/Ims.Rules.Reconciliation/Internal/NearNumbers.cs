using System;
using System.Collections.Generic;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The <c>nearNumber</c> rule, run after every other: an unpaired book entry and an unpaired IMS
/// record of the same PAN, type and financial year, dates and amounts within tolerance, whose
/// normalised numbers are one edit apart (insertion, deletion, substitution, adjacent
/// transposition) or apart by an alphabetic prefix dropped or added. A document with two such
/// partners is not paired; its partners are kept for the report.
/// </summary>
/// <remarks>
/// Linear: every number is hashed with each of its one-character deletions (and without its
/// prefix), so two numbers one edit apart share a key; only documents sharing a key are compared.
/// </remarks>
internal static class NearNumbers
{
    /// <summary>The shortest normalised number near matching considers: shorter ones are too easily one edit from another.</summary>
    public const int MinimumLength = 3;

    /// <summary>
    /// The longest normalised number near matching considers. A tax invoice's serial number has at most sixteen
    /// characters (CGST Rules, rule 46(b)); twice that leaves room for odd exports while keeping the keys of one
    /// number (one per character, each hashing the whole number) from growing with the square of a huge cell.
    /// </summary>
    public const int MaximumLength = 32;

    public static void Run(Matcher matcher)
    {
        var keys = new List<(ulong Key, int Ims)>();
        foreach (var ims in matcher.Ims)
        {
            if (matcher.ImsPair[ims.Index] < 0 && Eligible(ims))
            {
                foreach (var key in Keys(ims))
                {
                    keys.Add((key, ims.Index));
                }
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        keys.Sort(static (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Ims.CompareTo(y.Ims));
        var sorted = keys.ToArray();
        var found = new HashSet<(int Book, int Ims)>();
        foreach (var book in matcher.Books)
        {
            if (matcher.BookPair[book.Index] >= 0 || !Eligible(book))
            {
                continue;
            }

            foreach (var key in Keys(book))
            {
                for (var i = LowerBound(sorted, key); i < sorted.Length && sorted[i].Key == key; i++)
                {
                    var ims = matcher.Ims[sorted[i].Ims];
                    if (Accepts(book, ims, matcher))
                    {
                        found.Add((book.Index, ims.Index));
                    }
                }
            }
        }

        var bookPartners = new Dictionary<int, List<int>>();
        var imsPartners = new Dictionary<int, List<int>>();
        foreach (var (b, m) in found)
        {
            Add(bookPartners, b, m);
            Add(imsPartners, m, b);
        }

        foreach (var (b, partners) in bookPartners)
        {
            var m = partners[0];
            if (partners.Count == 1 && imsPartners[m].Count == 1)
            {
                matcher.Pair(b, m, Matching.MatchRule.NearNumber);
            }
        }

        foreach (var (b, partners) in bookPartners)
        {
            if (matcher.BookPair[b] < 0)
            {
                partners.Sort();
                matcher.NearBookPartners[b] = partners;
            }
        }

        foreach (var (m, partners) in imsPartners)
        {
            if (matcher.ImsPair[m] < 0)
            {
                partners.Sort();
                matcher.NearImsPartners[m] = partners;
            }
        }
    }

    /// <summary>Whether two normalised numbers are near: one edit apart, or apart by an alphabetic prefix dropped or added.</summary>
    public static bool IsNear(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || Math.Min(a.Length, b.Length) < MinimumLength)
        {
            return false;
        }

        return OneEdit(a, b) || PrefixOnly(a, b) || PrefixOnly(b, a);
    }

    /// <summary>How two near numbers differ, in words.</summary>
    public static string Describe(string books, string ims)
    {
        if (PrefixOnly(books, ims))
        {
            return $"the IMS number drops the prefix {books[..(books.Length - ims.Length)]}";
        }

        if (PrefixOnly(ims, books))
        {
            return $"the IMS number adds the prefix {ims[..(ims.Length - books.Length)]}";
        }

        return books.Length == ims.Length
            ? Transposed(books, ims) ? "two adjacent characters swapped" : "one character differs"
            : books.Length < ims.Length ? "one character more in IMS" : "one character less in IMS";
    }

    private static bool Eligible(Doc doc) => doc.Pan.Length > 0 && doc.Norm.Length is >= MinimumLength and <= MaximumLength;

    private static bool Accepts(Doc book, Doc ims, Matcher matcher) =>
        book.Kind == ims.Kind && book.FinancialYear == ims.FinancialYear
        && string.Equals(book.Pan, ims.Pan, StringComparison.Ordinal)
        && book.SameYearToken(ims)
        && Math.Abs(ims.DaysFrom(book)) <= matcher.Policy.DateToleranceDays
        && book.AmountsWithin(ims, matcher.Policy)
        && !matcher.IsDoNotPair(book.Index, ims.Index)
        && IsNear(book.Norm, ims.Norm);

    private static bool OneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var restA = endA - start;
        var restB = endB - start;
        return (restA <= 1 && restB <= 1) || Transposed(a, b);
    }

    private static bool Transposed(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/> with letters before it, and <paramref name="shorter"/> starts with a digit.</summary>
    private static bool PrefixOnly(string longer, string shorter)
    {
        var prefix = longer.Length - shorter.Length;
        if (prefix <= 0 || !char.IsAsciiDigit(shorter[0]) || !longer.AsSpan(prefix).SequenceEqual(shorter))
        {
            return false;
        }

        foreach (var c in longer.AsSpan(0, prefix))
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The keys of a document: (PAN, type, financial year) with the number, each of its one-character deletions, and the number without an alphabetic prefix.</summary>
    private static IEnumerable<ulong> Keys(Doc doc)
    {
        var seed = Hash(Hash(Hash(14695981039346656037UL, doc.Pan), (int)doc.Kind), doc.FinancialYear);
        var norm = doc.Norm;
        yield return Hash(seed, norm, -1);
        for (var skip = 0; skip < norm.Length; skip++)
        {
            yield return Hash(seed, norm, skip);
        }

        var digits = 0;
        while (digits < norm.Length && char.IsAsciiLetter(norm[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < norm.Length && char.IsAsciiDigit(norm[digits]))
        {
            yield return Hash(seed, norm[digits..], -1);
        }
    }

    private static ulong Hash(ulong seed, string text) => Hash(seed, text, -1);

    /// <summary>FNV-1a over the text without the character at <paramref name="skip"/>: deterministic on every machine.</summary>
    private static ulong Hash(ulong seed, string text, int skip)
    {
        var hash = seed;
        for (var i = 0; i < text.Length; i++)
        {
            if (i != skip)
            {
                hash = unchecked((hash ^ text[i]) * 1099511628211UL);
            }
        }

        return unchecked((hash ^ 0xFF) * 1099511628211UL);
    }

    private static ulong Hash(ulong seed, int value) => unchecked(((seed ^ (uint)value) * 1099511628211UL) ^ 0x5A);

    private static int LowerBound((ulong Key, int Ims)[] sorted, ulong key)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid].Key < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static void Add(Dictionary<int, List<int>> partners, int key, int value)
    {
        if (!partners.TryGetValue(key, out var list))
        {
            partners[key] = list = [];
        }

        list.Add(value);
    }
}
