using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Periods;

namespace Ims.Rules.Cli;

/// <summary><c>timeline CASE [--from P] [--to P]</c>: every statement of a range as an ims-2b-timeline/1 document.</summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var from = Inputs.Period("--from", "The first period (default: the first record's period).");
        var to = Inputs.Period("--to", "The last period (default: the latest of the last record's period, the last GSTR-3B filed, and the statement after the last action).");
        var command = new Command("timeline", """
            Computes every statement of a range, each as generated (or as frozen by its GSTR-3B), with the
            Pending records carried from one to the next, and prints them as an ims-2b-timeline/1 document.

            Example:
              ims-rules timeline docs/examples/monthly-trader.json
              ims-rules timeline case.json --from 2025-04 --to 2026-03
            """)
        {
            caseFile, from, to,
        };
        command.SetAction(parse => Execute(parse.GetValue(caseFile)!, parse.GetValue(from), parse.GetValue(to), output, errors));
        return command;
    }

    private static int Execute(string path, ReturnPeriod? from, ReturnPeriod? to, TextWriter output, TextWriter errors)
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

        if (Timeline.Compute(loaded, from, to, errors) is not { } statements)
        {
            return ExitCodes.BadInput;
        }

        using (var stream = new TextWriterStream(output))
        {
            TimelineWriter.Write(statements, loaded.ReadFindings, stream);
        }

        output.WriteLine();
        return statements.Any(ComputeCommand.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
