using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;

namespace Ims.Rules.Cli;

/// <summary><c>validate CASE [--format text|table|json|csv|markdown] [--max-findings N]</c>: every finding about a case.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var format = OutputFormat.Create(
            "text: one finding per line, FILE: SEVERITY CODE [RECORD]: message; table: the findings summarised by code and severity " +
            "(count, one example, what to do from docs/findings.md), then the list; markdown: the same in Markdown; " +
            "json: ims-findings/1 with the summary and every finding; csv: one row per finding. Default: table on a terminal, text when output is redirected.",
            "text", OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var limits = new LimitOptions();
        var batch = Batch.Option("CASE");
        var command = new Command("validate", """
            Checks a case file: the reader's findings, the engine's findings about the case, and the findings of
            every statement of the case's timeline, each once. On a terminal they are summarised by code first;
            redirected, they are printed one per line. Exits with 1 when any is an error.

            Example:
              ims-rules validate docs/examples/credit-notes-2025.json
              ims-rules validate year.json --format table --max-findings 5
              ims-rules validate year.json --format json > findings.json
              ims-rules validate cases/ --batch > findings.jsonl
            """)
        {
            caseFile, format, limits.MaxFindings, batch,
        };
        command.SetAction(parse => parse.GetValue(batch) ? Batch.Run(parse, caseFile, output, errors) : Execute(
            parse.GetValue(caseFile)!, OutputFormat.Resolve(parse.GetValue(format), output, "text"),
            parse.GetResult(limits.MaxFindings) is null ? null : System.Math.Max(0, parse.GetValue(limits.MaxFindings)), output, errors));
        return command;
    }

    private static int Execute(string path, string format, int? maxFindings, TextWriter output, TextWriter errors)
    {
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            if (!failure.IsEmpty)
            {
                FindingsOutput.Write(path, failure, format, maxFindings, output);
            }

            return ExitCodes.BadInput;
        }

        var findings = loaded.ReadFindings.Concat(loaded.Engine.CaseFindings).ToList();
        if (CaseRange.Of(loaded.Engine, null, null) is { } range)
        {
            var statements = Timeline.ComputeRange(loaded.Engine, range.From, range.To, errors);
            // "Not filed" answers the timeline's question (as filed), not something wrong with the case.
            findings.AddRange(statements.SelectMany(s => s.Findings).Where(f => f.Code != FindingCodes.StatementNotFiled));
        }

        var distinct = findings.Distinct().ToList();
        FindingsOutput.Write(path, distinct, format, maxFindings, output);

        return distinct.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
