namespace Ims.Rules.Engine;

/// <summary>How a record reaches GSTR-2B (R3, R4, R6, R9).</summary>
internal enum Route : byte
{
    /// <summary>Through IMS: actions decide it.</summary>
    Ims,

    /// <summary>Straight to ITC Available: reverse charge, ISD, GSTR-5, imports before October 2025, every record before IMS.</summary>
    Direct,

    /// <summary>Straight to ITC Not Available, reason P (R3).</summary>
    PlaceOfSupply,

    /// <summary>Straight to ITC Not Available, reason C: filed after the section 16(4) deadline (R3, R36).</summary>
    TimeBarred,

    /// <summary>Straight to ITC Not Available: an ISD distribution flagged ineligible (R4).</summary>
    IsdIneligible,

    /// <summary>Saved but never filed: in no statement (R9).</summary>
    NotFiled,

    /// <summary>Left out because of an error finding.</summary>
    Excluded,
}
