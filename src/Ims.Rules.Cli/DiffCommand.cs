using System.CommandLine;
using System.IO;
using Ims.Rules.Json;
using Ims.Rules.Statements;

namespace Ims.Rules.Cli;

/// <summary><c>diff EXPECTED RESULT</c>: compares two ims-2b/1 results document by document.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var expected = new Argument<string>("EXPECTED") { Description = "The expected ims-2b/1 result." };
        var actual = new Argument<string>("RESULT") { Description = "The ims-2b/1 result to check." };
        var command = new Command("diff", """
            Compares two ims-2b/1 results: the header, each document's bucket, section, reverse charge, reason and ITC,
            documents present on one side only, the summary, the carry-forward and the supplier effects.
            Exits with 0 when they agree and 1 when they differ.

            Example:
              ims-rules diff docs/examples/monthly-trader.2025-10.expected.json result.json
            """)
        {
            expected, actual,
        };
        command.SetAction(parse => Execute(parse.GetValue(expected)!, parse.GetValue(actual)!, output, errors));
        return command;
    }

    private static int Execute(string expectedPath, string actualPath, TextWriter output, TextWriter errors)
    {
        var expected = Read(expectedPath, errors);
        var actual = Read(actualPath, errors);
        if (expected is null || actual is null)
        {
            return ExitCodes.BadInput;
        }

        var differences = StatementDiff.Compare(expected, actual);
        if (differences.Count == 0)
        {
            output.WriteLine($"The results agree ({expected.Documents.Length} documents, period {expected.Period}).");
            return ExitCodes.Ok;
        }

        output.WriteLine($"--- {expectedPath} (expected)");
        output.WriteLine($"+++ {actualPath}");
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine(differences.Count == 1 ? "1 difference." : $"{differences.Count} differences.");
        return ExitCodes.Findings;
    }

    private static Gstr2bStatement? Read(string path, TextWriter errors)
    {
        ResultReadResult result;
        try
        {
            using var stream = File.OpenRead(path);
            result = ResultReader.Read(stream);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {path}: {e.Message}");
            return null;
        }

        if (result.Statement is null)
        {
            CaseFile.Print(errors, path, result.Findings);
        }

        return result.Statement;
    }
}
