using System;

namespace Ims.Rules.Money;

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
}
