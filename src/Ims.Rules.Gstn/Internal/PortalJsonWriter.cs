using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ims.Rules.Gstn.Internal;

/// <summary>Writes JSON the way the portal prints it: indented, amounts with exactly two decimals.</summary>
internal static class PortalJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An amount rounded to paise, as a JSON number with two decimals.</summary>
    public static void WriteMoney(this Utf8JsonWriter writer, string name, decimal amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(PortalFormat.Money(Paise.Round(amount)));
    }

    /// <summary>The four heads <c>igst</c>, <c>cgst</c>, <c>sgst</c>, <c>cess</c>.</summary>
    public static void WriteHeads(this Utf8JsonWriter writer, TaxAmounts amounts)
    {
        writer.WriteMoney("igst", amounts.Igst);
        writer.WriteMoney("cgst", amounts.Cgst);
        writer.WriteMoney("sgst", amounts.Sgst);
        writer.WriteMoney("cess", amounts.Cess);
    }
}
