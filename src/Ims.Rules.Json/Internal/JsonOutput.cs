using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>How every writer writes: indented with <c>\n</c>, text unescaped where JSON allows, amounts with two decimals.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        write(writer);
        writer.Flush();
    }

    /// <summary>
    /// Hands what is written so far to the stream once it passes 64 KB, so that a large case or
    /// timeline streams out (and its progress can be counted) instead of being held whole in memory.
    /// </summary>
    public static void FlushWhenFull(this Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= 1 << 16)
        {
            writer.Flush();
        }
    }

    public static string ToText(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        Write(stream, write);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>An amount as a JSON number with exactly two decimals: <c>180.00</c>, <c>0.00</c>, <c>-90.00</c>.</summary>
    public static void WriteAmount(this Utf8JsonWriter writer, string name, decimal amount)
    {
        writer.WritePropertyName(name);
        Span<byte> text = stackalloc byte[40]; // 29 digits, a sign and a point at most: formatted in place, no string
        if (!Paise.Round(amount).TryFormat(text, out var written, "0.00", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("An amount did not fit its buffer.");
        }

        writer.WriteRawValue(text[..written], skipInputValidation: true);
    }

    /// <summary>The four heads as an object: <c>{"igst": 180.00, "cgst": 0.00, "sgst": 0.00, "cess": 0.00}</c>.</summary>
    public static void WriteTax(this Utf8JsonWriter writer, string name, TaxAmounts amounts)
    {
        writer.WriteStartObject(name);
        writer.WriteTaxHeads(amounts);
        writer.WriteEndObject();
    }

    /// <summary>The four heads as properties of the current object.</summary>
    public static void WriteTaxHeads(this Utf8JsonWriter writer, TaxAmounts amounts)
    {
        writer.WriteAmount(Fields.Igst, amounts.Igst);
        writer.WriteAmount(Fields.Cgst, amounts.Cgst);
        writer.WriteAmount(Fields.Sgst, amounts.Sgst);
        writer.WriteAmount(Fields.Cess, amounts.Cess);
    }

    public static void WriteInstant(this Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, IsoTime.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteDate(this Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, IsoTime.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WritePeriod(this Utf8JsonWriter writer, string name, ReturnPeriod period) => writer.WriteString(name, period.ToString());

    public static string Text(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");
}
