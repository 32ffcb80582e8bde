using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary>The life of one record in words, built only from the engine's public API.</summary>
internal sealed class RecordExplanation(CaseFile loaded, InwardRecord record, IReadOnlyList<Gstr2bStatement> statements)
{
    private ImsEngine Engine => loaded.Engine;

    private ImsCalendar Calendar => Engine.Calendar;

    public void WriteTo(TextWriter output)
    {
        WriteFacts(output);
        WritePlacement(output);
        WriteActions(output);
        WriteStatements(output);
        WriteFindings(output);
    }

    /// <summary>The record's place in each statement and the findings that name it, as <c>ims-explain/1</c> JSON.</summary>
    /// <param name="output">Where.</param>
    public void WriteJson(TextWriter output)
    {
        using (var stream = new TextWriterStream(output))
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, Views.JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteString("format", "ims-explain/1");
            json.WriteString("record", record.Id);
            json.WriteString("kind", Words.Of(record.Kind));
            json.WriteString("number", record.Number);
            json.WriteString("date", IsoTime.Format(record.Date));
            json.WriteString("supplierGstin", record.SupplierGstin?.ToString());
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                var document = statement.Documents.FirstOrDefault(d => d.RecordId == record.Id);
                var carried = statement.CarryForward.FirstOrDefault(c => c.RecordId == record.Id);
                if (document is null && carried is null)
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("period", statement.Period.ToString());
                json.WriteString("asOf", IsoTime.Format(statement.AsOf));
                if (document is not null)
                {
                    json.WriteString("bucket", Words.Of(document.Bucket));
                    json.WriteString("section", SectionNames.Of(document.Section));
                    json.WriteString("since", document.Since.ToString());
                    json.WriteString("action", Words.Of(document.Action));
                    json.WriteStartObject("itc");
                    json.WriteAmount("igst", document.Itc.Igst);
                    json.WriteAmount("cgst", document.Itc.Cgst);
                    json.WriteAmount("sgst", document.Itc.Sgst);
                    json.WriteAmount("cess", document.Itc.Cess);
                    json.WriteEndObject();
                    json.WriteStartArray("rules");
                    foreach (var rule in document.Rules)
                    {
                        json.WriteStringValue(rule);
                    }

                    json.WriteEndArray();
                    json.WriteString("sentence", Sentences.Placement(document) + "; " + Sentences.Effect(document));
                }
                else
                {
                    json.WriteString("carriedForwardSince", carried!.Since.ToString());
                    json.WriteString("pendingUntil", carried.PendingUntil is { } until ? IsoTime.Format(until) : null);
                    json.WriteString("timeBarredAfter", carried.TimeBarredAfter is { } barred ? IsoTime.Format(barred) : null);
                    json.WriteString("sentence", Sentences.Carried(carried));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in Findings())
            {
                json.WriteStartObject();
                json.WriteString("code", finding.Code);
                json.WriteString("severity", Views.FindingsView.Severity(finding.Severity));
                json.WriteString("record", finding.RecordId);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private void WriteFacts(TextWriter output)
    {
        output.WriteLine($"Record {record.Id}: {Words.Of(record.Kind)} {Quoted(record.Number)}dated {IsoTime.Format(record.Date)}");
        var supplier = record.SupplierGstin is { } gstin ? "supplier " + gstin : "no supplier GSTIN";
        var supplierPeriod = record.SupplierPeriod is { } period ? ", supplier period " + period : string.Empty;
        var frequency = record.SupplierFrequency == ReturnFrequency.Quarterly ? " (quarterly supplier)" : string.Empty;
        Line(output, "reported in", $"{Words.Of(record.Form)}{frequency}, {supplier}{supplierPeriod}");
        if (record.Amends is not null)
        {
            Line(output, "amends", record.Amends);
        }

        var flags = new List<string>();
        if (record.Eco)
        {
            flags.Add("e-commerce operator, section 9(5)");
        }

        if (record.Sez)
        {
            flags.Add("goods from an SEZ");
        }

        if (record.ReverseCharge)
        {
            flags.Add("reverse charge");
        }

        if (record.InvoiceType != InvoiceType.Regular)
        {
            flags.Add("invoice type " + record.InvoiceType);
        }

        if (!record.ItcEligible)
        {
            flags.Add("ISD marked it ineligible");
        }

        if (flags.Count > 0)
        {
            Line(output, "flags", string.Join("; ", flags));
        }

        Line(output, "tax", string.Create(CultureInfo.InvariantCulture, $"{record.Tax} on a taxable value of {record.TaxableValue:0.00}"));
        if (record.PlaceOfSupply is { } pos)
        {
            Line(output, "place of supply", $"{pos} ({pos.Name})");
        }

        if (record.ReferenceDate is { } reference)
        {
            Line(output, "ICEGATE", $"reference date {IsoTime.Format(reference)}, port {record.PortCode ?? "not given"}");
        }

        if (record.Form == SupplierForm.Icegate)
        {
            Line(output, "received", (record.SavedAt is { } received ? IsoTime.Format(received) : "not given") + " from ICEGATE (a bill of entry needs no filing)");
            return;
        }

        Line(output, "saved", record.SavedAt is { } saved ? IsoTime.Format(saved) : "not given");
        foreach (var revised in (record.RevisedAt.IsDefault ? [] : record.RevisedAt).Order())
        {
            Line(output, "revised", IsoTime.Format(revised) + " (earlier actions reset, R18)");
        }

        Line(output, "filed", record.FiledAt is { } filed ? IsoTime.Format(filed) : "not filed: visible in IMS, in no statement (R9)");
    }

    private void WritePlacement(TextWriter output)
    {
        var decision = Engine.Decide(record.Id)!;
        Line(output, "route", $"{Words.Of(decision.Route)} ({string.Join(", ", decision.RouteRules)})");
        if (decision.Period is not { } statementPeriod || Calendar.NaturalMonth(record) is not { } month)
        {
            Line(output, "natural period", "none (the record cannot be placed)");
            return;
        }

        var ruleSet = decision.RuleSet switch
        {
            RuleSet.PreIms => "before IMS",
            RuleSet.Ims2024 => "IMS from Oct-2024",
            _ => "IMS from Oct-2025",
        };
        Line(output, "natural period", $"{ReturnPeriod.Month(month)}: statement {statementPeriod}, rules {ruleSet} ({decision.WindowRule}, R28)");
        Line(output, "generated", IsoTime.Format(Calendar.GenerationInstant(statementPeriod)) + " (R28)");
        var returnPeriod = Calendar.ReturnPeriodOf(month);
        var filed = Calendar.Gstr3bFiledAt(returnPeriod) is { } at ? "filed " + IsoTime.Format(at) : "not filed";
        Line(output, "GSTR-3B " + returnPeriod, $"due {IsoTime.Format(Calendar.Gstr3bDueDate(returnPeriod))}, {filed}");
        if (decision.TimeLimit is { } limit)
        {
            Line(output, "section 16(4)", "ITC must be availed by " + IsoTime.Format(limit) + " (R35)");
        }

        if ((record.SavedAt ?? record.FiledAt) is { } visible && Engine.Decide(record.Id, visible)!.Pending is { } allowance)
        {
            Line(output, "Pending", (allowance.Allowed ? "allowed" : "not allowed") + " when it appeared: " + allowance.Reason);
        }
    }

    private void WriteActions(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Actions, in time order:");
        var actions = Engine.Case.Actions.Where(a => a.RecordId == record.Id).OrderBy(a => a.At).ToList();
        if (actions.Count == 0)
        {
            output.WriteLine("  none: No action, deemed accepted when a statement is generated (R11)");
        }

        foreach (var action in actions)
        {
            var reduction = action.ItcReduction is { } declared ? ", " + Words.Of(declared) : string.Empty;
            var remark = action.Remark is null ? string.Empty : $", remark \"{action.Remark}\"";
            output.WriteLine($"  {IsoTime.Format(action.At)}  {Words.Of(action.Action)}{reduction}{remark}");
        }
    }

    private void WriteStatements(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Statements:");
        var shown = 0;
        foreach (var statement in statements)
        {
            var heading = $"  {statement.Period} (as of {IsoTime.Format(statement.AsOf)}): ";
            if (statement.Documents.FirstOrDefault(d => d.RecordId == record.Id) is { } document)
            {
                output.WriteLine(heading + Sentences.Placement(document));
                output.WriteLine("      " + Sentences.Effect(document));
                shown++;
            }
            else if (statement.CarryForward.FirstOrDefault(c => c.RecordId == record.Id) is { } carried)
            {
                output.WriteLine(heading + Sentences.Carried(carried));
                shown++;
            }
        }

        if (shown == 0)
        {
            var range = statements.Count == 0 ? "the range" : $"{statements[0].Period} to {statements[^1].Period}";
            output.WriteLine($"  in no statement of {range}");
        }
    }

    private void WriteFindings(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Findings:");
        var findings = Findings();
        if (findings.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var finding in findings)
        {
            output.WriteLine("  " + finding);
        }
    }

    private List<Finding> Findings() => loaded.ReadFindings
        .Concat(Engine.CaseFindings)
        .Concat(statements.SelectMany(s => s.Findings))
        .Where(f => f.RecordId == record.Id)
        .Distinct()
        .ToList();

    /// <summary>Whether any finding naming the record is an error.</summary>
    public bool HasErrors => Engine.CaseFindings.Concat(statements.SelectMany(s => s.Findings))
        .Any(f => f.RecordId == record.Id && f.Severity == Severity.Error);

    private static string Quoted(string number) => number.Length == 0 ? string.Empty : number + " ";

    private static void Line(TextWriter output, string label, string text) => output.WriteLine($"  {label + ":",-18} {text}");
}
