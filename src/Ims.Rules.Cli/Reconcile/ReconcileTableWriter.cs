using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using Spectre.Console;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>
/// Writes a reconciliation report as a readable table: a summary on top (totals per status, actions,
/// ITC at risk), the supplier view, then the lines grouped by status, exceptions first and the
/// matched lines last, each with its differences, suggestion and statement effect. Plain text; on
/// a terminal, Spectre.Console tables.
/// </summary>
internal static class ReconcileTableWriter
{
    private static readonly string[] Columns = ["BOOKS", "IMS", "SUPPLIER", "NUMBER", "DATE", "BOOKS TAX", "IMS TAX", "RULE", "SUGGESTION"];
    private static readonly string[] TotalColumns = ["STATUS", "COUNT", "BOOKS TAXABLE", "BOOKS TAX", "IMS TAXABLE", "IMS TAX"];

    private static readonly string[] SupplierColumns = ["SUPPLIER", "NAME", "ITC AT RISK", "PENDING", "REJECTED", "MATCHED", "PARTIAL", "BOOKS ONLY", "IMS ONLY", "INELIGIBLE"];

    /// <summary>The exceptions first, the matched lines last.</summary>
    private static readonly MatchStatus[] SectionOrder = [MatchStatus.PartiallyMatched, MatchStatus.ImsOnly, MatchStatus.BooksOnly, MatchStatus.Ineligible, MatchStatus.Matched];

    public static void Write(ReconciliationReport report, TextWriter output, bool terminal)
    {
        var complete = report.BooksCompleteThrough is { } date ? $"; books complete through {IsoTime.Format(date)}" : string.Empty;
        var period = report.Period is { } p ? $"; effects on the {p} statement" : string.Empty;
        output.WriteLine($"Reconciliation of {report.Recipient} at {IsoTime.Format(report.At)}{complete}{period}");
        var console = terminal ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }) : null;

        output.WriteLine();
        output.WriteLine("Summary");
        var totals = report.Totals.Select(t => new[]
        {
            ReconcileVocabulary.Title(t.Status), t.Count.ToString(CultureInfo.InvariantCulture),
            Money(t.BooksTaxableValue), Money(t.BooksTax.Total), Money(t.ImsTaxableValue), Money(t.ImsTax.Total),
        }).ToList();
        Table(output, console, TotalColumns, totals);
        var actions = report.SuggestedActions();
        var atRisk = report.Suppliers.Sum(s => s.ItcAtRisk.Total);
        output.WriteLine(actions.IsEmpty
            ? "No IMS action to send."
            : $"{actions.Length} IMS action(s) to send: " + string.Join(", ", actions.GroupBy(a => a.Action).OrderBy(g => g.Key).Select(g => $"{ReconcileVocabulary.Of(g.Key)} {g.Count()}")) + ".");
        var information = report.Lines.Count(l => l.Suggestion?.Kind == SuggestionKind.ForInformation);
        if (information > 0)
        {
            output.WriteLine($"{information} record(s) already in a filed GSTR-3B: for information only, no action.");
        }

        output.WriteLine($"ITC at risk (tax in the books not available in IMS): {Money(atRisk)}.");

        output.WriteLine();
        output.WriteLine($"Suppliers ({report.Suppliers.Length}), the most ITC at risk first");
        var suppliers = report.Suppliers.Select(s => (string[])
        [
            s.Gstin?.ToString() ?? "-", s.Name ?? "-", Money(s.ItcAtRisk.Total), Money(s.PendingTax.Total), Money(s.RejectedTax.Total),
            .. s.Totals.Select(t => t.Count.ToString(CultureInfo.InvariantCulture)),
        ]).ToList();
        Table(output, console, SupplierColumns, suppliers);

        foreach (var status in SectionOrder)
        {
            var lines = report.Lines.Where(l => l.Status == status).ToList();
            output.WriteLine();
            output.WriteLine($"{ReconcileVocabulary.Title(status)} ({lines.Count})");
            if (lines.Count == 0)
            {
                continue;
            }

            var rows = lines.Select(Row).ToList();
            var details = lines.Select(Details).ToList();
            if (console is not null)
            {
                var table = new Table().AddColumns([.. Columns.Select(c => new TableColumn(c).NoWrap())]);
                rows.ForEach(row => table.AddRow([.. row.Select(Markup.Escape)]));
                console.Write(table);
                for (var i = 0; i < rows.Count; i++)
                {
                    output.WriteLine($"  {rows[i][0]} / {rows[i][1]}:");
                    details[i].ForEach(detail => output.WriteLine("      " + detail));
                }
            }
            else
            {
                Plain(output, Columns, rows, details);
            }
        }

        if (!report.Findings.IsEmpty)
        {
            output.WriteLine();
        }

        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding.ToString());
        }
    }

    private static void Table(TextWriter output, IAnsiConsole? console, string[] columns, List<string[]> rows)
    {
        if (console is not null)
        {
            var table = new Table().AddColumns(columns);
            rows.ForEach(row => table.AddRow([.. row.Select(Markup.Escape)]));
            console.Write(table);
        }
        else
        {
            Plain(output, columns, rows, null);
        }
    }

    private static string[] Row(ReconciliationLine line) =>
    [
        line.Book?.Id ?? "-",
        line.Ims?.Id ?? "-",
        (line.Ims?.SupplierGstin ?? line.Book?.SupplierGstin)?.ToString() ?? "-",
        line.Ims?.Number ?? line.Book!.Number,
        IsoTime.Format(line.Ims?.Date ?? line.Book!.Date),
        line.Book is { } book ? Money(book.Tax.Total) : "-",
        line.Ims is { } ims ? Money(ims.Tax.Total) : "-",
        line.Rule is { } rule ? ReconcileVocabulary.Of(rule) : line.Ineligibility is { } reason ? ReconcileVocabulary.Of(reason) : "-",
        line.Suggestion is { } suggestion ? ReconcileVocabulary.Of(suggestion.Kind) : "-",
    ];

    private static List<string> Details(ReconciliationLine line)
    {
        var details = new List<string>();
        if (!line.Differences.IsEmpty)
        {
            details.Add("differences: " + string.Join("; ", line.Differences.Select(d => d.WithinTolerance ? d + " (tolerated)" : d.ToString())));
        }

        if (line.Suggestion is { } suggestion)
        {
            details.Add(suggestion.Reason);
            if (suggestion.Effect is { } effect)
            {
                details.Add("effect: " + effect.Summary);
                details.AddRange(effect.Findings.Select(f => "engine: " + f));
            }
        }

        return details;
    }

    private static void Plain(TextWriter output, string[] header, List<string[]> rows, List<List<string>>? details)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine("  " + Join(header, widths));
        for (var i = 0; i < rows.Count; i++)
        {
            output.WriteLine("  " + Join(rows[i], widths));
            foreach (var detail in details?[i] ?? [])
            {
                output.WriteLine("      " + detail);
            }
        }
    }

    private static string Join(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
