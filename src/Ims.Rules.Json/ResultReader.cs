using System;
using System.IO;
using System.Text.Json;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json;

/// <summary>
/// Reads an <c>ims-2b/1</c> result back into a <see cref="Ims.Rules.Gstr2bStatement"/>, for
/// comparing an expected result with a computed one. Results are one period's statement, so
/// the whole document is parsed at once. Bad input never throws: it gives error findings
/// naming the JSON path (<see cref="JsonFindingCodes"/>), and the input is unreadable (<see cref="ReadResult{T}"/>).
/// </summary>
/// <remarks>
/// A statement's <c>period</c> is a quarter when <c>frequency</c> is <c>quarterly</c>; other
/// periods (<c>since</c>, a supplier effect's <c>period</c>) are read as months.
/// </remarks>
public static class ResultReader
{
    /// <summary>Reads a result from a stream, which is read to its end and not closed.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The statement and its findings, or the findings that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ReadResult<Gstr2bStatement> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using var buffer = new MemoryStream();
            utf8Json.CopyTo(buffer);
            return Read(buffer.ToArray());
        }
        catch (IOException e)
        {
            return ResultParser.Unreadable(e).ToResult();
        }
    }

    /// <summary>Reads a result from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The statement and its findings, or the findings that prevent it.</returns>
    public static ReadResult<Gstr2bStatement> Read(ReadOnlySpan<byte> utf8Json) => ResultParser.Parse(utf8Json.ToArray()).ToResult();

    /// <summary>Reads a result from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name).</param>
    /// <returns>The statement and its findings, or the findings that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<Gstr2bStatement> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ResultParser.Parse(System.Text.Encoding.UTF8.GetBytes(json)).ToResult();
    }
}
