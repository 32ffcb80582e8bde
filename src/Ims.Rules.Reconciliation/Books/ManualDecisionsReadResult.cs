using System.Collections.Immutable;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>What <see cref="ManualDecisionsCsvReader"/> read.</summary>
/// <param name="Decisions">The decisions, in file order; bad rows are left out.</param>
/// <param name="Findings">An error for each row left out, naming it.</param>
public sealed record ManualDecisionsReadResult(ImmutableArray<ManualDecision> Decisions, ImmutableArray<Finding> Findings);
