using System.Collections.Immutable;

namespace Ims.Rules.Gstn;

/// <summary>A GSTR-2B download as <see cref="Gstr2bReader"/> read it: the statement in the engine's terms and the portal's own data.</summary>
public sealed record Gstr2bDownload
{
    /// <summary>
    /// The statement: status generated, period from <c>rtnprd</c>, as of <c>gendt</c> at 00:00 IST,
    /// one document per document of <c>docdata</c> and <c>docRejdata</c> with its supplier, number and
    /// date, no rule IDs, and the reader's findings. Its summary holds the sums of the documents' ITC per
    /// bucket; its GSTR-3B figures are left at zero.
    /// </summary>
    public required Gstr2bStatement Statement { get; init; }

    /// <summary>The documents as the portal wrote them, in the order of <see cref="Gstr2bStatement.Documents"/>.</summary>
    public ImmutableArray<PortalDocument> Documents { get; init; } = [];

    /// <summary>The portal's own <c>itcsumm</c> totals, kept apart from the documents.</summary>
    public PortalItcSummary PortalSummary { get; init; } = PortalItcSummary.None;

    /// <summary>The schema version as written (<c>data.version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The portal's checksum (<c>chksum</c>), not verified.</summary>
    public string? Checksum { get; init; }
}
