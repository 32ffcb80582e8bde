using System.Collections.Immutable;
using Orleans;

namespace Ims.Rules.Orleans;

/// <summary>
/// One record explained: the engine's decision about it (<see cref="ImsEngine.Decide(string, NodaTime.Instant)"/>), where it
/// stands in each statement of its life, and the findings that name it. Enumerations are given by their names.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("ims.explanation")]
public sealed record RecordExplanation
{
    /// <summary>The record.</summary>
    [Id(0)]
    public required string RecordId { get; init; }

    /// <summary>How it reaches GSTR-2B (a <see cref="Ims.Rules.RecordRoute"/> name).</summary>
    [Id(1)]
    public required string Route { get; init; }

    /// <summary>The rule IDs that decided <see cref="Route"/>.</summary>
    [Id(2)]
    public ImmutableArray<string> RouteRules { get; init; } = [];

    /// <summary>The statement period it falls in by its filing; <see langword="null"/> when not filed or left out.</summary>
    [Id(3)]
    public ReturnPeriod? Period { get; init; }

    /// <summary>The rule that placed it in <see cref="Period"/>.</summary>
    [Id(4)]
    public string? WindowRule { get; init; }

    /// <summary>The GSTR-2B section it is listed in (a <see cref="Ims.Rules.Section"/> name).</summary>
    [Id(5)]
    public required string Section { get; init; }

    /// <summary>The section 16(4) deadline for its ITC, <c>yyyy-MM-dd</c>; <see langword="null"/> where none applies.</summary>
    [Id(6)]
    public string? TimeLimit { get; init; }

    /// <summary>Whether a Pending taken at the instant asked about would count.</summary>
    [Id(7)]
    public bool PendingAllowed { get; init; }

    /// <summary>Why (or why not), naming the rules.</summary>
    [Id(8)]
    public string PendingReason { get; init; } = string.Empty;

    /// <summary>The action in force at the instant asked about, in words; <see langword="null"/> for none.</summary>
    [Id(9)]
    public string? ActionInForce { get; init; }

    /// <summary>Where it stands in each statement from its own period to the one open at the instant asked about, each as it stands then.</summary>
    [Id(10)]
    public ImmutableArray<RecordPlacement> Placements { get; init; } = [];

    /// <summary>The case's findings that name the record.</summary>
    [Id(11)]
    public ImmutableArray<Finding> Findings { get; init; } = [];
}

/// <summary>Where a record stands in one statement.</summary>
/// <param name="Period">The statement's period.</param>
/// <param name="Bucket">The bucket it is listed in (a <see cref="Ims.Rules.Bucket"/> name), or <c>CarriedForward</c>.</param>
/// <param name="Section">The section (a <see cref="Ims.Rules.Section"/> name); empty when carried forward.</param>
/// <param name="Rules">The rule IDs that placed it there.</param>
[GenerateSerializer]
[Immutable]
[Alias("ims.placement")]
public sealed record RecordPlacement(
    [property: Id(0)] ReturnPeriod Period,
    [property: Id(1)] string Bucket,
    [property: Id(2)] string Section,
    [property: Id(3)] ImmutableArray<string> Rules);
