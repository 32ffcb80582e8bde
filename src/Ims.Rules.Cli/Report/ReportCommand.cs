using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace Ims.Rules.Cli.Report;

/// <summary><c>report CASE [--from P] [--to P] [--as generated|filed|INSTANT | --at INSTANT] --out report.html</c>: the statements of a range as one self-contained HTML page with charts.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var from = Inputs.Period("--from", "The first period (default: the first record's period).");
        var to = Inputs.Period("--to", "The last period (default: as for timeline).");
        var at = Inputs.At();
        var moment = Inputs.As(StatementMoment.Filed);
        var file = new Option<string>("--out") { Description = "The HTML file to write.", Required = true, HelpName = "FILE" };
        var top = new Option<int>("--top") { Description = "Suppliers shown one by one in ITC by supplier; the rest are one bar (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        var maxDocuments = new Option<int>("--max-documents")
        {
            Description = "Rows of the searchable documents table and of the Pending table (default 2000); the charts and totals always cover every document.",
            DefaultValueFactory = _ => 2000,
            HelpName = "N",
        };
        var command = new Command("report", """
            Writes the statements of a range as one self-contained HTML page, for a person or to send: the recipient and
            the moment of each statement, a chart of ITC by bucket per period, ITC by supplier (the largest and the rest),
            the records still Pending with their age and deadlines (closest first), the findings by code with what to do,
            and a searchable table of the documents with their rule IDs and the sentence explain gives. It needs no
            network; a million-record case gives aggregates and the first --max-documents documents.
            The statements are the timeline's at one moment: by default (--as filed) each frozen at its period's GSTR-3B;
            --as generated for every portal draft, --as INSTANT or --at INSTANT as they stand then.
            Its only format is HTML; --format is not taken.

            Example:
              ims-rules report docs/examples/monthly-trader.json --out report.html
              ims-rules report year.json --from 2025-04 --to 2026-03 --out year.html --top 15
              ims-rules report year.json --as generated --out drafts.html
            """)
        {
            caseFile, from, to, moment, at, file, top, maxDocuments,
        };
        command.SetAction(parse => Inputs.Moment(parse.GetValue(moment), parse.GetValue(at), StatementMoment.Filed, errors) is { } asked
            ? Execute(
                parse.GetValue(caseFile)!, parse.GetValue(from), parse.GetValue(to), asked, parse.GetValue(file)!,
                new ReportOptions(Math.Max(1, parse.GetValue(top)), Math.Max(0, parse.GetValue(maxDocuments))), output, errors)
            : ExitCodes.BadInput);
        return command;
    }

    private static int Execute(string path, ReturnPeriod? from, ReturnPeriod? to, StatementMoment moment, string file, ReportOptions options, TextWriter output, TextWriter errors)
    {
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            CaseFile.Print(errors, path, failure);
            return ExitCodes.BadInput;
        }

        if (Timeline.Compute(loaded, from, to, errors, moment) is not { } statements)
        {
            return ExitCodes.BadInput;
        }

        try
        {
            using var stream = File.Create(file);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Progress.Run(errors, "Writing " + file, () =>
            {
                new HtmlReport(loaded, statements, options).Write(writer);
                return true;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot write {InputFile.Quote(file)}: {InputFile.Why(e)}");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"Wrote {file}: {statements.Length} statement(s) of {loaded.Engine.Case.Recipient.Gstin}.");
        return statements.Any(ComputeCommand.HasErrors) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
