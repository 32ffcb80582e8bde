using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>The supplier view of a reconciliation and the totals per status: one <see cref="SupplierSummary"/> per supplier GSTIN, the most ITC at risk first; one pass over the lines.</summary>
internal static class SupplierView
{
    private static readonly MatchStatus[] Statuses = Enum.GetValues<MatchStatus>();

    /// <summary>Lines summed per chunk, each chunk on its own (in parallel), then merged in chunk order: sums of paise are exact, so the result is the same on any number of cores.</summary>
    private const int ChunkSize = 1 << 16;

    /// <summary>The totals per status and the summary per supplier, in one pass over the lines.</summary>
    public static (ImmutableArray<StatusTotal> Totals, ImmutableArray<SupplierSummary> Suppliers) Of(IReadOnlyList<ReconciliationLine> lines)
    {
        var chunks = new Chunk[(lines.Count + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c] = new Chunk();
            for (var i = c * ChunkSize; i < Math.Min(lines.Count, (c + 1) * ChunkSize); i++)
            {
                chunk.Add(lines[i]);
            }
        });

        var bySupplier = new Dictionary<Gstin, Sums>();
        var none = new Sums(null);
        foreach (var chunk in chunks)
        {
            foreach (var (gstin, sums) in chunk.BySupplier)
            {
                if (bySupplier.TryGetValue(gstin, out var all))
                {
                    all.Add(sums);
                }
                else
                {
                    bySupplier[gstin] = sums;
                }
            }

            none.Add(chunk.None);
        }

        var totals = new Sums(null);
        var summaries = new List<Sums>(bySupplier.Values);
        if (none.Any)
        {
            summaries.Add(none);
        }

        foreach (var sums in summaries)
        {
            totals.Add(sums);
        }

        return (totals.Totals(), [.. summaries.Select(s => s.ToSummary()).OrderByDescending(s => s.ItcAtRisk.Total).ThenBy(s => s.Gstin?.ToString() ?? string.Empty, StringComparer.Ordinal)]);
    }

    /// <summary>The sums of a run of lines, per supplier GSTIN (and for lines without one).</summary>
    private sealed class Chunk
    {
        public Dictionary<Gstin, Sums> BySupplier { get; } = [];

        public Sums None { get; } = new(null);

        public void Add(ReconciliationLine line)
        {
            var gstin = line.Book?.SupplierGstin ?? line.Ims?.SupplierGstin;
            Sums sums;
            if (gstin is { } key)
            {
                if (!BySupplier.TryGetValue(key, out sums!))
                {
                    BySupplier[key] = sums = new Sums(key);
                }
            }
            else
            {
                sums = None;
            }

            sums.Add(line);
        }
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

        /// <summary>Adds another run's sums; the supplier name stays that of the first entry by id.</summary>
        public void Add(Sums other)
        {
            for (var s = 0; s < Statuses.Length; s++)
            {
                _counts[s] += other._counts[s];
                _booksValue[s] += other._booksValue[s];
                _imsValue[s] += other._imsValue[s];
                _booksTax[s] += other._booksTax[s];
                _imsTax[s] += other._imsTax[s];
            }

            _atRisk += other._atRisk;
            _pending += other._pending;
            _rejected += other._rejected;
            if (other._name is { } name && (_nameId is null || string.CompareOrdinal(other._nameId, _nameId) < 0))
            {
                (_nameId, _name) = (other._nameId, name);
            }
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
