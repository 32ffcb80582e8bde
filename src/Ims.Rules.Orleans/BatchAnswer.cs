using System.Collections.Immutable;
using Orleans;

namespace Ims.Rules.Orleans;

/// <summary>What became of a <see cref="CaseBatch"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("ims.batch-answer")]
public sealed record BatchAnswer
{
    /// <summary>Whether the batch was accepted and stored. A rejected batch changed nothing; <see cref="Findings"/> says why.</summary>
    [Id(0)]
    public required bool Accepted { get; init; }

    /// <summary>How many of the batch's records were new (the rest were already there, unchanged).</summary>
    [Id(1)]
    public int NewRecords { get; init; }

    /// <summary>How many of the batch's actions were new.</summary>
    [Id(2)]
    public int NewActions { get; init; }

    /// <summary>How many filings, profile changes and due-date extensions were new.</summary>
    [Id(3)]
    public int NewOther { get; init; }

    /// <summary>The library reader's findings about the batch (errors when rejected), or the conflicts that rejected it.</summary>
    [Id(4)]
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Whether the batch changed the case: accepted and with something new in it.</summary>
    public bool Changed => Accepted && NewRecords + NewActions + NewOther > 0;
}
