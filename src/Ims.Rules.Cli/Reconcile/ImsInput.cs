using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Ims.Rules.Gstn;
using Ims.Rules.Json;
using NodaTime;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>The IMS side of <c>reconcile</c>: an <c>ims-case/1</c> case file, or the portal's IMS invoice JSON, told apart by their top-level fields.</summary>
/// <param name="Case">The case.</param>
/// <param name="Portal">The portal's data, when the file was GSTN IMS JSON.</param>
/// <param name="ReadFindings">The reader's findings.</param>
internal sealed record ImsInput(ImsCase Case, ImsInvoiceData? Portal, ImmutableArray<Finding> ReadFindings)
{
    private static readonly string[] GstnSections = ["imsDetails", "b2b", "b2ba", "b2bdn", "b2bdna", "b2bcn", "b2bcna", "ecom", "ecoma"];

    private enum Kind
    {
        Case,
        Gstn,
        Unknown,
    }

    /// <summary>Reads the file; reports to <paramref name="errors"/> and returns <see langword="null"/> when it cannot be used.</summary>
    public static ImsInput? Load(string path, Gstin? recipient, Instant at, TextWriter errors)
    {
        if (InputFile.Read(path, errors) is not { } bytes)
        {
            return null;
        }

        switch (Detect(bytes))
        {
            case Kind.Case:
                return CaseReader.Read(bytes).Match<ImsInput?>((imsCase, findings) => new ImsInput(imsCase, null, findings), findings =>
                {
                    CaseFile.Print(errors, path, findings);
                    return null;
                });
            case Kind.Gstn:
                if (recipient is not { } gstin)
                {
                    errors.WriteLine($"ims-rules: {path} is GSTN IMS JSON, which does not name the recipient: give --recipient GSTIN.");
                    return null;
                }

                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    // The portal's data holds no GSTR-3B filings; statements are projected rather than refused (R32).
                    var policies = ImsPolicies.Default with { Sequential = SequentialPolicy.Project };
                    return ImsInvoiceReader.Read(stream, new ImsReadOptions { RecipientGstin = gstin, ActionsAt = at }).Match<ImsInput?>(
                        (data, findings) => new ImsInput(data.ToCase(policies: policies), data, findings),
                        findings =>
                        {
                            CaseFile.Print(errors, path, findings);
                            return null;
                        });
                }

            case Kind.Unknown:
                errors.WriteLine($"ims-rules: {path} is neither an ims-case/1 case file (a \"format\" field) nor GSTN IMS JSON (b2b, b2ba, b2bdn, b2bdna, b2bcn, b2bcna, ecom, ecoma or imsDetails).");
                return null;
        }

        return null;
    }

    /// <summary>Looks at the top-level field names only.</summary>
    private static Kind Detect(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Kind.Unknown;
            }

            var gstn = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (string.Equals(name, "format", StringComparison.Ordinal))
                {
                    return Kind.Case; // the case reader says what is wrong with a format it does not know
                }

                gstn |= Array.IndexOf(GstnSections, name) >= 0;
                reader.Read();
                reader.Skip();
            }

            return gstn ? Kind.Gstn : Kind.Unknown;
        }
        catch (JsonException)
        {
            return Kind.Case; // not JSON: let the case reader report where it breaks
        }
    }
}
