using System.Collections.Generic;
using System.Linq;
using Ims.Rules.Json;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// One statement for a person: the header, the summary by bucket and the GSTR-3B table 4 figures
/// first, then the documents (cut at <c>--max-rows</c>), the carry-forward with its deadlines, the
/// supplier effects and the findings. Its CSV rows are the documents.
/// </summary>
internal static class StatementView
{
    /// <summary>How many rows a table shows when <c>--max-rows</c> is not given.</summary>
    public const int DefaultMaxRows = 50;

    private static readonly Column[] Heads = [new("IGST", true), new("CGST", true), new("SGST", true), new("Cess", true), new("Total", true)];

    public static View Of(Gstr2bStatement statement, Limits limits)
    {
        var documents = Documents(statement, limits.MaxRows);
        return new View([.. Blocks(statement, limits, documents)], documents with { Limit = int.MaxValue });
    }

    /// <summary>The blocks of one statement, also used for each period of <c>timeline --details</c>.</summary>
    public static IEnumerable<Block> Blocks(Gstr2bStatement statement, Limits limits, Sheet? documents = null)
    {
        yield return new Heading($"GSTR-2B {statement.Period} of {statement.Gstin}");
        yield return new Paragraph(Header(statement));
        yield return Buckets(statement);
        yield return Gstr3b(statement.Summary.Gstr3b);
        yield return documents ?? Documents(statement, limits.MaxRows);
        yield return CarryForward(statement.CarryForward, limits.MaxRows);
        yield return SupplierEffects(statement.SupplierEffects, limits.MaxRows);
        foreach (var block in FindingsView.Blocks(statement.Findings, limits.MaxFindings))
        {
            yield return block;
        }
    }

    /// <summary>"Generated, as of 2025-11-14T00:00:00+05:30 (rules: IMS from Oct-2025); 5 documents, 1 carried forward."</summary>
    public static string Header(Gstr2bStatement statement) =>
        $"{Capitalised(Words.Of(statement.Status))}, as of {IsoTime.Format(statement.AsOf)} (rules: {Words.Of(statement.RuleSet)}); " +
        $"{statement.Documents.Length} document(s), {statement.CarryForward.Length} carried forward, {statement.Findings.Length} finding(s).";

    public static Sheet Buckets(Gstr2bStatement statement)
    {
        var counts = statement.Documents.GroupBy(d => d.Bucket).ToDictionary(g => g.Key, g => g.Count());
        var summary = statement.Summary;
        object?[] Row(Bucket bucket, TaxAmounts amounts) => [Words.Of(bucket), counts.GetValueOrDefault(bucket), .. Amounts(amounts)];
        return new Sheet(
            "Summary by bucket",
            [new("Bucket"), new("Documents", true), .. Heads],
            [Row(Bucket.ItcAvailable, summary.ItcAvailable), Row(Bucket.ItcNotAvailable, summary.ItcNotAvailable), Row(Bucket.ItcRejected, summary.ItcRejected)],
            3);
    }

    public static Sheet Gstr3b(Gstr3bFigures figures)
    {
        object?[][] rows =
        [
            ["4(A)(1)", "Import of goods", .. Amounts(figures.Table4A1)],
            ["4(A)(3)", "Inward supplies liable to reverse charge", .. Amounts(figures.Table4A3)],
            ["4(A)(4)", "Inward supplies from ISD", .. Amounts(figures.Table4A4)],
            ["4(A)(5)", "All other ITC", .. Amounts(figures.Table4A5)],
            ["4(B)(2)", "ITC reversed (reductions)", .. Amounts(figures.Table4B2)],
            ["4(D)(2)", "Ineligible ITC (place of supply, section 16(4))", .. Amounts(figures.Table4D2)],
            ["Net", "4(A) less 4(B)(2)", .. Amounts(figures.NetItc)],
        ];
        return new Sheet("GSTR-3B table 4", [new("Table"), new("Meaning"), .. Heads], rows, rows.Length);
    }

    public static Sheet Documents(Gstr2bStatement statement, int limit) => new(
        "Documents",
        [new("Section"), new("Supplier"), new("Number"), new("Date"), new("Bucket"), new("IGST", true), new("CGST", true), new("SGST", true), new("Cess", true), new("ITC", true), new("Action"), new("Rules"), new("Record")],
        statement.Documents.Select(d => new object?[]
        {
            SectionNames.Of(d.Section), d.SupplierGstin?.ToString() ?? string.Empty, d.Number, IsoTime.Format(d.Date), Words.Of(d.Bucket),
            d.Itc.Igst, d.Itc.Cgst, d.Itc.Sgst, d.Itc.Cess, d.Itc.Total, Words.Of(d.Action), string.Join(' ', d.Rules), d.RecordId,
        }),
        statement.Documents.Length,
        limit);

    /// <summary>The records carried forward (Pending, or an amendment awaiting its original, R43), the one closest to a deadline first.</summary>
    public static Sheet CarryForward(IReadOnlyCollection<CarryForwardEntry> entries, int limit) => new(
        "Carried forward",
        [new("Record"), new("Reason"), new("Since"), new("Pending allowed until"), new("Time-barred after"), new("Remark", Prose: true)],
        entries.OrderBy(e => Deadline(e) ?? NodaTime.LocalDate.MaxIsoValue).ThenBy(e => e.RecordId, System.StringComparer.Ordinal).Select(e => new object?[]
        {
            e.RecordId, Words.Of(e.Reason), e.Since.ToString(), e.PendingUntil is { } until ? IsoTime.Format(until) : "-",
            e.TimeBarredAfter is { } barred ? IsoTime.Format(barred) : "-", e.Remark ?? string.Empty,
        }),
        entries.Count,
        limit);

    public static Sheet SupplierEffects(IReadOnlyCollection<SupplierEffect> effects, int limit) => new(
        "Supplier effects",
        [new("Record"), new("Supplier"), new("Effect"), new("Supplier period"), .. Heads],
        effects.Select(e => (object?[])[e.RecordId, e.SupplierGstin?.ToString() ?? string.Empty, Words.Of(e.Effect), e.Period.ToString(), .. Amounts(e.Amount)]),
        effects.Count,
        limit);

    /// <summary>The nearer of an entry's deadlines: Pending allowed until, or section 16(4).</summary>
    public static NodaTime.LocalDate? Deadline(CarryForwardEntry entry) =>
        (entry.PendingUntil, entry.TimeBarredAfter) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };

    public static object?[] Amounts(TaxAmounts amounts) => [amounts.Igst, amounts.Cgst, amounts.Sgst, amounts.Cess, amounts.Total];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>How much a table shows: <c>--max-rows</c> and <c>--max-findings</c>.</summary>
/// <param name="MaxRows">Rows of a table of documents, carry-forward or periods.</param>
/// <param name="MaxFindings">Findings listed after their summary.</param>
internal sealed record Limits(int MaxRows, int MaxFindings);
