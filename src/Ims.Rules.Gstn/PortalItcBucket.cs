using System.Collections.Immutable;

namespace Ims.Rules.Gstn;

/// <summary>One bucket of the portal's <c>itcsumm</c> (R58): <c>itcavl</c>, <c>itcunavl</c>, <c>itcrev</c> or <c>itcRejected</c>.</summary>
public sealed record PortalItcBucket
{
    /// <summary>
    /// The bucket's totals: as written at bucket level when given, else the sum of the groups
    /// <c>nonrevsup</c>, <c>isdsup</c>, <c>revsup</c> and <c>imports</c> (<c>othersup</c> lists credit
    /// notes and ISD documents a second time and is left out of the sum).
    /// </summary>
    public TaxAmounts Total { get; init; }

    /// <summary>The groups by key as written.</summary>
    public ImmutableSortedDictionary<string, PortalItcGroup> Groups { get; init; } = ImmutableSortedDictionary<string, PortalItcGroup>.Empty;
}
