using System;

namespace Ims.Rules;

/// <summary>
/// The one rounding rule of Ims.Rules: every amount is held in rupees rounded to paise
/// (two decimals), halves away from zero, as the GST portal prints amounts.
/// </summary>
public static class Paise
{
    /// <summary>Rounds <paramref name="rupees"/> to paise, halves away from zero (1.005 → 1.01, −1.005 → −1.01).</summary>
    /// <param name="rupees">An amount in rupees.</param>
    /// <returns>The amount with at most two decimals.</returns>
    public static decimal Round(decimal rupees) => Math.Round(rupees, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether <paramref name="rupees"/> already has at most two decimals.</summary>
    /// <param name="rupees">An amount in rupees.</param>
    /// <returns><see langword="true"/> when rounding to paise would not change it.</returns>
    public static bool IsWhole(decimal rupees) => Round(rupees) == rupees;

    /// <summary>
    /// The largest amount, in rupees, that a record, action or file may carry: 10^15 (a thousand
    /// lakh crore), far above any real document and far enough below <see cref="decimal.MaxValue"/>
    /// that no sum of a case's amounts can overflow. Larger amounts are an error finding, never a crash.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Whether <paramref name="rupees"/> lies within ±<see cref="MaxAmount"/>.</summary>
    /// <param name="rupees">An amount in rupees.</param>
    /// <returns><see langword="true"/> when the amount may be used.</returns>
    public static bool IsInRange(decimal rupees)
    {
        // Most amounts fit in 64 bits of mantissa below the limit: then no scale can make them larger. Checked per
        // amount of every record, so the general comparison (which aligns scales) is left for the rest.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rupees, bits);
        if (bits[2] == 0 && unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]) <= MaxMantissa)
        {
            return true;
        }

        return rupees is >= -MaxAmount and <= MaxAmount;
    }

    private const ulong MaxMantissa = 1_000_000_000_000_000;

    /// <summary>Whether <paramref name="amount"/> is zero, read from its digits alone (a comparison with zero would first align scales).</summary>
    internal static bool IsZero(decimal amount) => IsZeroNumber(amount);

    /// <summary>Whether <paramref name="amount"/> is below zero, the sign read first: most amounts are positive.</summary>
    internal static bool IsNegative(decimal amount) => decimal.IsNegative(amount) && !IsZero(amount);

    private static bool IsZeroNumber<T>(T value)
        where T : System.Numerics.INumberBase<T> => T.IsZero(value);
}
