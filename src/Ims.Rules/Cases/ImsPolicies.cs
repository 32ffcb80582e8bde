namespace Ims.Rules;

/// <summary>
/// Switches for the points the public rules leave open. Each has a documented default
/// (<see cref="Default"/>); see <c>docs/policies.md</c> for the reasons.
/// </summary>
public sealed record ImsPolicies
{
    /// <summary>Every policy at its default.</summary>
    public static ImsPolicies Default { get; } = new();

    /// <summary><c>amendmentNeedsSettledOriginal</c> (<c>true</c> or <c>false</c> in a case file): whether an amendment can be actioned, and enters a statement, only after its original was settled and the original's GSTR-3B filed (R43). Default <see cref="AmendmentOriginalPolicy.MustBeSettled"/>.</summary>
    public AmendmentOriginalPolicy AmendmentOriginal { get; init; }

    /// <summary><c>expiredPending</c>: what a record still Pending after its one-period limit becomes (R25). Default <see cref="ExpiredPendingPolicy.DeemedAccepted"/>.</summary>
    public ExpiredPendingPolicy ExpiredPending { get; init; }

    /// <summary><c>pendingPastTimeLimit</c>: what a record still Pending after its section 16(4) deadline becomes (R37). Default <see cref="PendingPastTimeLimitPolicy.ItcNotAvailable"/>.</summary>
    public PendingPastTimeLimitPolicy PendingPastTimeLimit { get; init; }

    /// <summary><c>qrmpMonthlyStatements</c> (<c>false</c> or <c>true</c> in a case file): whether a quarterly recipient gets one statement per quarter or one per month (R34). Default <see cref="QrmpStatementsPolicy.Quarterly"/>.</summary>
    public QrmpStatementsPolicy QrmpStatements { get; init; }

    /// <summary><c>sequential</c>: whether a statement waits for GSTR-3B of the previous period (R32). Default <see cref="SequentialPolicy.Refuse"/>.</summary>
    public SequentialPolicy Sequential { get; init; }

    /// <summary><c>timeBarCutoff</c>: which section 16(4) cut-off marks a record time-barred with reason C (R36). Default <see cref="TimeBarCutoffPolicy.Statutory"/>.</summary>
    public TimeBarCutoffPolicy TimeBarCutoff { get; init; }

    /// <summary><c>creditNotesInGstr3b</c>: where reductions go in GSTR-3B table 4 (R46). Default <see cref="CreditNotesInGstr3bPolicy.Netted"/>.</summary>
    public CreditNotesInGstr3bPolicy CreditNotesInGstr3b { get; init; }

    /// <summary>
    /// <c>ineligibleAmendment</c>: what happens to the ITC taken on a document whose amendment is ineligible under the
    /// place-of-supply rule (R3, R41, R42; the catalogue is silent). Default <see cref="IneligibleAmendmentPolicy.ReverseTaken"/>.
    /// </summary>
    public IneligibleAmendmentPolicy IneligibleAmendment { get; init; }
}

/// <summary>Values of <see cref="ImsPolicies.AmendmentOriginal"/>.</summary>
public enum AmendmentOriginalPolicy
{
    /// <summary><c>amendmentNeedsSettledOriginal: true</c>: an amendment waits until its original is settled and the original's GSTR-3B filed (R43).</summary>
    MustBeSettled,

    /// <summary><c>amendmentNeedsSettledOriginal: false</c>: an amendment can be actioned and enters a statement on its own.</summary>
    Independent,
}

/// <summary>Values of <see cref="ImsPolicies.QrmpStatements"/>.</summary>
public enum QrmpStatementsPolicy
{
    /// <summary><c>qrmpMonthlyStatements: false</c>: one statement per quarter, generated on the 14th after it; a month inside the quarter has none (R34).</summary>
    Quarterly,

    /// <summary><c>qrmpMonthlyStatements: true</c>: every month of the quarter has its own statement; GSTR-3B stays quarterly.</summary>
    Monthly,
}

/// <summary>Values of <see cref="ImsPolicies.IneligibleAmendment"/>.</summary>
public enum IneligibleAmendmentPolicy
{
    /// <summary><c>reverseTaken</c>: the amendment's statement reverses the ITC taken on the earlier versions (<see cref="StatementDocument.ItcReversed"/>, table 4(B)(2)), so no ITC stays availed on a document that is now ineligible.</summary>
    ReverseTaken,

    /// <summary><c>keepTaken</c>: the ITC taken stays as taken; the amendment only shows its value as not available, and any reversal is left to the taxpayer's GSTR-3B (R19, R62).</summary>
    KeepTaken,
}

/// <summary>Values of <see cref="ImsPolicies.ExpiredPending"/>.</summary>
public enum ExpiredPendingPolicy
{
    /// <summary><c>deemedAccepted</c>: treated as No action once the limit passes, so deemed accepted in the next statement computed after it.</summary>
    DeemedAccepted,

    /// <summary><c>keepPending</c>: the limit is not enforced on a Pending already taken; only section 16(4) bounds it.</summary>
    KeepPending,
}

/// <summary>Values of <see cref="ImsPolicies.PendingPastTimeLimit"/>.</summary>
public enum PendingPastTimeLimitPolicy
{
    /// <summary><c>itcNotAvailable</c>: placed in ITC Not Available with reason C in the first statement computed after the deadline.</summary>
    ItcNotAvailable,

    /// <summary><c>keepPending</c>: stays Pending and carried forward; the deadline is only reported.</summary>
    KeepPending,
}

/// <summary>Values of <see cref="ImsPolicies.Sequential"/>.</summary>
public enum SequentialPolicy
{
    /// <summary><c>refuse</c>: no statement while GSTR-3B of the previous period is unfiled (status notGenerated).</summary>
    Refuse,

    /// <summary><c>project</c>: compute it anyway, with a warning.</summary>
    Project,
}

/// <summary>Values of <see cref="ImsPolicies.TimeBarCutoff"/>.</summary>
public enum TimeBarCutoffPolicy
{
    /// <summary><c>statutory</c>: the section 16(4) deadline, the annual return's filing date when earlier.</summary>
    Statutory,

    /// <summary><c>ignoreAnnualReturn</c>: the calendar deadline only (30 November, or the older September-return date), as the portal may apply it.</summary>
    IgnoreAnnualReturn,
}

/// <summary>Values of <see cref="ImsPolicies.CreditNotesInGstr3b"/>.</summary>
public enum CreditNotesInGstr3bPolicy
{
    /// <summary><c>netted</c>: reductions are netted inside each table 4(A) row; only a negative net goes to 4(B)(2).</summary>
    Netted,

    /// <summary><c>reversal</c>: every reduction goes to 4(B)(2); table 4(A) rows hold only additions.</summary>
    Reversal,
}
