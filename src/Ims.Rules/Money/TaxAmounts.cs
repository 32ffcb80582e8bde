using System;
using System.Diagnostics;
using System.Globalization;

namespace Ims.Rules;

/// <summary>
/// Amounts per tax head (IGST, CGST, SGST, cess) in rupees. Every amount is rounded to
/// paise on construction by <see cref="Paise.Round"/>, so sums and differences stay exact.
/// </summary>
/// <remarks>The default value is <see cref="Zero"/>.</remarks>
public readonly struct TaxAmounts : IEquatable<TaxAmounts>
{
    /// <summary>All four heads zero.</summary>
    public static readonly TaxAmounts Zero;

    /// <summary>Creates amounts, each rounded to paise.</summary>
    /// <param name="igst">Integrated GST.</param>
    /// <param name="cgst">Central GST.</param>
    /// <param name="sgst">State GST.</param>
    /// <param name="cess">Compensation cess.</param>
    public TaxAmounts(decimal igst, decimal cgst, decimal sgst, decimal cess)
    {
        Igst = Paise.Round(igst);
        Cgst = Paise.Round(cgst);
        Sgst = Paise.Round(sgst);
        Cess = Paise.Round(cess);
    }

    // For heads already in paise: sums, differences and negations of rounded amounts need no rounding.
    private TaxAmounts(decimal igst, decimal cgst, decimal sgst, decimal cess, bool inPaise)
    {
        Debug.Assert(inPaise, "Only for amounts already rounded to paise.");
        (Igst, Cgst, Sgst, Cess) = (igst, cgst, sgst, cess);
    }

    /// <summary>Integrated GST.</summary>
    public decimal Igst { get; }

    /// <summary>Central GST.</summary>
    public decimal Cgst { get; }

    /// <summary>State or Union-territory GST.</summary>
    public decimal Sgst { get; }

    /// <summary>Compensation cess.</summary>
    public decimal Cess { get; }

    /// <summary>The sum of the four heads.</summary>
    public decimal Total => Igst + Cgst + Sgst + Cess;

    /// <summary>Whether every head is zero.</summary>
    public bool IsZero => Paise.IsZero(Igst) && Paise.IsZero(Cgst) && Paise.IsZero(Sgst) && Paise.IsZero(Cess);

    /// <summary>Whether any head is below zero.</summary>
    public bool HasNegative => Paise.IsNegative(Igst) || Paise.IsNegative(Cgst) || Paise.IsNegative(Sgst) || Paise.IsNegative(Cess);

    /// <summary>The amount of one head.</summary>
    /// <param name="head">The head.</param>
    /// <returns>Its amount.</returns>
    public decimal this[TaxHead head] => head switch
    {
        TaxHead.Igst => Igst,
        TaxHead.Cgst => Cgst,
        TaxHead.Sgst => Sgst,
        TaxHead.Cess => Cess,
        _ => throw new ArgumentOutOfRangeException(nameof(head), head, "Not a tax head."),
    };

    /// <summary>Only the IGST head set.</summary>
    /// <param name="igst">Integrated GST.</param>
    /// <returns>The amounts.</returns>
    public static TaxAmounts OfIgst(decimal igst) => new(igst, 0, 0, 0);

    /// <summary>Equal CGST and SGST heads (an intra-state supply).</summary>
    /// <param name="each">The CGST amount, also the SGST amount.</param>
    /// <returns>The amounts.</returns>
    public static TaxAmounts OfCgstSgst(decimal each) => new(0, each, each, 0);

    /// <summary>Each head with its sign flipped.</summary>
    /// <returns>The negated amounts.</returns>
    public TaxAmounts Negate() => new(-Igst, -Cgst, -Sgst, -Cess, inPaise: true);

    /// <summary>Heads below zero kept, others zero.</summary>
    /// <returns>The negative part.</returns>
    public TaxAmounts NegativePart() => new(Math.Min(Igst, 0), Math.Min(Cgst, 0), Math.Min(Sgst, 0), Math.Min(Cess, 0), inPaise: true);

    /// <summary>Heads above zero kept, others zero.</summary>
    /// <returns>The positive part.</returns>
    public TaxAmounts PositivePart() => new(Math.Max(Igst, 0), Math.Max(Cgst, 0), Math.Max(Sgst, 0), Math.Max(Cess, 0), inPaise: true);

    /// <summary>Adds head by head.</summary>
    /// <param name="left">The first amounts.</param>
    /// <param name="right">The second amounts.</param>
    /// <returns>The sum.</returns>
    public static TaxAmounts operator +(TaxAmounts left, TaxAmounts right) =>
        new(left.Igst + right.Igst, left.Cgst + right.Cgst, left.Sgst + right.Sgst, left.Cess + right.Cess, inPaise: true);

    /// <summary>Subtracts head by head.</summary>
    /// <param name="left">The amounts to subtract from.</param>
    /// <param name="right">The amounts to subtract.</param>
    /// <returns>The difference.</returns>
    public static TaxAmounts operator -(TaxAmounts left, TaxAmounts right) =>
        new(left.Igst - right.Igst, left.Cgst - right.Cgst, left.Sgst - right.Sgst, left.Cess - right.Cess, inPaise: true);

    /// <summary>Negates each head.</summary>
    /// <param name="value">The amounts.</param>
    /// <returns>The negated amounts.</returns>
    public static TaxAmounts operator -(TaxAmounts value) => value.Negate();

    /// <summary>Adds head by head (the named alternative to <c>+</c>).</summary>
    /// <param name="left">The first amounts.</param>
    /// <param name="right">The second amounts.</param>
    /// <returns>The sum.</returns>
    public static TaxAmounts Add(TaxAmounts left, TaxAmounts right) => left + right;

    /// <summary>Subtracts head by head (the named alternative to <c>-</c>).</summary>
    /// <param name="left">The amounts to subtract from.</param>
    /// <param name="right">The amounts to subtract.</param>
    /// <returns>The difference.</returns>
    public static TaxAmounts Subtract(TaxAmounts left, TaxAmounts right) => left - right;

    /// <summary>Compares head by head.</summary>
    /// <param name="left">The first amounts.</param>
    /// <param name="right">The second amounts.</param>
    /// <returns>Whether all heads are equal.</returns>
    public static bool operator ==(TaxAmounts left, TaxAmounts right) => left.Equals(right);

    /// <summary>Compares head by head.</summary>
    /// <param name="left">The first amounts.</param>
    /// <param name="right">The second amounts.</param>
    /// <returns>Whether any head differs.</returns>
    public static bool operator !=(TaxAmounts left, TaxAmounts right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TaxAmounts other) =>
        Igst == other.Igst && Cgst == other.Cgst && Sgst == other.Sgst && Cess == other.Cess;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaxAmounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Igst, Cgst, Sgst, Cess);

    /// <summary>The amounts as the portal prints them: <c>IGST 180.00, CGST 0.00, SGST 0.00, Cess 0.00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"IGST {Igst:0.00}, CGST {Cgst:0.00}, SGST {Sgst:0.00}, Cess {Cess:0.00}");
}
