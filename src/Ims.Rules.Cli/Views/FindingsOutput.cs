using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Ims.Rules.Cli.Views;

/// <summary>The findings of <c>validate</c> in each of its formats.</summary>
internal static class FindingsOutput
{
    public static void Write(string path, IReadOnlyList<Finding> findings, string format, int? maxFindings, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(path, findings, output);
                break;
            case OutputFormat.Table or OutputFormat.Markdown or OutputFormat.Csv:
                var list = FindingsView.List(findings, maxFindings ?? FindingsView.DefaultMax);
                var blocks = new List<Block> { new Paragraph(path) };
                blocks.AddRange(FindingsView.Blocks(findings, maxFindings ?? FindingsView.DefaultMax));
                Renderer.Render(new View(blocks, list with { Limit = int.MaxValue }), format, output);
                break;
            default:
                WriteLines(path, findings, maxFindings, output);
                break;
        }
    }

    /// <summary>One finding per line as <c>FILE: SEVERITY CODE [RECORD]: message</c>; with a limit, a last line saying how many more there are.</summary>
    public static void WriteLines(string path, IReadOnlyList<Finding> findings, int? maxFindings, TextWriter output)
    {
        var shown = maxFindings ?? int.MaxValue;
        CaseFile.Print(output, path, findings.Take(shown));
        if (findings.Count == 0)
        {
            output.WriteLine($"{path}: no findings.");
        }
        else if (findings.Count > shown)
        {
            output.WriteLine($"{path}: … {findings.Count - shown} more finding(s); {FindingsView.Count(findings)}. Use --format json for all of them.");
        }
    }

    /// <summary>
    /// Findings one per line as <see cref="WriteLines"/> does; when they are more than <paramref name="maxFindings"/>,
    /// first one line per code (<c>FILE: 1,234 × WARNING CODE — what to do</c>) so that the summary comes before the list.
    /// </summary>
    public static void WriteSummarisedLines(string path, IReadOnlyList<Finding> findings, int maxFindings, TextWriter output)
    {
        if (findings.Count > maxFindings)
        {
            output.WriteLine($"{path}: {FindingsView.Count(findings)}; by code:");
            foreach (var group in FindingsView.Summary(findings))
            {
                var remedy = FindingGuide.RemedyOf(group.Code);
                output.WriteLine($"{path}:   {Cells.Readable(group.Count)} × {group.Severity.ToString().ToUpperInvariant()} {group.Code}{(remedy.Length == 0 ? string.Empty : " — " + remedy)}");
            }
        }

        CaseFile.Print(output, path, findings.Take(maxFindings));
        if (findings.Count > maxFindings)
        {
            output.WriteLine($"{path}: … {findings.Count - maxFindings} more finding(s). Use --format json for all of them.");
        }
    }

    private static void WriteJson(string path, IReadOnlyList<Finding> findings, TextWriter output)
    {
        using (var stream = new TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteString("format", "ims-findings/1");
            json.WriteString("file", path);
            json.WriteStartArray("summary");
            foreach (var group in FindingsView.Summary(findings))
            {
                json.WriteStartObject();
                json.WriteString("code", group.Code);
                json.WriteString("severity", FindingsView.Severity(group.Severity));
                json.WriteNumber("count", group.Count);
                json.WriteString("remedy", FindingGuide.RemedyOf(group.Code));
                json.WritePropertyName("example");
                WriteFinding(json, group.Example);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("code", finding.Code);
        json.WriteString("severity", FindingsView.Severity(finding.Severity));
        if (finding.RecordId is null)
        {
            json.WriteNull("record");
        }
        else
        {
            json.WriteString("record", finding.RecordId);
        }

        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }
}
