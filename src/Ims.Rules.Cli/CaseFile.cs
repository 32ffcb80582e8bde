using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
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
        using var stream = InputFile.Open(path, errors);
        if (stream is null)
        {
            return null;
        }

        var (result, engine) = Progress.Run(errors, "Reading " + InputFile.Name(path), stream.CanSeek ? stream.Length : (long?)null, Counter.Bytes, counter =>
        {
            var read = CaseReader.Read(new CountingStream(stream, counter));
            return (read, read.Match<ImsEngine?>((imsCase, _) => ImsEngine.Create(imsCase), _ => null));
        });

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
            // The record id comes from the input (a portal id holds the document number): cut, like every quoted value.
            var record = finding.RecordId is { } id ? " " + InputFile.Quote(id) : string.Empty;
            writer.WriteLine($"{InputFile.Name(path)}: {finding.Severity.ToString().ToUpperInvariant()} {finding.Code}{record}: {finding.Message}");
        }
    }
}
