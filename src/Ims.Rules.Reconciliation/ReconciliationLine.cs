using System.Collections.Immutable;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;

namespace Ims.Rules.Reconciliation;

/// <summary>One line of a reconciliation: a pair of a book entry and an IMS record, or one of them alone.</summary>
public sealed record ReconciliationLine
{
    /// <summary>How the two sides relate.</summary>
    public required MatchStatus Status { get; init; }

    /// <summary>The book entry; <see langword="null"/> for an IMS-only or ineligible record without one.</summary>
    public BookEntry? Book { get; init; }

    /// <summary>The IMS record (the latest version of an amended document); <see langword="null"/> for a books-only entry.</summary>
    public InwardRecord? Ims { get; init; }

    /// <summary>The ids of earlier versions the IMS record amends (original first); they are not matched on their own.</summary>
    public ImmutableArray<string> EarlierVersions { get; init; } = [];

    /// <summary>The rule that paired the two; <see langword="null"/> for an unpaired document.</summary>
    public MatchRule? Rule { get; init; }

    /// <summary>Every field that differs between the two, with its size and whether the policy tolerates it.</summary>
    public ImmutableArray<FieldDifference> Differences { get; init; } = [];

    /// <summary>For <see cref="MatchStatus.Ineligible"/>: why the record bypasses IMS actions.</summary>
    public IneligibleReason? Ineligibility { get; init; }

    /// <summary>For a books-only entry that is booked twice: the id of the other entry of the same document (the one paired with IMS, when one is); reverse this one.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>For an unpaired document: the nearest candidates of the other side and why each was not paired.</summary>
    public ImmutableArray<RejectedCandidate> RejectedCandidates { get; init; } = [];

    /// <summary>For an IMS-only record: whether a book entry of its supplier may be it (listed or not, <see cref="ReconciliationPolicy.NearestCandidates"/>): it is then never rejected.</summary>
    internal bool HasCandidateBook { get; init; }

    /// <summary>What to do about it; <see langword="null"/> until suggestions are made (<see cref="Reconciler.Reconcile"/> makes them).</summary>
    public Suggestion? Suggestion { get; init; }
}
