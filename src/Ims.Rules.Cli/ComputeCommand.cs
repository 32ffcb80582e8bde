using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Findings;
using Ims.Rules.Json;
using Ims.Rules.Periods;
using Ims.Rules.Statements;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary><c>compute CASE --period P [--at INSTANT] [--format json|gstn]</c>: one statement as an ims-2b/1 result.</summary>
internal static class ComputeCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var period = Inputs.Period("--period", "The GSTR-2B period (a quarter is named by its first month for a quarterly recipient).", required: true);
        var at = Inputs.At();
        var format = new Option<string>("--format")
        {
            Description = "json: the ims-2b/1 result; gstn: GSTN's GSTR-2B JSON (not available yet).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "gstn");

        var command = new Command("compute", """
            Computes the GSTR-2B statement of one period and prints it as an ims-2b/1 result.
            Without --at, the statement is computed when the portal generates it (00:00 IST on the 14th after the period,
            or when GSTR-3B of the previous period was filed, if later); once the period's GSTR-3B is filed it is frozen.

            Example:
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10
              ims-rules compute case.json --period 2025-10 --at 2025-11-18T12:00:00+05:30
            """)
        {
            caseFile, period, at, format,
        };
        command.SetAction(parse => Execute(parse.GetValue(caseFile)!, parse.GetValue(period)!.Value, parse.GetValue(at), parse.GetValue(format)!, output, errors));
        return command;
    }

    private static int Execute(string path, ReturnPeriod period, Instant? at, string format, TextWriter output, TextWriter errors)
    {
        if (format == "gstn")
        {
            errors.WriteLine("ims-rules: --format gstn is not available yet: GSTN's GSTR-2B JSON writer is not part of this build. Use --format json.");
            return ExitCodes.BadInput;
        }

        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            if (!failure.IsEmpty)
            {
                CaseFile.Print(errors, path, failure);
                output.WriteLine(ResultWriter.UnreadableCaseToJson(period, failure));
            }

            return ExitCodes.BadInput;
        }

        var statement = Progress.Run(errors, "Computing " + period, () => loaded.Engine.Compute(period, at));
        statement = statement with { Findings = [.. loaded.ReadFindings, .. statement.Findings] };
        using (var stream = new TextWriterStream(output))
        {
            ResultWriter.Write(statement, stream);
        }

        output.WriteLine();
        return HasErrors(statement) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>Whether a statement holds an error finding.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>Whether it does.</returns>
    public static bool HasErrors(Gstr2bStatement statement) => statement.Findings.Any(f => f.Severity == Severity.Error);
}
