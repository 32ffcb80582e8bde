using System;
using System.IO;
using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>
/// Writes a reconciliation report as CSV for a spreadsheet (docs/reconciliation.md): the lines side by
/// side, books against IMS with number, date, taxable value and every tax head on each side; and the
/// supplier view. Every cell is neutralised against formula injection (<see cref="CsvCells"/>).
/// </summary>
internal static class ReconcileCsvWriter
{
    private static readonly string[] Header =
    [
        "status", "rule", "supplierGstin", "supplierName", "type",
        "bookId", "booksNumber", "booksDate", "booksTaxableValue", "booksIgst", "booksCgst", "booksSgst", "booksCess", "booksTax",
        "imsRecordId", "imsSupplierGstin", "imsNumber", "imsDate", "imsTaxableValue", "imsIgst", "imsCgst", "imsSgst", "imsCess", "imsTax",
        "differences", "duplicateOf", "suggestion", "actions", "itcGained", "itcDeferred", "supplierLiabilityIncrease", "reason",
    ];

    public static void Write(ReconciliationReport report, TextWriter output)
    {
        CsvCells.WriteRow(output, Header);
        foreach (var line in report.Lines)
        {
            var book = line.Book;
            var ims = line.Ims;
            var effect = line.Suggestion?.Effect;
            CsvCells.WriteRow(output,
            [
                ReconcileVocabulary.Of(line.Status),
                line.Rule is { } rule ? ReconcileVocabulary.Of(rule) : string.Empty,
                (book?.SupplierGstin ?? ims?.SupplierGstin)?.ToString() ?? string.Empty,
                book?.SupplierName ?? string.Empty,
                ReconcileVocabulary.Of(ims?.Kind ?? book!.Type),
                book?.Id ?? string.Empty,
                book?.Number ?? string.Empty,
                book is null ? string.Empty : IsoTime.Format(book.Date),
                .. Amounts(book?.TaxableValue, book?.Tax),
                ims?.Id ?? string.Empty,
                ims?.SupplierGstin?.ToString() ?? string.Empty,
                ims?.Number ?? string.Empty,
                ims is null ? string.Empty : IsoTime.Format(ims.Date),
                .. Amounts(ims?.TaxableValue, ims?.Tax),
                string.Join("; ", line.Differences.Select(d => d.ToString())),
                line.DuplicateOf ?? string.Empty,
                line.Suggestion is { } s ? ReconcileVocabulary.Of(s.Kind) : string.Empty,
                line.Suggestion is { } s2 ? string.Join(" ", s2.Actions.Select(a => $"{a.RecordId}:{ReconcileVocabulary.Of(a.Action)}")) : string.Empty,
                effect is null ? string.Empty : CsvCells.Money(effect.ItcGained.Total),
                effect is null ? string.Empty : CsvCells.Money(effect.ItcDeferred.Total),
                effect is null ? string.Empty : CsvCells.Money(effect.SupplierLiabilityIncrease.Total),
                line.Suggestion?.Reason ?? string.Empty,
            ]);
        }
    }

    /// <summary>The supplier view: one row per supplier, the most ITC at risk first.</summary>
    public static void WriteSuppliers(ReconciliationReport report, TextWriter output)
    {
        var statuses = Enum.GetValues<MatchStatus>();
        CsvCells.WriteRow(output,
        [
            "supplierGstin", "supplierName", "itcAtRisk", "pendingTax", "rejectedTax",
            .. statuses.SelectMany(s => new[] { ReconcileVocabulary.Of(s) + "Count", ReconcileVocabulary.Of(s) + "BooksTax", ReconcileVocabulary.Of(s) + "ImsTax" }),
        ]);
        foreach (var supplier in report.Suppliers)
        {
            CsvCells.WriteRow(output,
            [
                supplier.Gstin?.ToString() ?? string.Empty,
                supplier.Name ?? string.Empty,
                CsvCells.Money(supplier.ItcAtRisk.Total),
                CsvCells.Money(supplier.PendingTax.Total),
                CsvCells.Money(supplier.RejectedTax.Total),
                .. supplier.Totals.SelectMany(t => new[] { t.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvCells.Money(t.BooksTax.Total), CsvCells.Money(t.ImsTax.Total) }),
            ]);
        }
    }

    private static string[] Amounts(decimal? taxable, TaxAmounts? tax) => taxable is { } value && tax is { } t
        ? [CsvCells.Money(value), CsvCells.Money(t.Igst), CsvCells.Money(t.Cgst), CsvCells.Money(t.Sgst), CsvCells.Money(t.Cess), CsvCells.Money(t.Total)]
        : ["", "", "", "", "", ""];
}
