using System;
using System.IO;
using System.Threading;

namespace Ims.Rules.Cli;

/// <summary>
/// Opens the tool's inputs: a file, or <c>-</c> for standard input (read once per run). A folder, a missing
/// file or one that cannot be read is reported in the tool's own words, never .NET's, and never thrown.
/// </summary>
internal static class InputFile
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    private static readonly AsyncLocal<StandardInput?> Input = new();

    /// <summary>Makes <paramref name="stdin"/> the standard input of the run on this flow (the tool in-process, in tests).</summary>
    /// <param name="stdin">The stream, or <see langword="null"/> for the console's.</param>
    public static void Use(Stream? stdin) => Input.Value = new StandardInput(stdin);

    /// <summary>How the file is named in messages.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The path, or "standard input".</returns>
    public static string Name(string path) => path == StandardInputPath ? "standard input" : path;

    /// <summary>Opens the input for reading.</summary>
    /// <param name="path">The file, or <c>-</c>.</param>
    /// <param name="errors">Where to report an input that cannot be opened.</param>
    /// <returns>The stream, or <see langword="null"/> when the input cannot be read.</returns>
    public static Stream? Open(string path, TextWriter errors)
    {
        if (path == StandardInputPath)
        {
            var input = Input.Value ??= new StandardInput(null);
            if (input.Taken)
            {
                errors.WriteLine("ims-rules: standard input (-) can be read only once in a command; give the other input as a file.");
                return null;
            }

            input.Taken = true;
            return input.Stream ?? Console.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            errors.WriteLine($"ims-rules: cannot read {Quote(path)}: it is a folder; give a file, or - for standard input.");
            return null;
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {Quote(path)}: {Why(e)}");
            return null;
        }
    }

    /// <summary>The input's bytes.</summary>
    /// <param name="path">The file, or <c>-</c>.</param>
    /// <param name="errors">Where to report an input that cannot be read.</param>
    /// <returns>The bytes, or <see langword="null"/> when the input cannot be read.</returns>
    public static byte[]? Read(string path, TextWriter errors)
    {
        using var stream = Open(path, errors);
        if (stream is null)
        {
            return null;
        }

        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {Quote(path)}: {Why(e)}");
            return null;
        }
    }

    /// <summary>Why a file could not be read, in the tool's words (the messages of .NET name its parameters and types).</summary>
    /// <param name="e">What went wrong.</param>
    /// <returns>The reason.</returns>
    public static string Why(Exception e) => e switch
    {
        FileNotFoundException => "there is no such file.",
        DirectoryNotFoundException => "there is no such folder.",
        UnauthorizedAccessException => "permission denied.",
        PathTooLongException => "the path is too long.",
        ArgumentException or NotSupportedException => "that is not a usable file name.",
        _ => "the system could not read it (" + e.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal) + ").",
    };

    /// <summary>A path or value for a message: empty shown as '', long ones cut to 64 characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to show.</returns>
    public static string Quote(string text) => text.Length switch
    {
        0 => "''",
        <= 64 => text,
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text[..64]}… ({text.Length} characters)"),
    };

    /// <summary>The standard input of one run.</summary>
    private sealed class StandardInput(Stream? stream)
    {
        public Stream? Stream { get; } = stream;

        public bool Taken { get; set; }
    }
}
