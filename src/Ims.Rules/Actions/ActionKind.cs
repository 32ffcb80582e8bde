namespace Ims.Rules;

/// <summary>The four IMS actions (R10), with the portal's letter codes.</summary>
public enum ActionKind
{
    /// <summary><c>N</c>: no action, the default; deemed accepted when the statement is generated (R11).</summary>
    NoAction,

    /// <summary><c>A</c>: accept; ITC Available (R12).</summary>
    Accept,

    /// <summary><c>R</c>: reject; ITC Rejected, no ITC (R13).</summary>
    Reject,

    /// <summary><c>P</c>: pending; left out and carried forward (R14).</summary>
    Pending,
}
