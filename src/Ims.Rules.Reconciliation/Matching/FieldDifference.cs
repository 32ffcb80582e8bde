using Ims.Rules.Reconciliation.Internal;

namespace Ims.Rules.Reconciliation.Matching;

/// <summary>One field that differs between a book entry and its IMS record, and by how much.</summary>
/// <param name="Field">The field.</param>
/// <param name="Books">The books' value, as text.</param>
/// <param name="Ims">The IMS value, as text.</param>
/// <param name="Amount">For money: IMS minus books, in rupees; else <see langword="null"/>.</param>
/// <param name="Days">For the date: IMS minus books, in days; else <see langword="null"/>.</param>
/// <param name="WithinTolerance">Whether the policy tolerates it (a number written differently, amounts and dates inside their tolerance); a pair with any other difference is <see cref="MatchStatus.PartiallyMatched"/>.</param>
public sealed record FieldDifference(DifferenceField Field, string Books, string Ims, decimal? Amount, int? Days, bool WithinTolerance)
{
    /// <summary>The difference in words, books first: <c>igst 180.00 → 680.00 (+500.00)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Difference(this);
}
