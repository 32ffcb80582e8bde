namespace Ims.Rules.Reconciliation.Matching;

/// <summary>How a book entry and an IMS record relate after reconciliation.</summary>
public enum MatchStatus
{
    /// <summary>The same document on both sides, every difference within the policy's tolerances.</summary>
    Matched,

    /// <summary>The same document on both sides, with at least one difference beyond tolerance (each listed with its size).</summary>
    PartiallyMatched,

    /// <summary>In the books, not in IMS: the supplier has not reported it (or reported it so differently that no rule pairs it).</summary>
    BooksOnly,

    /// <summary>In IMS, not in the books.</summary>
    ImsOnly,

    /// <summary>An IMS record that bypasses IMS actions (reverse charge, ISD, place of supply, section 16(4), GSTR-5, imports before October 2025, periods before IMS); shown apart, with its book entry when one pairs with it.</summary>
    Ineligible,
}
