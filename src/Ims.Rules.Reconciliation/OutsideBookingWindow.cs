namespace Ims.Rules.Reconciliation;

/// <summary>
/// What is suggested for an IMS-only record that is not expected in the books any more: the books are complete well
/// past its date and it is not in them (<see cref="ReconciliationPolicy.OutsideBookingWindow"/>).
/// </summary>
public enum OutsideBookingWindow
{
    /// <summary>Suggest Reject (the default): a record the books should hold by now and do not is not the recipient's purchase.</summary>
    Reject,

    /// <summary>Suggest Pending: only a place of supply in another state than the recipient's leads to Reject.</summary>
    Pending,
}
