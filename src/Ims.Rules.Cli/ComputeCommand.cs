using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;
using Ims.Rules.Gstn;
using Ims.Rules.Json;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary><c>compute CASE --period P [--as generated|filed|INSTANT | --at INSTANT] [--format json|gstn|table|csv|markdown]</c>: one statement as an ims-2b/1 result, the portal's GSTR-2B JSON, or readable tables.</summary>
internal static class ComputeCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var period = Inputs.Period("--period", "The GSTR-2B period (a quarter is named by its first month for a quarterly recipient).", required: true);
        var at = Inputs.At();
        var moment = Inputs.As(StatementMoment.Generated);
        var format = OutputFormat.Create(
            "json: the ims-2b/1 result; gstn: the statement as the portal's GSTR-2B JSON (findings go to standard error); " +
            "table: readable tables (summary by bucket, GSTR-3B table 4, documents, carry-forward, supplier effects, findings by code); " +
            "markdown: the same tables in Markdown; csv: one row per document. Default: table on a terminal, json when output is redirected.",
            OutputFormat.Json, "gstn", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Markdown);
        var limits = new LimitOptions();
        var batch = Batch.Option("CASE");

        var command = new Command("compute", """
            Computes the GSTR-2B statement of one period and prints it as an ims-2b/1 result, or with --format gstn
            in the portal's own GSTR-2B JSON (itcsumm, docdata, docRejdata), the findings then on standard error.
            By default (--as generated) the statement is the portal's draft: as generated at 00:00 IST on the 14th after
            the period, or when GSTR-3B of the previous period was filed, if later. --as filed: frozen at the period's own
            GSTR-3B (an unfiled period is shown as generated and says so). --as INSTANT or --at INSTANT: as it stands then,
            frozen once the period's GSTR-3B is filed. The result's "moment" says which it is; timeline --as M prints
            exactly the statements compute --as M prints for each period.

            Example:
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10
              ims-rules compute case.json --period 2025-10 --at 2025-11-18T12:00:00+05:30
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10 --as filed
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10 --format gstn > gstr2b.json
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10 --format table
              ims-rules compute year.json --period 2025-10 --format csv > documents.csv
              ims-rules compute cases/ --batch --period 2025-10 > results.jsonl
            """)
        {
            caseFile, period, moment, at, format, limits.MaxRows, limits.MaxFindings, batch,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(batch))
            {
                return Batch.Run(parse, caseFile, output, errors);
            }

            if (Inputs.Moment(parse.GetValue(moment), parse.GetValue(at), StatementMoment.Generated, errors) is not { } asked)
            {
                return ExitCodes.BadInput;
            }

            var chosen = OutputFormat.Resolve(parse.GetValue(format), output);
            return Execute(parse.GetValue(caseFile)!, parse.GetValue(period)!.Value, asked, chosen, limits.Of(parse, chosen == "gstn" ? int.MaxValue : FindingsView.DefaultMax), output, errors);
        });
        return command;
    }

    private static int Execute(string path, ReturnPeriod period, StatementMoment moment, string format, Limits limits, TextWriter output, TextWriter errors)
    {
        var portal = format == "gstn";
        var readable = format is OutputFormat.Table or OutputFormat.Csv or OutputFormat.Markdown;
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            if (!failure.IsEmpty)
            {
                CaseFile.Print(errors, path, failure);
                if (!portal && !readable)
                {
                    output.WriteLine(ResultWriter.UnreadableCaseToJson(period, failure));
                }
            }

            return ExitCodes.BadInput;
        }

        var statement = Progress.Run(errors, "Computing " + period, () => loaded.Engine.Compute(period, moment));
        statement = statement with { Findings = [.. loaded.ReadFindings, .. statement.Findings] };
        if (portal)
        {
            return WritePortalJson(loaded, statement, limits, output, errors);
        }

        if (readable)
        {
            Renderer.Render(StatementView.Of(statement, limits), format, output);
            return HasErrors(statement) ? ExitCodes.Findings : ExitCodes.Ok;
        }

        using (var stream = OutputStream.For(output))
        {
            Progress.Run(errors, "Writing", null, Counter.Bytes, counter =>
            {
                ResultWriter.Write(statement, new CountingStream(stream, counter));
                return true;
            });
        }

        output.WriteLine();
        return HasErrors(statement) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>
    /// Prints the statement as the portal's GSTR-2B JSON (<see cref="Gstr2bWriter"/>). That shape has
    /// no place for findings, so the statement's and the writer's findings go to standard error.
    /// </summary>
    private static int WritePortalJson(CaseFile loaded, Gstr2bStatement statement, Limits limits, TextWriter output, TextWriter errors)
    {
        var written = Gstr2bWriter.Write(statement, loaded.Engine.Case);
        output.WriteLine(written.Json);
        var findings = statement.Findings.Concat(written.Findings).ToList();
        FindingsOutput.WriteSummarisedLines(loaded.Path, findings, limits.MaxFindings, errors);
        return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>Whether a statement holds an error finding.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>Whether it does.</returns>
    public static bool HasErrors(Gstr2bStatement statement) => statement.Findings.Any(f => f.Severity == Severity.Error);
}
