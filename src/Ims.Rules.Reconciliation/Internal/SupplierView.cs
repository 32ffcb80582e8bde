using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Money;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>The supplier view of a reconciliation: one <see cref="SupplierSummary"/> per supplier GSTIN, the most ITC at risk first.</summary>
internal static class SupplierView
{
    public static ImmutableArray<SupplierSummary> Of(IReadOnlyList<ReconciliationLine> lines)
    {
        var bySupplier = new Dictionary<string, List<ReconciliationLine>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var gstin = (line.Book?.SupplierGstin ?? line.Ims?.SupplierGstin)?.ToString() ?? string.Empty;
            IndexedStatement.Add(bySupplier, gstin, line);
        }

        var summaries = new List<SupplierSummary>(bySupplier.Count);
        foreach (var (_, group) in bySupplier)
        {
            var first = group[0];
            var name = group.Where(l => l.Book?.SupplierName is not null).Select(l => l.Book!).OrderBy(b => b.Id, StringComparer.Ordinal).FirstOrDefault()?.SupplierName;
            var atRisk = TaxAmounts.Zero;
            var pending = TaxAmounts.Zero;
            var rejected = TaxAmounts.Zero;
            foreach (var line in group)
            {
                atRisk += AtRisk(line);
                if (line.Ims is { } record && line.Suggestion?.Kind == SuggestionKind.Pending)
                {
                    pending += record.Tax;
                }

                if (line.Ims is { } rejectedRecord && line.Suggestion?.Kind == SuggestionKind.Reject)
                {
                    rejected += rejectedRecord.Tax;
                }
            }

            summaries.Add(new SupplierSummary
            {
                Gstin = first.Book?.SupplierGstin ?? first.Ims?.SupplierGstin,
                Name = name,
                Totals = Totals(group),
                ItcAtRisk = atRisk,
                PendingTax = pending,
                RejectedTax = rejected,
            });
        }

        return [.. summaries.OrderByDescending(s => s.ItcAtRisk.Total).ThenBy(s => s.Gstin?.ToString() ?? string.Empty, StringComparer.Ordinal)];
    }

    /// <summary>One total per status, in status order.</summary>
    public static ImmutableArray<StatusTotal> Totals(IEnumerable<ReconciliationLine> lines)
    {
        var statuses = Enum.GetValues<MatchStatus>();
        var counts = new int[statuses.Length];
        var booksValue = new decimal[statuses.Length];
        var imsValue = new decimal[statuses.Length];
        var booksTax = new TaxAmounts[statuses.Length];
        var imsTax = new TaxAmounts[statuses.Length];
        foreach (var line in lines)
        {
            var s = (int)line.Status;
            counts[s]++;
            if (line.Book is { } book)
            {
                booksValue[s] += book.TaxableValue;
                booksTax[s] += book.Tax;
            }

            if (line.Ims is { } ims)
            {
                imsValue[s] += ims.TaxableValue;
                imsTax[s] += ims.Tax;
            }
        }

        return [.. statuses.Select(status => new StatusTotal(status, counts[(int)status], booksValue[(int)status], booksTax[(int)status], imsValue[(int)status], imsTax[(int)status]))];
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
}
