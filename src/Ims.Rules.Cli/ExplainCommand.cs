using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Cli.Views;

namespace Ims.Rules.Cli;

/// <summary><c>explain CASE --record ID [--period P] [--as generated|filed|INSTANT | --at INSTANT]</c>: the life of one record in words.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var record = new Option<string>("--record") { Description = "The id of the record to explain.", Required = true, HelpName = "ID" };
        var period = Inputs.Period("--period", "Only this statement period (default: every statement of the case's timeline).");
        var at = Inputs.At();
        var moment = Inputs.As(StatementMoment.Filed);
        var format = OutputFormat.Create(
            "text (default, also when redirected): the life of the record in words; json: ims-explain/1, the record's place in each statement " +
            "(bucket, section, ITC effect, action, rules and the same sentence) or its carry-forward, and the findings that name it.",
            "text", OutputFormat.Json);
        var command = new Command("explain", """
            Explains one record: its facts, its natural period and when that statement is generated, its actions in
            time order, every statement where it appears (bucket, section, ITC effect and the rules that decided it)
            or is carried forward as Pending, and every finding that names it. The statements are the timeline's at the
            same moment (default --as filed, as for timeline; with --period, that statement only, as compute --as M prints it).

            Example:
              ims-rules explain docs/examples/monthly-trader.json --record inv-2
              ims-rules explain case.json --record cn-1 --period 2025-11
              ims-rules explain docs/examples/monthly-trader.json --record inv-2 --format json
            """)
        {
            caseFile, record, period, moment, at, format,
        };
        command.SetAction(parse => Inputs.Moment(parse.GetValue(moment), parse.GetValue(at), StatementMoment.Filed, errors) is { } asked
            ? Execute(parse.GetValue(caseFile)!, parse.GetValue(record)!, parse.GetValue(period), asked, parse.GetValue(format) == OutputFormat.Json, output, errors)
            : ExitCodes.BadInput);
        return command;
    }

    private static int Execute(string path, string recordId, ReturnPeriod? period, StatementMoment moment, bool json, TextWriter output, TextWriter errors)
    {
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            CaseFile.Print(errors, path, failure);
            return ExitCodes.BadInput;
        }

        var record = loaded.Engine.Case.Records.FirstOrDefault(r => string.Equals(r.Id, recordId, StringComparison.Ordinal));
        if (record is null)
        {
            errors.WriteLine($"ims-rules: {path} has no record '{InputFile.Quote(recordId)}'.");
            return ExitCodes.BadInput;
        }

        var statements = period is { } only
            ? [loaded.Engine.Compute(only, moment)]
            : Timeline.Compute(loaded, null, null, TextWriter.Null, moment) ?? [];
        var explanation = new RecordExplanation(loaded, record, statements);
        if (json)
        {
            explanation.WriteJson(output);
        }
        else
        {
            explanation.WriteTo(output);
        }

        return explanation.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
