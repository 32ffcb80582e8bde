namespace Ims.Rules;

/// <summary>The part of GSTR-2B a document is shown in.</summary>
public enum Bucket
{
    /// <summary><c>itcAvailable</c>: accepted or deemed accepted, or straight to GSTR-2B (R11, R12, R4).</summary>
    ItcAvailable,

    /// <summary><c>itcNotAvailable</c>: place-of-supply rule, section 16(4), or an ISD's ineligible distribution (R3).</summary>
    ItcNotAvailable,

    /// <summary><c>itcRejected</c>: rejected in IMS; no ITC (R13).</summary>
    ItcRejected,
}
