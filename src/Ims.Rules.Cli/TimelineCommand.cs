using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary><c>timeline CASE [--from P] [--to P] [--as generated|filed|INSTANT | --at INSTANT] [--format json|table|csv|markdown] [--details]</c>: every statement of a range as an ims-2b-timeline/1 document or one row per period.</summary>
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
        var at = Inputs.At();
        var moment = Inputs.As(StatementMoment.Filed);
        var details = new Option<bool>("--details") { Description = "table, markdown: after the periods, every statement in full as compute shows it." };
        var limits = new LimitOptions();
        var command = new Command("timeline", """
            Computes every statement of a range at one moment, with the Pending records carried from one to the next, and
            prints them as an ims-2b-timeline/1 document. By default (--as filed) each statement is frozen at its period's
            GSTR-3B; a period whose GSTR-3B is unfiled is shown as generated and says so (its "moment" is generated, with
            the finding IMS-STATEMENT-NOT-FILED). --as generated: every portal draft; --as INSTANT or --at INSTANT: every
            statement as it stands then. Each statement is exactly what compute --as M --period P prints.

            Example:
              ims-rules timeline docs/examples/monthly-trader.json
              ims-rules timeline case.json --from 2025-04 --to 2026-03
              ims-rules timeline case.json --as generated
              ims-rules timeline docs/examples/monthly-trader.json --format table --details
            """)
        {
            caseFile, from, to, moment, at, format, details, limits.MaxRows, limits.MaxFindings,
        };
        command.SetAction(parse => Inputs.Moment(parse.GetValue(moment), parse.GetValue(at), StatementMoment.Filed, errors) is { } asked
            ? Execute(
                parse.GetValue(caseFile)!, parse.GetValue(from), parse.GetValue(to), asked, OutputFormat.Resolve(parse.GetValue(format), output),
                limits.Of(parse), parse.GetValue(details), output, errors)
            : ExitCodes.BadInput);
        return command;
    }

    private static int Execute(string path, ReturnPeriod? from, ReturnPeriod? to, StatementMoment moment, string format, Limits limits, bool details, TextWriter output, TextWriter errors)
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

        if (!json)
        {
            if (Timeline.Compute(loaded, from, to, errors, moment) is not { } statements)
            {
                return ExitCodes.BadInput;
            }

            Renderer.Render(TimelineView.Of(statements, loaded.ReadFindings, limits, details), format, output);
            return statements.Any(ComputeCommand.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        if (Timeline.Range(loaded, from, to, errors) is not { } range)
        {
            return ExitCodes.BadInput;
        }

        // Each statement is written as it is computed, so a long range never holds more than one.
        var hasErrors = false;
        using (var stream = new TextWriterStream(output))
        {
            Progress.Run(errors, $"Computing and writing {range.From} to {range.To}", Timeline.Count(loaded.Engine, range.From, range.To), "statements", counter =>
            {
                var statements = loaded.Engine.ComputeEach(range.From, range.To, moment).Select(s =>
                {
                    counter.Add(1);
                    var statement = Timeline.WithReadFindings(loaded, s);
                    hasErrors |= ComputeCommand.HasErrors(statement);
                    return statement;
                });
                TimelineWriter.Write(statements, loaded.ReadFindings, stream);
                return true;
            });
        }

        output.WriteLine();
        return hasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
