using System;

namespace Ims.Rules;

/// <summary>
/// The ITC reduction declared when accepting a credit note or a downward amendment, from
/// the October 2025 period (R26, R45): full (the default), a partial amount per head, or none.
/// </summary>
/// <remarks>The default value is <see cref="Full"/>.</remarks>
public readonly struct ItcReduction : IEquatable<ItcReduction>
{
    private ItcReduction(ItcReductionKind kind, TaxAmounts declared)
    {
        Kind = kind;
        Declared = declared;
    }

    /// <summary>Reduce by the record's full tax.</summary>
    public static ItcReduction Full => default;

    /// <summary>No reduction.</summary>
    public static ItcReduction None => new(ItcReductionKind.None, TaxAmounts.Zero);

    /// <summary>Full, partial or none.</summary>
    public ItcReductionKind Kind { get; }

    /// <summary>The declared amounts for <see cref="ItcReductionKind.Partial"/>; zero otherwise.</summary>
    public TaxAmounts Declared { get; }

    /// <summary>A partial reduction by <paramref name="declared"/>; the engine checks it against the record (R26).</summary>
    /// <param name="declared">The amounts to reduce, per head, positive.</param>
    /// <returns>The declaration.</returns>
    public static ItcReduction Partial(TaxAmounts declared) => new(ItcReductionKind.Partial, declared);

    /// <inheritdoc />
    public bool Equals(ItcReduction other) => Kind == other.Kind && Declared == other.Declared;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ItcReduction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Declared);

    /// <summary>Compares two declarations.</summary>
    /// <param name="left">The first declaration.</param>
    /// <param name="right">The second declaration.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ItcReduction left, ItcReduction right) => left.Equals(right);

    /// <summary>Compares two declarations.</summary>
    /// <param name="left">The first declaration.</param>
    /// <param name="right">The second declaration.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ItcReduction left, ItcReduction right) => !left.Equals(right);

    /// <summary>The declaration in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ItcReductionKind.Full => "full reduction",
        ItcReductionKind.None => "no reduction",
        ItcReductionKind.Partial => $"partial reduction ({Declared})",
    };
}
