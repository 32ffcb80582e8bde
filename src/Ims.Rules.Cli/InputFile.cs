using System;
using System.IO;

namespace Ims.Rules.Cli;

/// <summary>Reads a whole input file; a file that cannot be opened is reported, never thrown.</summary>
internal static class InputFile
{
    /// <summary>The file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="errors">Where to report a file that cannot be opened.</param>
    /// <returns>The bytes, or <see langword="null"/> when the file cannot be read.</returns>
    public static byte[]? Read(string path, TextWriter errors)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {path}: {e.Message}");
            return null;
        }
    }
}
