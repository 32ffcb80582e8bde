using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;
using Ims.Rules.Json;
using Ims.Rules.Periods;

namespace Ims.Rules.Cli;

/// <summary><c>timeline CASE [--from P] [--to P] [--format json|table|csv|markdown] [--details]</c>: every statement of a range as an ims-2b-timeline/1 document or one row per period.</summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var from = Inputs.Period("--from", "The first period (default: the first record's period).");
        var to = Inputs.Period("--to", "The last period (default: the latest of the last record's period, the last GSTR-3B filed, and the statement after the last action).");
        var format = OutputFormat.Create(
            "json: the ims-2b-timeline/1 document; table: one row per period (status, moment, ITC available, not available, rejected, " +
            "net GSTR-3B ITC, carried forward, findings), then the findings by code; markdown: the same in Markdown; csv: one row per period. " +
            "Default: table on a terminal, json when output is redirected.",
            OutputFormat.Json, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Markdown);
        var details = new Option<bool>("--details") { Description = "table, markdown: after the periods, every statement in full as compute shows it." };
        var limits = new LimitOptions();
        var command = new Command("timeline", """
            Computes every statement of a range, each as generated (or as frozen by its GSTR-3B), with the
            Pending records carried from one to the next, and prints them as an ims-2b-timeline/1 document.

            Example:
              ims-rules timeline docs/examples/monthly-trader.json
              ims-rules timeline case.json --from 2025-04 --to 2026-03
              ims-rules timeline docs/examples/monthly-trader.json --format table --details
            """)
        {
            caseFile, from, to, format, details, limits.MaxRows, limits.MaxFindings,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(caseFile)!, parse.GetValue(from), parse.GetValue(to), OutputFormat.Resolve(parse.GetValue(format), output),
            limits.Of(parse), parse.GetValue(details), output, errors));
        return command;
    }

    private static int Execute(string path, ReturnPeriod? from, ReturnPeriod? to, string format, Limits limits, bool details, TextWriter output, TextWriter errors)
    {
        var json = format == OutputFormat.Json;
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            if (!failure.IsEmpty)
            {
                CaseFile.Print(errors, path, failure);
                if (json)
                {
                    output.WriteLine(TimelineWriter.ToJson([], failure));
                }
            }

            return ExitCodes.BadInput;
        }

        if (Timeline.Compute(loaded, from, to, errors) is not { } statements)
        {
            return ExitCodes.BadInput;
        }

        if (!json)
        {
            Renderer.Render(TimelineView.Of(statements, loaded.ReadFindings, limits, details), format, output);
            return statements.Any(ComputeCommand.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        using (var stream = new TextWriterStream(output))
        {
            Progress.Run(errors, "Writing", statements.Length, "statements", counter =>
            {
                TimelineWriter.Write(statements.Select(s => Counted(s, counter)), loaded.ReadFindings, stream);
                return true;
            });
        }

        output.WriteLine();
        return statements.Any(ComputeCommand.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static Ims.Rules.Statements.Gstr2bStatement Counted(Ims.Rules.Statements.Gstr2bStatement statement, Counter counter)
    {
        counter.Add(1);
        return statement;
    }
}
