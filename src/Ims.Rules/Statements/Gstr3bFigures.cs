
namespace Ims.Rules;

/// <summary>The GSTR-3B table 4 figures a statement auto-populates (R56, R58).</summary>
public sealed record Gstr3bFigures
{
    /// <summary>All zero.</summary>
    public static Gstr3bFigures Zero { get; } = new();

    /// <summary>4(A)(1): import of goods.</summary>
    public TaxAmounts Table4A1 { get; init; }

    /// <summary>4(A)(3): inward supplies liable to reverse charge.</summary>
    public TaxAmounts Table4A3 { get; init; }

    /// <summary>4(A)(4): inward supplies from ISD.</summary>
    public TaxAmounts Table4A4 { get; init; }

    /// <summary>4(A)(5): all other ITC.</summary>
    public TaxAmounts Table4A5 { get; init; }

    /// <summary>4(B)(2): reductions shown as reversals (positive).</summary>
    public TaxAmounts Table4B2 { get; init; }

    /// <summary>4(D)(2): ineligible ITC under the place-of-supply rule and section 16(4).</summary>
    public TaxAmounts Table4D2 { get; init; }

    /// <summary>4(A) in all, less 4(B)(2): the net ITC the statement adds.</summary>
    public TaxAmounts NetItc => Table4A1 + Table4A3 + Table4A4 + Table4A5 - Table4B2;
}
