using System.Text.Json;
using Ims.Rules.Gstn;

namespace Ims.Rules.Cli;

/// <summary>
/// The recipient named in IMS invoice data, when the data names one: a top-level
/// <c>rtin</c> or <c>gstin</c> (<see cref="ImsInvoiceReader.RecipientKeys"/>). The portal's
/// downloads seen so far carry none, so <c>convert --from gstn-ims</c> usually needs <c>--gstin</c>.
/// </summary>
internal static class DataRecipient
{
    /// <summary>Looks for the recipient at the top level of the data.</summary>
    /// <param name="utf8Json">The data.</param>
    /// <param name="text">The value as written, when there is one (even if it is not a GSTIN).</param>
    /// <returns>The GSTIN (a wrong check character allowed), or <see langword="null"/>.</returns>
    public static Gstin? Find(byte[] utf8Json, out string? text)
    {
        text = null;
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var key in ImsInvoiceReader.RecipientKeys)
            {
                if (document.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    text = value.GetString();
                    return Gstin.TryParseAllowingBadCheckCharacter(text, out var gstin) ? gstin : null;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed data: the reader reports it with line and byte.
        }

        return null;
    }
}
