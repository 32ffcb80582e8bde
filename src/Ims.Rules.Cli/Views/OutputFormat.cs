using System;
using System.CommandLine;
using System.IO;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// The <c>--format</c> option every command shares. Without it a command prints its readable
/// table when standard output is a terminal, and its machine format (JSON, or what the command
/// always printed) when output is redirected, so that scripts keep working.
/// </summary>
internal static class OutputFormat
{
    public const string Json = "json";
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Markdown = "markdown";

    /// <summary>A <c>--format</c> option accepting <paramref name="formats"/>, without a default value (see <see cref="Resolve"/>).</summary>
    /// <param name="description">What each format prints, and the default.</param>
    /// <param name="formats">The accepted names.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Create(string description, params string[] formats)
    {
        var option = new Option<string?>("--format") { Description = description, HelpName = string.Join('|', formats) };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The format asked for, else <see cref="Table"/> on a terminal and <paramref name="redirected"/> otherwise.</summary>
    /// <param name="given">The option's value.</param>
    /// <param name="output">Standard output as the command was given it.</param>
    /// <param name="redirected">The default when output is not a terminal.</param>
    /// <returns>The format.</returns>
    public static string Resolve(string? given, TextWriter output, string redirected = Json) =>
        given ?? (Terminal.IsInteractive(output) ? Table : redirected);
}

/// <summary>Whether a writer is a person's terminal, and how wide it is.</summary>
internal static class Terminal
{
    /// <summary>The width of tables written anywhere but a terminal, so that files and tests read the same everywhere.</summary>
    public const int FileWidth = 160;

    /// <summary>Whether <paramref name="output"/> is the process's standard output and that is a terminal.</summary>
    /// <param name="output">The writer.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsInteractive(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
