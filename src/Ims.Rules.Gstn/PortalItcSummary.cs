namespace Ims.Rules.Gstn;

/// <summary>
/// The portal's own <c>itcsumm</c> totals of a GSTR-2B download (R58), kept apart from the
/// documents: a hand-made or partial download need not add up, and the reader does not correct it.
/// </summary>
public sealed record PortalItcSummary
{
    /// <summary>No summary.</summary>
    public static PortalItcSummary None { get; } = new();

    /// <summary><c>itcavl</c>: ITC Available; <see langword="null"/> when absent.</summary>
    public PortalItcBucket? ItcAvailable { get; init; }

    /// <summary><c>itcunavl</c>: ITC Not Available.</summary>
    public PortalItcBucket? ItcNotAvailable { get; init; }

    /// <summary><c>itcrev</c>: ITC Reversal (R38), which the engine does not model.</summary>
    public PortalItcBucket? ItcReversal { get; init; }

    /// <summary><c>itcRejected</c>: ITC Rejected (from the October 2024 period).</summary>
    public PortalItcBucket? ItcRejected { get; init; }
}
