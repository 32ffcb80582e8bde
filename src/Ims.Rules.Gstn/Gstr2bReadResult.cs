using System.Collections.Immutable;
using Ims.Rules.Findings;
using Ims.Rules.Statements;

namespace Ims.Rules.Gstn;

/// <summary>What <see cref="Gstr2bReader"/> read from a GSTR-2B download.</summary>
public sealed record Gstr2bReadResult
{
    /// <summary>
    /// The statement: status generated, period from <c>rtnprd</c>, as of <c>gendt</c> at 00:00 IST,
    /// one document per document of <c>docdata</c> and <c>docRejdata</c> with its supplier, number and
    /// date, no rule IDs. Its summary
    /// holds the sums of the documents' ITC per bucket; its GSTR-3B figures are left at zero.
    /// <see langword="null"/> when the download cannot be read (see the findings).
    /// </summary>
    public Gstr2bStatement? Statement { get; init; }

    /// <summary>The documents as the portal wrote them, in the order of <see cref="Gstr2bStatement.Documents"/>.</summary>
    public ImmutableArray<PortalDocument> Documents { get; init; } = [];

    /// <summary>The portal's own <c>itcsumm</c> totals, kept apart from the documents.</summary>
    public PortalItcSummary PortalSummary { get; init; } = PortalItcSummary.None;

    /// <summary>The schema version as written (<c>data.version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The portal's checksum (<c>chksum</c>), not verified.</summary>
    public string? Checksum { get; init; }

    /// <summary>Findings about the download, in the order they arose.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];
}
