using System;
using System.IO;
using System.Text;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json;

/// <summary>
/// Reads an <c>ims-case/1</c> case file (docs/case-format.md) into an
/// <see cref="Ims.Rules.ImsCase"/>. Streaming: a stream is read in a small window, so the size of
/// the file does not matter, only the size of the case it describes.
/// </summary>
/// <remarks>
/// Bad input never throws: invalid JSON, a wrong or missing <c>format</c>, missing or
/// mistyped fields, unknown values, malformed GSTINs, dates, instants and periods, amounts
/// with more than two decimals, duplicate record ids and actions on unknown records are
/// error findings (<see cref="JsonFindingCodes"/>) whose message starts with the JSON path
/// and line, and the input is unreadable (<see cref="ReadResult{T}"/>). Unknown fields are info findings. A GSTIN with a wrong
/// check character is read as given; the engine reports it.
/// </remarks>
public static class CaseReader
{
    /// <summary>The value of <c>format</c> in a case file.</summary>
    public const string Format = "ims-case/1";

    /// <summary>Reads a case file from a stream, which is read to its end and not closed.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The case and its findings, or the findings that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ReadResult<ImsCase> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return CaseParser.Parse(new JsonTokens(utf8Json)).ToResult();
    }

    /// <summary>Reads a case file from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The case and its findings, or the findings that prevent it.</returns>
    public static ReadResult<ImsCase> Read(ReadOnlySpan<byte> utf8Json) => CaseParser.Parse(new JsonTokens(utf8Json.ToArray())).ToResult();

    /// <summary>Reads a case file from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name).</param>
    /// <returns>The case and its findings, or the findings that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<ImsCase> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CaseParser.Parse(new JsonTokens(Encoding.UTF8.GetBytes(json))).ToResult();
    }

    /// <summary>Reads a case file from a stream with a given window size; for tests of the streaming.</summary>
    internal static ReadResult<ImsCase> Read(Stream utf8Json, int windowSize) => CaseParser.Parse(new JsonTokens(utf8Json, windowSize)).ToResult();
}
