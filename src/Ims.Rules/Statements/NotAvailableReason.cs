namespace Ims.Rules;

/// <summary>Why a document is in ITC Not Available (<c>rsn</c>, R3).</summary>
public enum NotAvailableReason
{
    /// <summary><c>P</c>: the supplier's state is the place of supply but the recipient is registered elsewhere.</summary>
    PlaceOfSupply,

    /// <summary><c>C</c>: section 16(4) time limit passed.</summary>
    TimeLimit,
}
