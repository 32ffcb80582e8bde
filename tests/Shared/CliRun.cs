using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Ims.Rules.Cli;

namespace Ims.Rules.Testing;

/// <summary>
/// The outcome of one run of ims-rules (shared by the test projects that run the tool). By default the tool runs
/// in-process; when the environment variable <c>IMS_RULES_TOOL</c> names an executable (the natively compiled tool,
/// say), every run starts that program instead, so the same tests check the shipped binary.
/// </summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    /// <summary>The variable that names the executable to test instead of the in-process tool.</summary>
    public const string ToolVariable = "IMS_RULES_TOOL";

    /// <summary>The executable the runs start, or <see langword="null"/> to run the tool in-process.</summary>
    public static string? Executable { get; } = Environment.GetEnvironmentVariable(ToolVariable) is { Length: > 0 } tool ? tool : null;

    public static CliRun Of(params string[] args) => Executable is { } tool ? Start(tool, null, args) : InProcess(null, args);

    /// <summary>Runs the tool with <paramref name="stdin"/> as its standard input (what <c>-</c> reads).</summary>
    public static CliRun WithInput(string stdin, params string[] args)
    {
        var bytes = Encoding.UTF8.GetBytes(stdin);
        return Executable is { } tool ? Start(tool, bytes, args) : InProcess(bytes, args);
    }

    private static CliRun InProcess(byte[]? stdin, string[] args)
    {
        using var input = stdin is null ? null : new MemoryStream(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = input is null ? Program.Run(args, stdout, stderr) : Program.Run(args, input, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <paramref name="tool"/> as a process in the current folder; standard input is empty unless given.</summary>
    private static CliRun Start(string tool, byte[]? stdin, string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + tool);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
            }
        }
        catch (IOException)
        {
            // The tool stopped reading (it exits before taking all of its input): what it printed still counts.
        }

        process.StandardInput.Close();
        Task.WaitAll(output, errors);
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, errors.Result);
    }

    public override string ToString() => $"exit {Exit}{Environment.NewLine}--- stdout{Environment.NewLine}{Out}--- stderr{Environment.NewLine}{Err}";
}
