namespace Ims.Rules.Reconciliation.Suggestions;

/// <summary>What the reconciliation suggests doing about one line.</summary>
public enum SuggestionKind
{
    /// <summary>Accept the record in IMS: it matches the books (R12).</summary>
    Accept,

    /// <summary>Keep the record Pending while the difference is sorted out with the supplier, or until it reaches the books (R14); only where the engine allows Pending.</summary>
    Pending,

    /// <summary>Reject the record: it clearly does not belong to the recipient (R13); never for a bill of entry (R51).</summary>
    Reject,

    /// <summary>A warning: the record may not be kept Pending, so it must be accepted or rejected now; left without action it is deemed accepted (R11, R22, R25).</summary>
    AcceptOrRejectNow,

    /// <summary>In the books, not in IMS: ask the supplier to report it; there is no IMS action.</summary>
    FollowUpWithSupplier,

    /// <summary>Nothing to do in IMS: the record bypasses IMS actions (R3, R4, R6, R7).</summary>
    None,

    /// <summary>For information: the record is already in a GSTR-3B (its period is closed), so no IMS action can change it and none is suggested or uploaded (R17); the effect shows where it stands.</summary>
    ForInformation,

    /// <summary>In the books twice: reverse the entry named in the reason; there is no IMS action.</summary>
    DuplicateInBooks,
}
