using System.Collections.Immutable;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;

namespace Ims.Rules.Reconciliation;

/// <summary>What a reconciliation needs besides the books and the case: the moment the suggestions are for, the statement to show their effect on, and the policy.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>When the suggested actions would be taken: it decides whether Pending is allowed (R22–R27) and dates the actions.</summary>
    public required Instant At { get; init; }

    /// <summary>
    /// The statement every suggestion's effect is shown on. Default <see langword="null"/>: for each
    /// suggestion, the statement where its record lands at <see cref="At"/> (its own period's, or the
    /// first later one whose GSTR-3B is not yet filed).
    /// </summary>
    public ReturnPeriod? Period { get; init; }

    /// <summary>The user's manual decisions (links and pairs never to make), applied before every automatic rule.</summary>
    public ImmutableArray<ManualDecision> Manual { get; init; } = [];

    /// <summary>The matching tolerances and the booking window.</summary>
    public ReconciliationPolicy Policy { get; init; } = ReconciliationPolicy.Default;
}
