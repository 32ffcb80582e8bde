using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// What <see cref="ImsInvoiceReader"/> needs that the portal's IMS data does not carry: whose
/// data it is, when the actions in it were taken, and how to date filings.
/// </summary>
public sealed record ImsReadOptions
{
    /// <summary>The recipient the data was downloaded for; its state decides the place-of-supply rule (R3).</summary>
    public required Gstin RecipientGstin { get; init; }

    /// <summary>The instant every action in the data is dated with (typically the download time); the portal gives none.</summary>
    public required Instant ActionsAt { get; init; }

    /// <summary>How a filed record's filing instant is assumed. Default <see cref="FilingInstantAssumption.LastDayOfWindow"/>.</summary>
    public FilingInstantAssumption FilingInstant { get; init; }
}
