namespace Ims.Rules;

/// <summary>Why no GSTR-2B exists for a period at a moment (the JSON result's <c>reason</c> when <c>status</c> is <c>notGenerated</c>).</summary>
public enum NoStatementReason
{
    /// <summary><c>quarterlyMonth</c>: a month of a quarterly (QRMP) recipient, whose statement is the quarter's (R34).</summary>
    QuarterlyMonth,

    /// <summary><c>recipientInvalid</c>: the recipient's GSTIN is missing or malformed, so no place-of-supply rule can be decided (R3).</summary>
    RecipientInvalid,

    /// <summary><c>notYetGenerated</c>: asked for at an instant before the statement is generated (R28).</summary>
    NotYetGenerated,

    /// <summary><c>previousGstr3bUnfiled</c>: GSTR-3B of the previous period is unfiled and the policy refuses to project (R32).</summary>
    PreviousGstr3bUnfiled,
}
