namespace Ims.Rules.Reconciliation.Matching;

/// <summary>Why an IMS record cannot be actioned: it goes straight to GSTR-2B (R3, R4, R6, R7).</summary>
public enum IneligibleReason
{
    /// <summary>A reverse-charge document (R4).</summary>
    ReverseCharge,

    /// <summary>An input service distributor's document (GSTR-6, R4).</summary>
    Isd,

    /// <summary>Supplier's state = place of supply ≠ recipient's state: ITC Not Available, reason P (R3).</summary>
    PlaceOfSupply,

    /// <summary>Filed after the section 16(4) deadline: ITC Not Available, reason C (R3, R36).</summary>
    TimeBarred,

    /// <summary>A non-resident's GSTR-5 document (R4).</summary>
    Gstr5,

    /// <summary>A bill of entry of a period before October 2025 (R4, R7).</summary>
    ImportBeforeOctober2025,

    /// <summary>A record of a GSTR-2B period before October 2024, before IMS (R6).</summary>
    BeforeIms,
}
