using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// What the engine decided about one record: how it reaches GSTR-2B, where it naturally falls, its
/// time limit, and, at an instant, whether it may be kept Pending and which action is in force.
/// Adapters, reconciliation and the tool ask this instead of deciding rules themselves
/// (<see cref="ImsEngine.Decide(string, Instant)"/>).
/// </summary>
public sealed record RecordDecision
{
    /// <summary>The record.</summary>
    public required string RecordId { get; init; }

    /// <summary>How it reaches GSTR-2B.</summary>
    public required RecordRoute Route { get; init; }

    /// <summary>The rule IDs that decided <see cref="Route"/>.</summary>
    public required ImmutableArray<string> RouteRules { get; init; }

    /// <summary>Whether the recipient can act on it in IMS at all: through IMS, or saved and not yet filed (R1, R9).</summary>
    public bool Actionable => Route is RecordRoute.Ims or RecordRoute.NotFiled;

    /// <summary>Whether Reject is among its actions where it can be actioned: not for a bill of entry (R51).</summary>
    public required bool RejectAllowed { get; init; }

    /// <summary>The statement period it falls in by its filing (R29–R31, R34); <see langword="null"/> when it is not filed or was left out.</summary>
    public ReturnPeriod? Period { get; init; }

    /// <summary>The rule set of <see cref="Period"/>; <see langword="null"/> without one.</summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>The rule that placed it in <see cref="Period"/>: R29 (filing window), R31 (GSTR-1A) or R34 (a quarterly recipient); <see langword="null"/> without a period.</summary>
    public string? WindowRule { get; init; }

    /// <summary>The GSTR-2B section it is listed in.</summary>
    public Section Section { get; init; }

    /// <summary>The section 16(4) deadline for taking its ITC (R35); <see langword="null"/> where none applies (credit notes) or it was left out.</summary>
    public LocalDate? TimeLimit { get; init; }

    /// <summary>The instant the rest of the answer is for; <see langword="null"/> when decided without one.</summary>
    public Instant? At { get; init; }

    /// <summary>Whether a Pending taken at <see cref="At"/> would count, until when, and why (R22–R27, R37); <see langword="null"/> without an instant.</summary>
    public PendingAllowance? Pending { get; init; }

    /// <summary>
    /// The action the engine holds in force at <see cref="At"/>: the latest that passed the rules, same-instant
    /// ties broken by <see cref="ActionPrecedence"/> (R15); <see langword="null"/> for none (No action) or without an instant.
    /// </summary>
    public ImsAction? ActionInForce { get; init; }
}
