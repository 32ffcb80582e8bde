using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;

namespace Ims.Rules.Cli;

/// <summary>
/// The <c>ims-rules</c> command-line tool: computes, explains, validates and compares GSTR-2B
/// statements from <c>ims-case/1</c> case files, and converts the portal's JSON (docs/cli.md).
/// </summary>
public static class Program
{
    /// <summary>The process entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 ok, 1 differences or error findings, 2 unreadable input or bad usage.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the tool in-process, writing to the given writers instead of the console.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Standard output: results, reports and help.</param>
    /// <param name="stderr">Standard error: unreadable input, bad usage and progress.</param>
    /// <returns>The exit code: 0 ok, 1 differences or error findings, 2 unreadable input or bad usage, 3 an internal error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, null, stdout, stderr);

    /// <summary>Runs the tool in-process with the given standard input (what an input of <c>-</c> reads).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input, or <see langword="null"/> for the console's.</param>
    /// <param name="stdout">Standard output: results, reports and help.</param>
    /// <param name="stderr">Standard error: unreadable input, bad usage and progress.</param>
    /// <returns>The exit code: 0 ok, 1 differences or error findings, 2 unreadable input or bad usage, 3 an internal error.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="stdin"/> is null.</exception>
    public static int Run(string[] args, Stream? stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        InputFile.Use(stdin);

        var status = new StatusWriter(stderr);
        stderr = status;
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Show no progress on standard error (progress is shown only on a terminal, for work that takes more than a second).",
            Recursive = true,
        };
        var root = new RootCommand("""
            ims-rules: the GSTR-2B statements that India's IMS rules produce from a case file (ims-case/1).
            Results are ims-2b/1 JSON; convert reads the portal's own JSON. See docs/case-format.md and docs/cli.md.

            Example:
              ims-rules compute docs/examples/monthly-trader.json --period 2025-10
            """)
        {
            ComputeCommand.Create(stdout, stderr),
            TimelineCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            ValidateCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            GenerateCommand.Create(stdout, stderr),
            ConvertCommand.Create(stdout, stderr),
            Reconcile.ReconcileCommand.Create(stdout, stderr),
            Report.ReportCommand.Create(stdout, stderr),
        };

        root.Options.Add(quiet);
        try
        {
            var parse = root.Parse(args);
            status.ShowsProgress = ReferenceEquals(status.Inner, Console.Error) && !Console.IsErrorRedirected && !parse.GetValue(quiet);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine("ims-rules: " + UsageMessage.Plain(error.Message));
                }

                stderr.WriteLine("Run 'ims-rules --help' or 'ims-rules COMMAND --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last line of defence: a bug must not print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"ims-rules: internal error ({e.GetType().Name}): {e.Message}. Please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }
}
