namespace Ims.Rules;

/// <summary>Why a record is carried forward past a statement.</summary>
public enum CarryForwardReason
{
    /// <summary><c>pending</c>: the recipient kept it Pending (R14); bounded by the one-period allowance (R25) and section 16(4) (R37).</summary>
    Pending,

    /// <summary><c>awaitingOriginal</c>: an amendment held until its original is actioned and the original's GSTR-3B filed (R43); the recipient chose nothing, so no Pending deadline applies.</summary>
    AwaitingOriginal,
}
