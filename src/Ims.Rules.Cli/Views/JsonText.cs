using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ims.Rules.Cli.Views;

/// <summary>How the tool's own small JSON documents (<c>ims-findings/1</c>, <c>ims-explain/1</c>, <c>ims-diff/1</c>) are written: like its results.</summary>
internal static class JsonText
{
    /// <summary>Indented, with "\n" line ends, and <c>+</c> or <c>'</c> left as they are.</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes an amount with two decimals, as the results do.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property.</param>
    /// <param name="amount">The amount.</param>
    public static void WriteAmount(this Utf8JsonWriter json, string name, decimal amount)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(amount.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
