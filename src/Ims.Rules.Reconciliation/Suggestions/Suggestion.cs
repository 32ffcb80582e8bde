using System.Collections.Immutable;

namespace Ims.Rules.Reconciliation.Suggestions;

/// <summary>What the reconciliation suggests for one line, why, and what it would do to the statement.</summary>
public sealed record Suggestion
{
    /// <summary>The kind of suggestion.</summary>
    public required SuggestionKind Kind { get; init; }

    /// <summary>
    /// The IMS actions to take, dated at the suggestion instant; empty when there is nothing to
    /// send (the record already carries the action, a warning, a follow-up, a record that bypasses IMS).
    /// </summary>
    public ImmutableArray<ImsAction> Actions { get; init; } = [];

    /// <summary>Why, in words, naming the rules and the differences that decided it.</summary>
    public required string Reason { get; init; }

    /// <summary>The effect on the statement if the actions are taken; <see langword="null"/> when there are none.</summary>
    public StatementEffect? Effect { get; init; }
}
