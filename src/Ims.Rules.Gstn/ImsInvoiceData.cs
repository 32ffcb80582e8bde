using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// What <see cref="ImsInvoiceReader"/> read from the portal's IMS invoice data: the records and
/// the portal's actions in the engine's terms, the portal's own per-record data, and findings
/// for everything assumed, defaulted or left out.
/// </summary>
public sealed record ImsInvoiceData
{
    /// <summary>The recipient (from the options).</summary>
    public required Gstin RecipientGstin { get; init; }

    /// <summary>The instant the portal's actions are dated with (from the options).</summary>
    public required Instant ActionsAt { get; init; }

    /// <summary>The records, in section order (b2b, b2ba, b2bdn, b2bdna, b2bcn, b2bcna, ecom, ecoma), then as in the file.</summary>
    public ImmutableArray<InwardRecord> Records { get; init; } = [];

    /// <summary>One action per record that has a known <c>action</c> code, dated <see cref="ActionsAt"/>.</summary>
    public ImmutableArray<ImsAction> Actions { get; init; } = [];

    /// <summary>The portal's own data per record, in the order of <see cref="Records"/>.</summary>
    public ImmutableArray<ImsPortalRecord> PortalRecords { get; init; } = [];

    /// <summary>Findings about the data, in the order they arose.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>The portal's data for a record.</summary>
    /// <param name="recordId">The record's id.</param>
    /// <returns>The data, or <see langword="null"/> when no record has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public ImsPortalRecord? PortalRecordOf(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        foreach (var portal in PortalRecords)
        {
            if (string.Equals(portal.RecordId, recordId, StringComparison.Ordinal))
            {
                return portal;
            }
        }

        return null;
    }

    /// <summary>A case of the recipient's records and actions, monthly throughout, ready for <see cref="ImsEngine"/>.</summary>
    /// <param name="filings">The recipient's GSTR-3B filings; the portal's IMS data has none.</param>
    /// <param name="policies">The policies; <see langword="null"/> for the defaults.</param>
    /// <returns>The case.</returns>
    public ImsCase ToCase(Filings? filings = null, ImsPolicies? policies = null) => new()
    {
        Recipient = new Recipient { Gstin = RecipientGstin },
        Filings = filings ?? Filings.None,
        Records = Records,
        Actions = Actions,
        Policies = policies ?? ImsPolicies.Default,
    };
}
