
namespace Ims.Rules.Gstn;

/// <summary>
/// What the portal said about one IMS record beyond its <see cref="Ims.Rules.InwardRecord"/>: its
/// action and flags as the portal holds them, kept as data so a caller can compare them with the
/// engine (see <see cref="PendingFlagCheck"/>) or send them back (see <see cref="ImsActionUpload"/>).
/// </summary>
public sealed record ImsPortalRecord
{
    /// <summary>The record's id (see <see cref="GstnRecordIds.ForIms"/>).</summary>
    public required string RecordId { get; init; }

    /// <summary>The IMS section it was read from.</summary>
    public required ImsSection Section { get; init; }

    /// <summary>The JSON path of the row, such as <c>$.b2bcn[0]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The supplier's GSTIN (<c>stin</c>) exactly as written, even when it is malformed.</summary>
    public required string SupplierGstinText { get; init; }

    /// <summary>The portal's current action (<c>action</c>: A, R, P, N); <see langword="null"/> when absent or unknown.</summary>
    public ActionKind? Action { get; init; }

    /// <summary>The action before the current one (<c>prev_status</c>), when given.</summary>
    public ActionKind? PreviousAction { get; init; }

    /// <summary><c>ispendactblocked</c>: <see langword="true"/> for "Y" (Pending is blocked), <see langword="null"/> when absent.</summary>
    public bool? PendingActionBlocked { get; init; }

    /// <summary><c>ispendactnallwd</c>, which one code base has beside <c>ispendactblocked</c>: <see langword="true"/> for "Y" (Pending not allowed).</summary>
    public bool? PendingActionNotAllowed { get; init; }

    /// <summary>Whether the supplier's return was filed (<c>srcfilstatus</c> "Filed"/"FILED") rather than only saved ("Not Filed"/"SAVED").</summary>
    public bool Filed { get; init; }

    /// <summary>The document value (<c>val</c>), which <see cref="Ims.Rules.InwardRecord"/> does not hold.</summary>
    public decimal? DocumentValue { get; init; }

    /// <summary>The portal's <c>hash</c> of the record, echoed in uploads.</summary>
    public string? Hash { get; init; }

    /// <summary><c>itcRedReq</c>: whether the recipient declared that ITC needs to be reduced (R26).</summary>
    public bool? ItcReductionRequired { get; init; }

    /// <summary>The declared reduction (<c>declIgst</c>, <c>declCgst</c>, <c>declSgst</c>, <c>declCess</c>); <see langword="null"/> when none is given (a full reduction).</summary>
    public TaxAmounts? DeclaredReduction { get; init; }

    /// <summary>The recipient's remark (<c>remarks</c>).</summary>
    public string? Remarks { get; init; }
}
