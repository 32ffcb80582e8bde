using System.Collections.Immutable;

namespace Ims.Rules.Gstn;

/// <summary>One group of a bucket of the portal's <c>itcsumm</c> (R58): <c>nonrevsup</c>, <c>isdsup</c>, <c>revsup</c>, <c>imports</c> or <c>othersup</c>.</summary>
public sealed record PortalItcGroup
{
    /// <summary>The group's own totals as written; the sum of its sections when the portal gives none.</summary>
    public TaxAmounts Total { get; init; }

    /// <summary>The totals per section key as written (<c>b2b</c>, <c>cdnr</c>, <c>impga</c>, …).</summary>
    public ImmutableSortedDictionary<string, TaxAmounts> Sections { get; init; } = ImmutableSortedDictionary<string, TaxAmounts>.Empty;
}
