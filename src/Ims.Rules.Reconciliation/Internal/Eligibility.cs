using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Whether an IMS record bypasses IMS actions, as the engine routed it (<see cref="ImsEngine.Decide(string)"/>,
/// R3, R4, R6, R7, R36): reconciliation names the engine's answer, it never decides the route itself.
/// </summary>
internal sealed class Eligibility(ImsEngine engine)
{
    private readonly StateCode? _recipientState = engine.Case.Recipient.Gstin.ToString().Length == 15 ? engine.Case.Recipient.Gstin.State : null;

    /// <summary>Why a record bypasses IMS actions, from the engine's decision on it; none when it goes through IMS (or is unknown).</summary>
    public static IneligibleReason? Of(RecordDecision? decision) => decision?.Route switch
    {
        RecordRoute.ReverseCharge => IneligibleReason.ReverseCharge,
        RecordRoute.Isd or RecordRoute.IsdIneligible => IneligibleReason.Isd,
        RecordRoute.NonResident => IneligibleReason.Gstr5,
        RecordRoute.ImportBeforeIms => IneligibleReason.ImportBeforeOctober2025,
        RecordRoute.BeforeIms => IneligibleReason.BeforeIms,
        RecordRoute.PlaceOfSupply => IneligibleReason.PlaceOfSupply,
        RecordRoute.TimeBarred => IneligibleReason.TimeBarred,
        _ => null, // through IMS, not yet filed, or left out (the suggestion says why)
    };

    /// <summary>Whether the place of supply is another state than the recipient's (and the supply is not to an SEZ); a record that passes IMS with it does not belong here.</summary>
    public bool PlaceOfSupplyElsewhere(InwardRecord record) =>
        _recipientState is { } state && record.PlaceOfSupply is { } pos && pos != state
        && record.InvoiceType is not (InvoiceType.SezWithPayment or InvoiceType.SezWithoutPayment);

    /// <summary>The recipient's state, when its GSTIN is valid.</summary>
    public StateCode? RecipientState => _recipientState;
}
