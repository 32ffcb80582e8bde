using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Ims.Rules.Cli.Views;
using Ims.Rules.Json;

namespace Ims.Rules.Cli.Report;

/// <summary>
/// The statements of a range as one self-contained HTML page: no script, style, font or image is
/// fetched (the charts are SVG inside the page, and its content security policy forbids the
/// network). Everything in it is an aggregate except the documents table, which holds at most
/// <see cref="ReportOptions.MaxDocuments"/> rows, so a million-record case gives a page a browser opens.
/// </summary>
internal sealed class HtmlReport(CaseFile loaded, IReadOnlyList<Gstr2bStatement> statements, ReportOptions options)
{
    private readonly Dictionary<string, InwardRecord> _records = loaded.Engine.Case.Records
        .GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public void Write(TextWriter html)
    {
        var gstin = statements.Count > 0 ? statements[0].Gstin.ToString() : loaded.Engine.Case.Recipient.Gstin.ToString();
        var range = statements.Count > 0 ? $"{statements[0].Period} to {statements[^1].Period}" : "no statement";
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        html.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.WriteLine($"<title>GSTR-2B report: {E(gstin)}, {E(range)}</title>");
        html.WriteLine("<style>" + Style + "</style></head><body>");
        html.WriteLine($"<header><h1>GSTR-2B report</h1><p>Recipient <strong id=\"recipient\">{E(gstin)}</strong>, statements <strong id=\"range\">{E(range)}</strong>, " +
            $"from <code>{E(Path.GetFileName(loaded.Path))}</code> ({Cells.Readable(loaded.Engine.Case.Records.Length)} records). Computed by ims-rules; each statement as generated, or as frozen by its GSTR-3B.</p></header>");
        html.WriteLine("<nav><a href=\"#statements\">Statements</a> <a href=\"#suppliers\">Suppliers</a> <a href=\"#pending\">Pending</a> <a href=\"#findings\">Findings</a> <a href=\"#documents\">Documents</a></nav>");

        Section(html, "statements", "Statements", "The recipient's statements, each at the moment it stands for (as of), with its ITC by bucket.");
        html.WriteLine(Chart("chart-buckets", "ITC by bucket per period", ReportCharts.GroupedBars(
            "ITC by bucket per period",
            [.. statements.Select(s => s.Period.ToString())],
            [
                ("ITC available", ReportCharts.Available, [.. statements.Select(s => s.Summary.ItcAvailable.Total)]),
                ("ITC not available", ReportCharts.NotAvailable, [.. statements.Select(s => s.Summary.ItcNotAvailable.Total)]),
                ("Tax of rejected documents", ReportCharts.Rejected, [.. statements.Select(s => s.Documents.Where(d => d.Bucket == Bucket.ItcRejected).Sum(d => d.Tax.Total))]),
            ])));
        Table(html, "statement-table", TimelineView.Periods(statements, int.MaxValue));
        html.WriteLine("</section>");

        WriteSuppliers(html);
        WritePending(html);
        WriteFindings(html);
        WriteDocuments(html);
        html.WriteLine("<script>" + Script + "</script></body></html>");
    }

    private void WriteSuppliers(TextWriter html)
    {
        var bySupplier = statements.SelectMany(s => s.Documents)
            .Where(d => d.Bucket == Bucket.ItcAvailable)
            .GroupBy(d => d.SupplierGstin?.ToString() ?? "Imports (no supplier GSTIN)", StringComparer.Ordinal)
            .Select(g => (Supplier: g.Key, Documents: g.Count(), Itc: g.Sum(d => d.Itc.Total)))
            .OrderByDescending(s => s.Itc).ThenBy(s => s.Supplier, StringComparer.Ordinal)
            .ToList();
        var top = bySupplier.Take(options.TopSuppliers).ToList();
        var rest = bySupplier.Skip(options.TopSuppliers).ToList();
        var total = bySupplier.Sum(s => s.Itc);
        var restItc = rest.Sum(r => r.Itc);
        var share = total == 0 ? string.Empty : $" ({Math.Round(100 * restItc / total, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}% of the ITC available)";
        Section(html, "suppliers", "ITC by supplier",
            $"ITC available over the whole range: the {Cells.Readable(top.Count)} largest suppliers drawn one by one" +
            (rest.Count == 0 ? "." : $"; the other {Cells.Readable(rest.Count)} suppliers together, {Cells.Readable(restItc)}{share}, are the last row of the table."));
        if (top.Count > 0)
        {
            html.WriteLine(Chart("chart-suppliers", "ITC by supplier", ReportCharts.HorizontalBars("ITC available by supplier", [.. top.Select(t => t.Supplier)], [.. top.Select(t => t.Itc)], "rupees", money: true)));
        }

        if (rest.Count > 0)
        {
            top.Add(($"The other {Cells.Readable(rest.Count)} suppliers", rest.Sum(r => r.Documents), restItc));
        }

        Table(html, "supplier-table", new Sheet(
            "ITC by supplier",
            [new("Supplier"), new("Documents", true), new("ITC available", true)],
            top.Select(t => new object?[] { t.Supplier, t.Documents, t.Itc }),
            top.Count));
        html.WriteLine("</section>");
    }

    private void WritePending(TextWriter html)
    {
        var last = statements.Count > 0 ? statements[^1] : null;
        var asOf = last is null ? default : IndianDate(last);
        var entries = (last?.CarryForward ?? [])
            .OrderBy(e => StatementView.Deadline(e) ?? NodaTime.LocalDate.MaxIsoValue).ThenBy(e => e.RecordId, StringComparer.Ordinal)
            .ToList();
        Section(html, "pending", "Pending and awaiting records",
            last is null
                ? "No statement."
                : $"Records carried forward after the {last.Period} statement (as of {IsoTime.Format(last.AsOf)}): Pending, or an amendment awaiting its original's action and GSTR-3B (R43); the one closest to its deadline first. Age is in days from the document date.");
        var ages = entries.Select(e => _records.GetValueOrDefault(e.RecordId) is { } r ? NodaTime.Period.Between(r.Date, asOf, NodaTime.PeriodUnits.Days).Days : (int?)null).ToList();
        (string Name, int From, int To)[] bands = [("0–30 days", int.MinValue, 30), ("31–90 days", 31, 90), ("91–180 days", 91, 180), ("181–365 days", 181, 365), ("over a year", 366, int.MaxValue)];
        if (entries.Count > 0)
        {
            Table(html, "ageing-table", new Sheet(
                "Ageing",
                [new("Age from the document date"), new("Records", true), new("Closest deadline")],
                bands.Select(band =>
                {
                    var inBand = entries.Where((_, i) => ages[i] is { } age && age >= band.From && age <= band.To).ToList();
                    var closest = inBand.Select(StatementView.Deadline).Where(d => d is not null).Min();
                    return new object?[] { band.Name, inBand.Count, closest is { } c ? IsoTime.Format(c) : "-" };
                }),
                bands.Length));
        }

        Table(html, "pending-table", new Sheet(
            "Pending",
            [new("Record"), new("Reason"), new("Supplier"), new("Number"), new("Date"), new("Age (days)", true), new("Since"), new("Pending allowed until"), new("Time-barred after"), new("Days left", true), new("Remark", Prose: true)],
            entries.Select(e =>
            {
                var record = _records.GetValueOrDefault(e.RecordId);
                var deadline = StatementView.Deadline(e);
                return new object?[]
                {
                    e.RecordId, Words.Of(e.Reason), record?.SupplierGstin?.ToString() ?? string.Empty, record?.Number ?? string.Empty,
                    record is null ? string.Empty : IsoTime.Format(record.Date),
                    record is null ? null : NodaTime.Period.Between(record.Date, asOf, NodaTime.PeriodUnits.Days).Days,
                    e.Since.ToString(), e.PendingUntil is { } until ? IsoTime.Format(until) : "-", e.TimeBarredAfter is { } barred ? IsoTime.Format(barred) : "-",
                    deadline is { } d ? NodaTime.Period.Between(asOf, d, NodaTime.PeriodUnits.Days).Days : null, e.Remark ?? string.Empty,
                };
            }),
            entries.Count,
            options.MaxDocuments));
        html.WriteLine("</section>");
    }

    private void WriteFindings(TextWriter html)
    {
        var findings = loaded.ReadFindings.Concat(statements.SelectMany(s => s.Findings)).Distinct().ToList();
        var groups = FindingsView.Summary(findings);
        Section(html, "findings", "Findings by code", FindingsView.Count(findings) + ". What to do comes from docs/findings.md.");
        if (groups.Count > 0)
        {
            html.WriteLine(Chart("chart-findings", "Findings by code", ReportCharts.HorizontalBars("Findings by code", [.. groups.Select(g => g.Code)], [.. groups.Select(g => (decimal)g.Count)], "findings", money: false)));
        }

        Table(html, "finding-table", FindingsView.BySummary(findings));
        html.WriteLine("</section>");
    }

    private void WriteDocuments(TextWriter html)
    {
        var rows = statements.SelectMany(s => s.Documents.Select(d => (Statement: s, Document: d)));
        var count = statements.Sum(s => s.Documents.Length);
        var sheet = new Sheet(
            "Documents",
            [new("Period"), new("Record"), new("Section"), new("Supplier"), new("Number"), new("Date"), new("Bucket"), new("ITC", true), new("Action"), new("Rules"), new("Explanation", Prose: true)],
            rows.Select(r => new object?[]
            {
                r.Statement.Period.ToString(), r.Document.RecordId, SectionNames.Of(r.Document.Section), r.Document.SupplierGstin?.ToString() ?? string.Empty,
                r.Document.Number, IsoTime.Format(r.Document.Date), Words.Of(r.Document.Bucket), r.Document.Itc.Total, Words.Of(r.Document.Action),
                string.Join(' ', r.Document.Rules), Sentences.Placement(r.Document) + "; " + Sentences.Effect(r.Document),
            }),
            count,
            options.MaxDocuments);
        Section(html, "documents", "Documents", $"Every document of the range with the rules that placed it and the sentence ims-rules explain gives for it ({Cells.Readable(count)} in all).");
        html.WriteLine($"<p class=\"search\"><label for=\"search\">Search</label> <input id=\"search\" type=\"search\" placeholder=\"supplier, number, record, bucket, rule…\" autocomplete=\"off\"> <span id=\"shown\">{Math.Min(count, options.MaxDocuments)}</span> shown</p>");
        Table(html, "document-table", sheet);
        html.WriteLine("</section>");
    }

    private static void Section(TextWriter html, string id, string title, string text) =>
        html.WriteLine($"<section id=\"{id}\"><h2>{E(title)}</h2><p>{E(text)}</p>");

    private static string Chart(string id, string title, string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(start > 0 ? svg[start..] : svg));
        return $"<figure class=\"chart\"><img id=\"{id}\" alt=\"{E(title)}\" src=\"data:image/svg+xml;base64,{data}\"></figure>";
    }

    private static void Table(TextWriter html, string id, Sheet sheet)
    {
        if (sheet.Count == 0)
        {
            html.WriteLine($"<p id=\"{id}\" class=\"none\">None.</p>");
            return;
        }

        html.Write($"<div class=\"scroll\"><table id=\"{id}\"><thead><tr>");
        foreach (var column in sheet.Columns)
        {
            html.Write(column.Numeric ? "<th class=\"num\">" : "<th>");
            html.Write(E(column.Name));
            html.Write("</th>");
        }

        html.WriteLine("</tr></thead><tbody>");
        foreach (var row in sheet.Rows.Take(sheet.Limit))
        {
            html.Write("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Write(sheet.Columns[i] switch { { Numeric: true } => "<td class=\"num\">", { Prose: true } => "<td class=\"prose\">", _ => "<td>" });
                html.Write(E(Cells.Readable(row[i])));
                html.Write("</td>");
            }

            html.WriteLine("</tr>");
        }

        html.WriteLine("</tbody></table></div>");
        if (sheet.Count > sheet.Limit)
        {
            html.WriteLine($"<p class=\"more\">{Cells.Readable(sheet.Count - sheet.Limit)} more rows are not in this page: <code>ims-rules compute CASE --period P --format csv</code> lists every document of a statement.</p>");
        }
    }

    private static NodaTime.LocalDate IndianDate(Gstr2bStatement statement) => Ims.Rules.IndianTime.DateOf(statement.AsOf);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:0 16px 48px;color:#1f2933;background:#fff}
        header{border-bottom:2px solid #1565c0;margin-bottom:8px}h1{margin:16px 0 4px;font-size:26px}h2{margin:28px 0 6px;font-size:20px;color:#0d47a1}
        nav a{margin-right:14px;color:#1565c0}figure.chart{margin:8px 0}figure.chart img{max-width:100%;height:auto;border:1px solid #e3e8ee}
        .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:13px;margin:6px 0}th,td{border-bottom:1px solid #e3e8ee;padding:4px 8px;text-align:left;vertical-align:top;white-space:nowrap}td.prose{white-space:normal}
        th{background:#f1f5f9;position:sticky;top:0}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        #document-table td:last-child{min-width:240px}.search input{font-size:15px;padding:4px 8px;width:320px}.more,.none{color:#52606d}
        """;

    private const string Script = """
        (function () {
          var input = document.getElementById('search');
          var table = document.getElementById('document-table');
          if (!input || !table) { return; }
          var rows = Array.prototype.slice.call(table.tBodies[0].rows);
          input.addEventListener('input', function () {
            var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
            var shown = 0;
            rows.forEach(function (row) {
              var text = row.textContent.toLowerCase();
              var match = words.every(function (w) { return text.indexOf(w) >= 0; });
              row.hidden = !match;
              if (match) { shown++; }
            });
            document.getElementById('shown').textContent = shown;
          });
        })();
        """;
}

/// <summary>How much the report shows.</summary>
/// <param name="TopSuppliers">Suppliers drawn one by one; the rest are one bar.</param>
/// <param name="MaxDocuments">Rows of the documents and Pending tables.</param>
internal sealed record ReportOptions(int TopSuppliers, int MaxDocuments);
