namespace Ims.Rules;

/// <summary>How a record reaches GSTR-2B: through IMS, where actions decide it, or straight to a bucket (R1, R3, R4, R6, R7, R9, R36).</summary>
public enum RecordRoute
{
    /// <summary>Through IMS: the recipient's actions decide it (R1).</summary>
    Ims,

    /// <summary>Saved but not filed: it can be actioned in IMS but is in no statement yet (R9).</summary>
    NotFiled,

    /// <summary>A reverse-charge document: straight to ITC Available (R4).</summary>
    ReverseCharge,

    /// <summary>An input service distributor's distribution (GSTR-6): straight to GSTR-2B, in ITC Available (R4).</summary>
    Isd,

    /// <summary>An input service distributor's distribution flagged ineligible: straight to ITC Not Available (R4).</summary>
    IsdIneligible,

    /// <summary>A non-resident's GSTR-5 document: straight to ITC Available (R4).</summary>
    NonResident,

    /// <summary>A bill of entry of a period before October 2025, when imports were not in IMS: straight to ITC Available (R4, R7).</summary>
    ImportBeforeIms,

    /// <summary>A record of a GSTR-2B period before October 2024, before IMS: straight to ITC Available (R6).</summary>
    BeforeIms,

    /// <summary>The supplier's state is the place of supply but the recipient is in another state: ITC Not Available, reason P (R3).</summary>
    PlaceOfSupply,

    /// <summary>Filed after the section 16(4) deadline: ITC Not Available, reason C (R3, R35, R36).</summary>
    TimeBarred,

    /// <summary>Left out because of an error finding; in no statement.</summary>
    LeftOut,
}
