using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json;

/// <summary>
/// Writes several statements as one <c>ims-2b-timeline/1</c> document:
/// <c>{"format": "ims-2b-timeline/1", "statements": [ims-2b/1, …], "findings": […]}</c>, where
/// <c>findings</c> are those about the input as a whole (the case reader's).
/// </summary>
public static class TimelineWriter
{
    /// <summary>The value of <c>format</c> in a timeline.</summary>
    public const string Format = "ims-2b-timeline/1";

    /// <summary>Writes the timeline as UTF-8 JSON to a stream, which is left open.</summary>
    /// <param name="statements">The statements, in period order.</param>
    /// <param name="findings">Findings about the input as a whole; <see langword="null"/> for none.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(IEnumerable<Gstr2bStatement> statements, IEnumerable<Finding>? findings, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(stream);
        JsonOutput.Write(stream, writer => Write(writer, statements, findings));
    }

    /// <summary>The timeline as JSON text.</summary>
    /// <param name="statements">The statements, in period order.</param>
    /// <param name="findings">Findings about the input as a whole; <see langword="null"/> for none.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is null.</exception>
    public static string ToJson(IEnumerable<Gstr2bStatement> statements, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return JsonOutput.ToText(writer => Write(writer, statements, findings));
    }

    private static void Write(Utf8JsonWriter writer, IEnumerable<Gstr2bStatement> statements, IEnumerable<Finding>? findings)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Format, Format);
        writer.WriteStartArray(Fields.Statements);
        foreach (var statement in statements)
        {
            ResultWriter.Write(writer, statement);
            writer.FlushWhenFull();
        }

        writer.WriteEndArray();
        ResultWriter.WriteFindings(writer, findings ?? Enumerable.Empty<Finding>());
        writer.WriteEndObject();
    }
}
