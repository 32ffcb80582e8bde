using System.CommandLine;
using System.IO;
using System.Linq;
using Ims.Rules.Findings;

namespace Ims.Rules.Cli;

/// <summary><c>validate CASE</c>: every finding about a case, one per line.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var caseFile = Inputs.CaseFile();
        var command = new Command("validate", """
            Checks a case file: the reader's findings, the engine's findings about the case, and the findings of
            every statement of the case's timeline, each once, one per line. Exits with 1 when any is an error.

            Example:
              ims-rules validate docs/examples/credit-notes-2025.json
            """)
        {
            caseFile,
        };
        command.SetAction(parse => Execute(parse.GetValue(caseFile)!, output, errors));
        return command;
    }

    private static int Execute(string path, TextWriter output, TextWriter errors)
    {
        var loaded = CaseFile.Load(path, errors, out var failure);
        if (loaded is null)
        {
            CaseFile.Print(output, path, failure);
            return ExitCodes.BadInput;
        }

        var findings = loaded.ReadFindings.Concat(loaded.Engine.CaseFindings).ToList();
        if (CaseRange.Of(loaded.Engine, null, null) is { } range)
        {
            var statements = Progress.Run(errors, "Computing the timeline", () => loaded.Engine.ComputeRange(range.From, range.To));
            // "Not filed" answers the timeline's question (as filed), not something wrong with the case.
            findings.AddRange(statements.SelectMany(s => s.Findings).Where(f => f.Code != FindingCodes.StatementNotFiled));
        }

        var distinct = findings.Distinct().ToList();
        CaseFile.Print(output, path, distinct);
        if (distinct.Count == 0)
        {
            output.WriteLine($"{path}: no findings.");
        }

        return distinct.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
