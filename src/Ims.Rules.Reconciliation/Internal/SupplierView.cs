using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Money;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using Ims.Rules.Registration;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>The supplier view of a reconciliation: one <see cref="SupplierSummary"/> per supplier GSTIN, the most ITC at risk first; one pass over the lines.</summary>
internal static class SupplierView
{
    private static readonly MatchStatus[] Statuses = Enum.GetValues<MatchStatus>();

    public static ImmutableArray<SupplierSummary> Of(IReadOnlyList<ReconciliationLine> lines)
    {
        var bySupplier = new Dictionary<Gstin, Sums>();
        var none = new Sums(null);
        foreach (var line in lines)
        {
            var gstin = line.Book?.SupplierGstin ?? line.Ims?.SupplierGstin;
            Sums sums;
            if (gstin is { } key)
            {
                if (!bySupplier.TryGetValue(key, out sums!))
                {
                    bySupplier[key] = sums = new Sums(key);
                }
            }
            else
            {
                sums = none;
            }

            sums.Add(line);
        }

        var all = bySupplier.Values.ToList();
        if (none.Any)
        {
            all.Add(none);
        }

        return [.. all.Select(s => s.ToSummary()).OrderByDescending(s => s.ItcAtRisk.Total).ThenBy(s => s.Gstin?.ToString() ?? string.Empty, StringComparer.Ordinal)];
    }

    /// <summary>One total per status, in status order.</summary>
    public static ImmutableArray<StatusTotal> Totals(IEnumerable<ReconciliationLine> lines)
    {
        var sums = new Sums(null);
        foreach (var line in lines)
        {
            sums.Add(line);
        }

        return sums.Totals();
    }

    private static TaxAmounts AtRisk(ReconciliationLine line)
    {
        if (line.Book is not { } book)
        {
            return TaxAmounts.Zero;
        }

        if (line.Ims is not { } record || line.Ineligibility is IneligibleReason.PlaceOfSupply or IneligibleReason.TimeBarred)
        {
            return book.Tax;
        }

        return (book.Tax - record.Tax).PositivePart();
    }

    /// <summary>The running sums of one supplier.</summary>
    private sealed class Sums(Gstin? gstin)
    {
        private readonly int[] _counts = new int[Statuses.Length];
        private readonly decimal[] _booksValue = new decimal[Statuses.Length];
        private readonly decimal[] _imsValue = new decimal[Statuses.Length];
        private readonly TaxAmounts[] _booksTax = new TaxAmounts[Statuses.Length];
        private readonly TaxAmounts[] _imsTax = new TaxAmounts[Statuses.Length];
        private TaxAmounts _atRisk = TaxAmounts.Zero;
        private TaxAmounts _pending = TaxAmounts.Zero;
        private TaxAmounts _rejected = TaxAmounts.Zero;
        private string? _nameId;
        private string? _name;

        public bool Any => _counts.Any(c => c > 0);

        public void Add(ReconciliationLine line)
        {
            var s = (int)line.Status;
            _counts[s]++;
            if (line.Book is { } book)
            {
                _booksValue[s] += book.TaxableValue;
                _booksTax[s] += book.Tax;
                if (book.SupplierName is { } name && (_nameId is null || string.CompareOrdinal(book.Id, _nameId) < 0))
                {
                    (_nameId, _name) = (book.Id, name); // the name of the first entry by id: independent of input order
                }
            }

            if (line.Ims is { } ims)
            {
                _imsValue[s] += ims.TaxableValue;
                _imsTax[s] += ims.Tax;
                if (line.Suggestion?.Kind == SuggestionKind.Pending)
                {
                    _pending += ims.Tax;
                }
                else if (line.Suggestion?.Kind == SuggestionKind.Reject)
                {
                    _rejected += ims.Tax;
                }
            }

            _atRisk += AtRisk(line);
        }

        public ImmutableArray<StatusTotal> Totals() =>
            [.. Statuses.Select(status => new StatusTotal(status, _counts[(int)status], _booksValue[(int)status], _booksTax[(int)status], _imsValue[(int)status], _imsTax[(int)status]))];

        public SupplierSummary ToSummary() => new()
        {
            Gstin = gstin,
            Name = _name,
            Totals = Totals(),
            ItcAtRisk = _atRisk,
            PendingTax = _pending,
            RejectedTax = _rejected,
        };
    }
}
