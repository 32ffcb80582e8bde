namespace Ims.Rules;

/// <summary>Whether a statement exists.</summary>
public enum StatementStatus
{
    /// <summary><c>generated</c>.</summary>
    Generated,

    /// <summary><c>notGenerated</c>: the reason is among the findings (previous GSTR-3B unfiled, a quarterly recipient's month, not yet the 14th).</summary>
    NotGenerated,
}
