using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>Writes a reconciliation report as CSV, one row per line, for a spreadsheet (docs/reconciliation.md).</summary>
internal static class ReconcileCsvWriter
{
    private static readonly string[] Header =
    [
        "status", "rule", "bookId", "imsRecordId", "supplierGstin", "type", "number", "date", "booksTaxableValue", "booksTax",
        "imsTaxableValue", "imsTax", "differences", "suggestion", "actions", "itcGained", "itcDeferred", "supplierLiabilityIncrease", "reason",
    ];

    public static void Write(ReconciliationReport report, TextWriter output)
    {
        output.WriteLine(string.Join(",", Header));
        foreach (var line in report.Lines)
        {
            var supplier = line.Ims?.SupplierGstin ?? line.Book?.SupplierGstin;
            var effect = line.Suggestion?.Effect;
            string[] cells =
            [
                ReconcileVocabulary.Of(line.Status),
                line.Rule is { } rule ? ReconcileVocabulary.Of(rule) : string.Empty,
                line.Book?.Id ?? string.Empty,
                line.Ims?.Id ?? string.Empty,
                supplier?.ToString() ?? string.Empty,
                ReconcileVocabulary.Of(line.Ims?.Kind ?? line.Book!.Type),
                line.Ims?.Number ?? line.Book!.Number,
                IsoTime.Format(line.Ims?.Date ?? line.Book!.Date),
                line.Book is { } book ? Money(book.TaxableValue) : string.Empty,
                line.Book is { } b ? Money(b.Tax.Total) : string.Empty,
                line.Ims is { } ims ? Money(ims.TaxableValue) : string.Empty,
                line.Ims is { } i ? Money(i.Tax.Total) : string.Empty,
                string.Join("; ", line.Differences.Select(d => d.ToString())),
                line.Suggestion is { } s ? ReconcileVocabulary.Of(s.Kind) : string.Empty,
                line.Suggestion is { } s2 ? string.Join(" ", s2.Actions.Select(a => $"{a.RecordId}:{ReconcileVocabulary.Of(a.Action)}")) : string.Empty,
                effect is null ? string.Empty : Money(effect.ItcGained.Total),
                effect is null ? string.Empty : Money(effect.ItcDeferred.Total),
                effect is null ? string.Empty : Money(effect.SupplierLiabilityIncrease.Total),
                line.Suggestion?.Reason ?? string.Empty,
            ];
            output.WriteLine(string.Join(",", cells.Select(Quote)));
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Quotes a cell that holds a comma, a quote or a line break (RFC 4180).</summary>
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
