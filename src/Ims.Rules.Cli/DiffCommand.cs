using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary><c>diff EXPECTED RESULT [--match id|document]</c>: compares two ims-2b/1 results document by document.</summary>
internal static class DiffCommand
{
    private const string ById = "id";
    private const string ByDocument = "document";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var expected = new Argument<string>("EXPECTED") { Description = "The expected ims-2b/1 result." };
        var actual = new Argument<string>("RESULT") { Description = "The ims-2b/1 result to check." };
        var match = new Option<string?>("--match")
        {
            Description = "How documents are paired: id (by record id) or document (by supplier GSTIN, number and section family). "
                + "Default: document when the results share no record id, else id.",
            HelpName = "id|document",
        };
        match.AcceptOnlyFromAmong(ById, ByDocument);
        var format = Views.OutputFormat.Create(
            "text (default, also when redirected): one line per difference; json: ims-diff/1 with how documents were matched, whether the results agree, and the differences.",
            "text", Views.OutputFormat.Json);
        var batch = Batch.Option("EXPECTED and RESULT");
        var command = new Command("diff", """
            Compares two ims-2b/1 results. With --match id (results of the same case): the header, each document's bucket,
            section, reverse charge, reason and ITC, documents present on one side only, the summary, the carry-forward and
            the supplier effects. With --match document (a portal download converted with 'convert --from gstn-2b' against
            a computed statement): documents are paired by supplier GSTIN, number (ignoring case and white space) and
            section family (invoice, note, ISD, import), and the gstin, period, status and each pair's bucket, section,
            reverse charge, reason and ITC are compared, with the documents left unpaired on either side.
            The report says how documents were matched. Exits with 0 when they agree, 1 when they differ, 2 when a file
            cannot be read (or, with --match document, has documents without a number).

            Example:
              ims-rules diff docs/examples/monthly-trader.2025-10.expected.json result.json
              ims-rules convert --from gstn-2b gstr2b-102025.json > portal.json
              ims-rules diff portal.json computed.json --match document
              ims-rules diff expected.json result.json --format json
              ims-rules diff expected/ results/ --batch > differences.jsonl
            """)
        {
            expected, actual, match, format, batch,
        };
        command.SetAction(parse => parse.GetValue(batch) ? Batch.RunPairs(parse, expected, actual, output, errors) : Execute(parse.GetValue(expected)!, parse.GetValue(actual)!, parse.GetValue(match), parse.GetValue(format) == Views.OutputFormat.Json, output, errors));
        return command;
    }

    private static int Execute(string expectedPath, string actualPath, string? match, bool json, TextWriter output, TextWriter errors)
    {
        var expected = Read(expectedPath, errors);
        var actual = Read(actualPath, errors);
        if (expected is null || actual is null)
        {
            return ExitCodes.BadInput;
        }

        var mode = match switch
        {
            ById => MatchMode.Id,
            ByDocument => MatchMode.Document,
            _ => SharesNoId(expected, actual) ? MatchMode.Document : MatchMode.Id,
        };
        if (mode == MatchMode.Document)
        {
            var expectedPairable = CanPair(expected, expectedPath, errors);
            var actualPairable = CanPair(actual, actualPath, errors);
            if (!expectedPairable || !actualPairable)
            {
                return ExitCodes.BadInput;
            }
        }

        var how = Describe(mode, match is null);
        var differences = mode == MatchMode.Id ? StatementDiff.Compare(expected, actual) : DocumentDiff.Compare(expected, actual);
        if (json)
        {
            WriteJson(expectedPath, actualPath, mode, how, differences.Select(d => d.ToString() ?? string.Empty), output);
            return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }

        if (differences.Count == 0)
        {
            var count = expected.Documents.Length == 1 ? "1 document" : $"{expected.Documents.Length} documents";
            output.WriteLine($"The results agree ({count}, period {expected.Period}).");
            output.WriteLine(how);
            return ExitCodes.Ok;
        }

        output.WriteLine($"--- {expectedPath} (expected)");
        output.WriteLine($"+++ {actualPath}");
        output.WriteLine(how);
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine(differences.Count == 1 ? "1 difference." : $"{differences.Count} differences.");
        return ExitCodes.Findings;
    }

    private static void WriteJson(string expectedPath, string actualPath, MatchMode mode, string how, IEnumerable<string> differences, TextWriter output)
    {
        using (var stream = new TextWriterStream(output))
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, Views.JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteString("format", "ims-diff/1");
            json.WriteString("expected", expectedPath);
            json.WriteString("result", actualPath);
            json.WriteString("match", mode == MatchMode.Id ? ById : ByDocument);
            json.WriteString("matchedBy", how);
            var list = differences.ToList();
            json.WriteBoolean("agree", list.Count == 0);
            json.WriteStartArray("differences");
            list.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    /// <summary>Whether the results have documents but no record id in common: a portal download against a computed statement.</summary>
    private static bool SharesNoId(Gstr2bStatement expected, Gstr2bStatement actual)
    {
        var ids = expected.Documents.Select(d => d.RecordId).ToHashSet(System.StringComparer.Ordinal);
        return ids.Count + actual.Documents.Length > 0 && !actual.Documents.Any(d => ids.Contains(d.RecordId));
    }

    /// <summary>Whether every document has a number to be paired by; if not, says so.</summary>
    private static bool CanPair(Gstr2bStatement statement, string path, TextWriter errors)
    {
        var unnumbered = statement.Documents.FirstOrDefault(d => d.Number.Length == 0);
        if (unnumbered is null)
        {
            return true;
        }

        errors.WriteLine($"ims-rules: {path}: document {unnumbered.RecordId} has no number, so documents cannot be paired by supplier and number; "
            + "recompute or reconvert the result (results before supplierGstin, number and date were added lack them), or use --match id.");
        return false;
    }

    private static string Describe(MatchMode mode, bool byDefault) => (mode, byDefault) switch
    {
        (MatchMode.Id, true) => "Documents matched by record id (--match id, the default: the results share record ids).",
        (MatchMode.Id, false) => "Documents matched by record id (--match id).",
        (MatchMode.Document, true) => "Documents matched by supplier GSTIN, number and section family (--match document, the default: the results share no record id).",
        (MatchMode.Document, false) => "Documents matched by supplier GSTIN, number and section family (--match document).",
    };

    private static Gstr2bStatement? Read(string path, TextWriter errors)
    {
        using var stream = InputFile.Open(path, errors);
        if (stream is null)
        {
            return null;
        }

        return ResultReader.Read(stream).Match<Gstr2bStatement?>((statement, _) => statement, findings =>
        {
            CaseFile.Print(errors, path, findings);
            return null;
        });
    }
}
