using System.Collections.Immutable;

namespace Ims.Rules;

/// <summary>The taxpayer whose statement is computed, and its return frequency over time.</summary>
public sealed record Recipient
{
    /// <summary>The recipient's GSTIN; its state decides the place-of-supply rule (R3).</summary>
    public required Gstin Gstin { get; init; }

    /// <summary>
    /// The return frequency from each month on, earliest first. Statements exist from the
    /// first entry's month; an empty profile means monthly throughout.
    /// </summary>
    public ImmutableArray<FrequencyChange> Profile { get; init; } = [];
}
