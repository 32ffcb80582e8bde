using System;
using System.IO;
using Ims.Rules.Cli;

namespace Ims.Rules.Testing;

/// <summary>The outcome of one in-process run of ims-rules (shared by the test projects that run the tool).</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the tool with <paramref name="stdin"/> as its standard input (what <c>-</c> reads).</summary>
    public static CliRun WithInput(string stdin, params string[] args)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, input, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {Exit}{Environment.NewLine}--- stdout{Environment.NewLine}{Out}--- stderr{Environment.NewLine}{Err}";
}
