using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation;

/// <summary>The totals of the lines of one status.</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many lines.</param>
/// <param name="BooksTaxableValue">The book entries' taxable value.</param>
/// <param name="BooksTax">The book entries' tax.</param>
/// <param name="ImsTaxableValue">The IMS records' taxable value.</param>
/// <param name="ImsTax">The IMS records' tax.</param>
public sealed record StatusTotal(MatchStatus Status, int Count, decimal BooksTaxableValue, TaxAmounts BooksTax, decimal ImsTaxableValue, TaxAmounts ImsTax);
