using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>Where a record finally lands, and from which instant every computation finds it there.</summary>
/// <param name="Period">The statement period it lands in.</param>
/// <param name="After">The latest of its entry and the GSTR-3B filings its landing was resolved at.</param>
/// <param name="Silent">Whether no action came after the GSTR-3B that closed it, so none is reported as too late (R17).</param>
internal readonly record struct Settled(ReturnPeriod Period, Instant After, bool Silent)
{
    /// <summary>Not settled by filed periods alone.</summary>
    public static readonly Settled Unknown = new(default, Instant.MaxValue, false);

    /// <summary>Whether a computation of <paramref name="target"/> at <paramref name="asOf"/> finds the record landed in an earlier statement.</summary>
    public bool LandedBefore(ReturnPeriod target, Instant asOf) => After <= asOf && Period < target;
}
