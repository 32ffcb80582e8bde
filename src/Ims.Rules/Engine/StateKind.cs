namespace Ims.Rules.Engine;

/// <summary>A record's state in IMS at an instant, after the rules have filtered its actions.</summary>
internal enum StateKind
{
    /// <summary>No action: deemed accepted when a statement is generated (R11).</summary>
    NoAction,

    /// <summary>Accepted (R12).</summary>
    Accept,

    /// <summary>Rejected (R13).</summary>
    Reject,

    /// <summary>Pending: left out, carried forward (R14).</summary>
    Pending,

    /// <summary>An amendment waiting for its original to be settled and closed (R43); carried forward like Pending.</summary>
    Held,

    /// <summary>Pending past its one-period allowance: treated as No action (R25).</summary>
    Expired,

    /// <summary>Pending past its section 16(4) deadline: ITC Not Available, reason C (R37).</summary>
    TimeBarred,

    /// <summary>An original whose amendment falls in the same statement period: only the amendment counts, the original is not listed (R40, R43).</summary>
    Superseded,
}
