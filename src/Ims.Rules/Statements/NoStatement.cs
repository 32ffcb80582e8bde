using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// The answer when no GSTR-2B exists for a period at a moment: which statement was asked for, why there is none,
/// and the findings, among them the one that says why in words with its rule.
/// </summary>
public sealed record NoStatement
{
    /// <summary>The recipient.</summary>
    public required Gstin Gstin { get; init; }

    /// <summary>The period asked for (a month of a quarterly recipient stays that month).</summary>
    public required ReturnPeriod Period { get; init; }

    /// <summary>The instant the question was asked at: the generation instant, or the instant asked for.</summary>
    public required Instant AsOf { get; init; }

    /// <summary>The moment asked for.</summary>
    public StatementMoment Moment { get; init; }

    /// <summary>The rule set of the period.</summary>
    public required RuleSet RuleSet { get; init; }

    /// <summary>Why there is no statement.</summary>
    public required NoStatementReason Reason { get; init; }

    /// <summary>Findings about the data that bear on the period, and the one that says why there is no statement.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>The same answer as the oracle's always-a-document form: status <see cref="StatementStatus.NotGenerated"/>, no documents, zero totals.</summary>
    /// <returns>The document.</returns>
    public Gstr2bStatement ToDocument() => new()
    {
        Gstin = Gstin,
        Period = Period,
        AsOf = AsOf,
        Moment = Moment,
        RuleSet = RuleSet,
        Status = StatementStatus.NotGenerated,
        Findings = Findings,
    };

    /// <summary>Whether two answers are the same in every field, findings item by item in order.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(NoStatement? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Gstin.Equals(other.Gstin) && Period == other.Period && AsOf == other.AsOf && Moment == other.Moment
            && RuleSet == other.RuleSet && Reason == other.Reason && Values.Equal(Findings, other.Findings));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Gstin, Period, AsOf, Moment, Reason, Values.Hash(Findings));
}
