using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>One matching pass: which pairs it accepts and the rule it reports. Passes run in the order of <see cref="All"/>.</summary>
internal sealed class Pass
{
    private readonly PassKind _kind;

    private Pass(PassKind kind, MatchRule rule)
    {
        _kind = kind;
        Rule = rule;
    }

    private enum PassKind
    {
        Exact,
        NormalisedNumber,
        AmountTolerance,
        DateTolerance,
        PanLevel,
        SameGstinBeyondTolerance,
    }

    /// <summary>
    /// The passes in order: the five rules within tolerance, then the same documents of one GSTIN with
    /// differences beyond it (partial matches). A pair at PAN level needs amounts and dates within
    /// tolerance: another registration of the supplier may reuse a number for an unrelated document.
    /// </summary>
    public static Pass[] All { get; } =
    [
        new(PassKind.Exact, MatchRule.Exact),
        new(PassKind.NormalisedNumber, MatchRule.NormalisedNumber),
        new(PassKind.AmountTolerance, MatchRule.AmountTolerance),
        new(PassKind.DateTolerance, MatchRule.DateTolerance),
        new(PassKind.PanLevel, MatchRule.PanLevel),
        new(PassKind.SameGstinBeyondTolerance, MatchRule.NormalisedNumber),
    ];

    public MatchRule Rule { get; }

    /// <summary>Whether the pass pairs book entry <paramref name="b"/> with IMS record <paramref name="m"/>; both share PAN and normalised number (their group).</summary>
    public bool Accepts(Doc b, Doc m, ReconciliationPolicy policy)
    {
        if (b.Kind != m.Kind || !b.SameYearToken(m))
        {
            return false;
        }

        var sameGstin = string.Equals(b.GstinText, m.GstinText, System.StringComparison.Ordinal);
        var sameYear = b.FinancialYear == m.FinancialYear;
        var days = System.Math.Abs(m.DaysFrom(b));
        var near = sameYear || days <= policy.DateToleranceDays;
        return _kind switch
        {
            PassKind.Exact => sameGstin && days == 0 && b.SameAmounts(m) && string.Equals(b.Raw, m.Raw, System.StringComparison.Ordinal),
            PassKind.NormalisedNumber => sameGstin && days == 0 && b.SameAmounts(m),
            PassKind.AmountTolerance => sameGstin && days == 0 && b.AmountsWithin(m, policy),
            PassKind.DateTolerance => sameGstin && days <= policy.DateToleranceDays && b.AmountsWithin(m, policy),
            PassKind.PanLevel => !sameGstin && days <= policy.DateToleranceDays && b.AmountsWithin(m, policy),
            PassKind.SameGstinBeyondTolerance => sameGstin && near,
        };
    }
}
