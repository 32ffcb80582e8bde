using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The nearest documents of the other side for an unpaired one, and why each was not paired:
/// the members of its group (same PAN and normalised number), then unpaired documents with
/// another number but the same supplier, type, date and amounts, then unpaired documents with
/// the same number from a supplier of another PAN. Found by hashing, like the matching itself.
/// </summary>
/// <remarks>The indexes are built once, over unpaired documents only; after that it is read-only and safe to use from many threads.</remarks>
internal sealed class NearCandidates(Matcher matcher, ReconciliationPolicy policy)
{
    private readonly Dictionary<(string Gstin, RecordKind Kind, LocalDate Date), List<Doc>> _booksByDate = ByDate(matcher.Books, matcher.BookPair);
    private readonly Dictionary<(string Gstin, RecordKind Kind, LocalDate Date), List<Doc>> _imsByDate = ByDate(matcher.Ims, matcher.ImsPair);
    private readonly Dictionary<string, List<Doc>> _booksByNumber = ByNumber(matcher.Books, matcher.BookPair);
    private readonly Dictionary<string, List<Doc>> _imsByNumber = ByNumber(matcher.Ims, matcher.ImsPair);

    public ImmutableArray<RejectedCandidate> ForBook(Doc book)
    {
        var found = new List<(Doc Other, RejectionReason Reason, string Detail)>();
        foreach (var m in matcher.ImsOf(matcher.BookGroup[book.Index]))
        {
            var paired = matcher.ImsPair[m];
            found.Add(InGroup(book, matcher.Ims[m], paired >= 0 ? matcher.Books[paired] : null, paired >= 0 ? matcher.Rules[paired] : null));
        }

        Near(book, matcher.NearBookPartners, matcher.Ims, found);
        Elsewhere(book, _imsByDate, _imsByNumber, found);
        return Nearest(book, found);
    }

    public ImmutableArray<RejectedCandidate> ForIms(Doc ims) => ForIms(ims, out _);

    /// <summary>The record's nearest book entries; <paramref name="hasBook"/> says whether any book entry of its PAN may be it, however few are listed.</summary>
    public ImmutableArray<RejectedCandidate> ForIms(Doc ims, out bool hasBook)
    {
        var found = new List<(Doc Other, RejectionReason Reason, string Detail)>();
        if (matcher.ImsGroup[ims.Index] is var group and >= 0)
        {
            foreach (var b in matcher.BooksOf(group))
            {
                var paired = matcher.BookPair[b];
                found.Add(InGroup(ims, matcher.Books[b], paired >= 0 ? matcher.Ims[paired] : null, paired >= 0 ? matcher.Rules[b] : null));
            }
        }

        Near(ims, matcher.NearImsPartners, matcher.Books, found);
        Elsewhere(ims, _booksByDate, _booksByNumber, found);
        hasBook = found.Exists(f => f.Reason != RejectionReason.SupplierDiffers);
        return Nearest(ims, found);
    }

    private (Doc Other, RejectionReason Reason, string Detail) InGroup(Doc doc, Doc other, Doc? pairedWith, MatchRule? rule)
    {
        if (pairedWith is not null)
        {
            return (other, RejectionReason.AlreadyMatched, $"already paired with {pairedWith.Id} by rule {MatchNames.Of(rule!.Value)}");
        }

        if (other.Kind != doc.Kind)
        {
            return (other, RejectionReason.TypeDiffers, $"a {Text.Kind(other.Kind)}, not a {Text.Kind(doc.Kind)}");
        }

        var (book, ims) = doc.IsBook ? (doc, other) : (other, doc);
        if (matcher.IsDoNotPair(book.Index, ims.Index))
        {
            return (other, RejectionReason.KeptApartManually, "kept apart by a manual decision (doNotPair)");
        }

        if (!other.SameYearToken(doc))
        {
            return (other, RejectionReason.NumberDiffers, $"number {other.Raw} names another financial year than {doc.Raw}: different numbers");
        }

        if (!string.Equals(other.GstinText, doc.GstinText, StringComparison.Ordinal))
        {
            return (other, RejectionReason.OtherRegistration, string.Create(CultureInfo.InvariantCulture,
                $"supplier {other.GstinText} is another registration of the same PAN, and a pair across registrations needs dates within ±{policy.DateToleranceDays} days and amounts within tolerance ({Math.Abs(other.DaysFrom(doc))} days apart, amounts {Text.Money(other.AmountDistance(doc))} apart)"));
        }

        return (other, RejectionReason.FinancialYearDiffers, string.Create(CultureInfo.InvariantCulture,
            $"dated {Text.Date(other.Date)} in FY {Text.FinancialYear(other.FinancialYear)}, {Math.Abs(other.DaysFrom(doc))} days from {Text.Date(doc.Date)} in FY {Text.FinancialYear(doc.FinancialYear)} (date tolerance ±{policy.DateToleranceDays} days)"));
    }

    /// <summary>Near-number partners that were not paired because one of the two has another.</summary>
    private static void Near(Doc doc, Dictionary<int, List<int>> partners, Doc[] others, List<(Doc Other, RejectionReason Reason, string Detail)> found)
    {
        if (!partners.TryGetValue(doc.Index, out var list))
        {
            return;
        }

        foreach (var index in list)
        {
            var other = others[index];
            found.Add((other, RejectionReason.AmbiguousNearNumber,
                $"number {other.Raw} is near {doc.Raw} (rule nearNumber), but another document is as near, so neither is paired; link the right one by a manual decision"));
        }
    }

    private void Elsewhere(Doc doc, Dictionary<(string, RecordKind, LocalDate), List<Doc>> byDate, Dictionary<string, List<Doc>> byNumber, List<(Doc Other, RejectionReason Reason, string Detail)> found)
    {
        if (doc.GstinText.Length > 0)
        {
            for (var shift = -policy.DateToleranceDays; shift <= policy.DateToleranceDays; shift++)
            {
                if (!byDate.TryGetValue((doc.GstinText, doc.Kind, doc.Date.PlusDays(shift)), out var list))
                {
                    continue;
                }

                foreach (var other in list)
                {
                    if (!string.Equals(other.Norm, doc.Norm, StringComparison.Ordinal) && other.AmountsWithin(doc, policy) && !found.Exists(f => ReferenceEquals(f.Other, other)))
                    {
                        found.Add((other, RejectionReason.NumberDiffers, $"same supplier, date and amounts, but number {other.Raw} is not {doc.Raw}"));
                    }
                }
            }
        }

        if (byNumber.TryGetValue(doc.Norm, out var sameNumber))
        {
            foreach (var other in sameNumber)
            {
                if (!string.Equals(other.Pan, doc.Pan, StringComparison.Ordinal) && other.Kind == doc.Kind)
                {
                    var supplier = other.GstinText.Length > 0 ? other.GstinText : "no supplier GSTIN";
                    found.Add((other, RejectionReason.SupplierDiffers, $"same number, but supplier {supplier} has another PAN than {(doc.GstinText.Length > 0 ? doc.GstinText : "no supplier GSTIN")}"));
                }
            }
        }
    }

    private ImmutableArray<RejectedCandidate> Nearest(Doc doc, List<(Doc Other, RejectionReason Reason, string Detail)> found)
    {
        if (found.Count == 0 || policy.NearestCandidates == 0)
        {
            return [];
        }

        found.Sort((x, y) =>
        {
            var order = x.Other.AmountDistance(doc).CompareTo(y.Other.AmountDistance(doc));
            if (order == 0) { order = Math.Abs(x.Other.DaysFrom(doc)).CompareTo(Math.Abs(y.Other.DaysFrom(doc))); }
            if (order == 0) { order = x.Reason.CompareTo(y.Reason); }
            if (order == 0) { order = DocOrder.Instance.Compare(x.Other, y.Other); }
            return order;
        });
        var builder = ImmutableArray.CreateBuilder<RejectedCandidate>(Math.Min(found.Count, policy.NearestCandidates));
        for (var i = 0; i < found.Count && builder.Count < policy.NearestCandidates; i++)
        {
            var (other, reason, detail) = found[i];
            builder.Add(new RejectedCandidate(other.Id, other.Gstin, other.Raw, other.Date, reason, detail));
        }

        return builder.MoveToImmutable();
    }

    private static Dictionary<(string, RecordKind, LocalDate), List<Doc>> ByDate(Doc[] docs, int[] pairs)
    {
        var index = new Dictionary<(string, RecordKind, LocalDate), List<Doc>>();
        foreach (var doc in docs)
        {
            if (pairs[doc.Index] < 0 && doc.GstinText.Length > 0)
            {
                var key = (doc.GstinText, doc.Kind, doc.Date);
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(doc);
            }
        }

        return index;
    }

    private static Dictionary<string, List<Doc>> ByNumber(Doc[] docs, int[] pairs)
    {
        var index = new Dictionary<string, List<Doc>>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (pairs[doc.Index] < 0)
            {
                if (!index.TryGetValue(doc.Norm, out var list))
                {
                    index[doc.Norm] = list = [];
                }

                list.Add(doc);
            }
        }

        return index;
    }
}
