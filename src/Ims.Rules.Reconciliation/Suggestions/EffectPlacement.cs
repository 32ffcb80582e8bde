namespace Ims.Rules.Reconciliation.Suggestions;

/// <summary>Where a record stands in one GSTR-2B statement.</summary>
public enum EffectPlacement
{
    /// <summary>In ITC Available.</summary>
    ItcAvailable,

    /// <summary>In ITC Not Available.</summary>
    ItcNotAvailable,

    /// <summary>In ITC Rejected.</summary>
    ItcRejected,

    /// <summary>Left out and carried forward as Pending (R14).</summary>
    CarriedForward,

    /// <summary>Not in the statement (it belongs to another one, or was never filed).</summary>
    NotInStatement,
}
