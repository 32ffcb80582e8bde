using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Periods;
using Ims.Rules.Statements;

namespace Ims.Rules.Cli;

/// <summary><c>timeline CASE [--from P] [--to P] [--as generated|filed|INSTANT | --at INSTANT]</c>: every statement of a range as an ims-2b-timeline/1 document.</summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var from = Inputs.Period("--from", "The first period (default: the first record's period).");
        var to = Inputs.Period("--to", "The last period (default: the latest of the last record's period, the last GSTR-3B filed, and the statement after the last action).");
        var at = Inputs.At();
        var moment = Inputs.As(StatementMoment.Filed);
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
            """)
        {
            caseFile, from, to, moment, at,
        };
        command.SetAction(parse => Inputs.Moment(parse.GetValue(moment), parse.GetValue(at), StatementMoment.Filed, errors) is { } asked
            ? Execute(parse.GetValue(caseFile)!, parse.GetValue(from), parse.GetValue(to), asked, output, errors)
            : ExitCodes.BadInput);
        return command;
    }

    private static int Execute(string path, ReturnPeriod? from, ReturnPeriod? to, StatementMoment moment, TextWriter output, TextWriter errors)
    {
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            if (!failure.IsEmpty)
            {
                CaseFile.Print(errors, path, failure);
                output.WriteLine(TimelineWriter.ToJson([], failure));
            }

            return ExitCodes.BadInput;
        }

        if (Timeline.Compute(loaded, from, to, moment, errors) is not { } statements)
        {
            return ExitCodes.BadInput;
        }

        // Each statement is written as it is computed, so a long range never sits in memory whole.
        var hasErrors = false;
        using (var stream = new TextWriterStream(output))
        {
            Progress.Run(errors, "Computing the timeline", () =>
            {
                TimelineWriter.Write(statements.Select(s => { hasErrors |= ComputeCommand.HasErrors(s); return s; }), loaded.ReadFindings, stream);
                return 0;
            });
        }

        output.WriteLine();
        return hasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
