using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Ims.Rules.Findings;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary>A case file read from disk, with the engine for it and the reader's findings (infos only: a case with errors is never loaded).</summary>
/// <param name="Path">The file.</param>
/// <param name="Engine">The engine for the case.</param>
/// <param name="ReadFindings">The reader's findings.</param>
internal sealed record CaseFile(string Path, ImsEngine Engine, ImmutableArray<Finding> ReadFindings)
{
    /// <summary>Reads a case file. A file that cannot be opened is reported to <paramref name="errors"/>; a case that cannot be read returns the reader's findings for the caller to print.</summary>
    /// <param name="path">The file.</param>
    /// <param name="errors">Where to report a file that cannot be opened.</param>
    /// <param name="failure">The reader's findings when the case could not be read (empty when the file could not be opened).</param>
    /// <returns>The case, or <see langword="null"/>.</returns>
    public static CaseFile? Load(string path, TextWriter errors, out ImmutableArray<Finding> failure)
    {
        failure = [];
        CaseReadResult result;
        ImsEngine? engine;
        try
        {
            using var stream = File.OpenRead(path);
            (result, engine) = Progress.Run(errors, "Reading " + path, stream.Length, Counter.Bytes, counter =>
            {
                var read = CaseReader.Read(new CountingStream(stream, counter));
                return (read, read.Case is { } imsCase ? ImsEngine.Create(imsCase) : null);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {path}: {e.Message}");
            return null;
        }

        if (engine is null)
        {
            failure = result.Findings;
            return null;
        }

        return new CaseFile(path, engine, result.Findings);
    }

    /// <summary>Prints findings one per line, each prefixed by the file.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="path">The file.</param>
    /// <param name="findings">The findings.</param>
    public static void Print(TextWriter writer, string path, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            writer.WriteLine($"{path}: {finding}");
        }
    }
}
