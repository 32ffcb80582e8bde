using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules.Reconciliation.Suggestions;

/// <summary>
/// What a suggestion does to a GSTR-2B statement if applied: the statement computed by
/// <see cref="ImsEngine"/> on the case with the suggested actions added, against the same
/// statement without them.
/// </summary>
public sealed record StatementEffect
{
    /// <summary>The statement compared; <see langword="null"/> when the record is in none yet (saved, not filed, R9).</summary>
    public ReturnPeriod? Period { get; init; }

    /// <summary>The instant the statement was computed at: its generation, or the suggestion instant when later (a recompute).</summary>
    public Instant? AsOf { get; init; }

    /// <summary>Where the record stands without the suggested action.</summary>
    public EffectPlacement Without { get; init; }

    /// <summary>Where it stands with the suggested action.</summary>
    public EffectPlacement With { get; init; }

    /// <summary>The record's ITC effect in the statement without the action (negative for a credit note that reduces ITC).</summary>
    public TaxAmounts ItcWithout { get; init; }

    /// <summary>The record's ITC effect in the statement with the action.</summary>
    public TaxAmounts ItcWith { get; init; }

    /// <summary>ITC gained in this statement: <see cref="ItcWith"/> minus <see cref="ItcWithout"/> (negative when ITC is given up; positive when a credit note's reduction is avoided).</summary>
    public TaxAmounts ItcGained => ItcWith - ItcWithout;

    /// <summary>The ITC moved to a later statement by Pending: the effect the record would have had here, which it will have where it is finally decided.</summary>
    public TaxAmounts ItcDeferred { get; init; }

    /// <summary>The change in the suppliers' liability the action causes (R47): positive when it rises (a rejected credit note).</summary>
    public TaxAmounts SupplierLiabilityIncrease { get; init; }

    /// <summary>The effect in words.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>The engine's findings about the suggested actions that the case without them does not have: an action it would ignore, and why.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];
}
