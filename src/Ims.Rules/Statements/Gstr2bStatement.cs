using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// One GSTR-2B statement as it stands at an instant, with everything needed to explain it. Compares by value:
/// two computations of the same statement are equal (<c>==</c>, <see cref="Equals(Gstr2bStatement)"/>), lists
/// compared item by item in order.
/// </summary>
/// <remarks>
/// A statement the engine computes fills its documents, summary, carry-forward, supplier effects and findings when
/// one of them is first read, from the engine's ledger (once, safely from any thread): a timeline of many statements
/// costs little more than the one pass that decides them until its lists are read.
/// </remarks>
public sealed record Gstr2bStatement
{
    private ImmutableArray<StatementDocument> _documents = [];
    private StatementSummary? _summary = new();
    private ImmutableArray<CarryForwardEntry> _carryForward = [];
    private ImmutableArray<SupplierEffect> _supplierEffects = [];
    private ImmutableArray<Finding> _findings = [];
    private Lazy<Gstr2bStatement>? _contents;

    /// <summary>The recipient.</summary>
    public required Gstin Gstin { get; init; }

    /// <summary>The statement's period (a quarter for a quarterly recipient).</summary>
    public required ReturnPeriod Period { get; init; }

    /// <summary>The instant the statement is computed at: the generation instant, a later recompute, or the period's GSTR-3B filing once filed.</summary>
    public required Instant AsOf { get; init; }

    /// <summary>
    /// Which moment the statement is: <see cref="StatementMoment.Generated"/> (the draft as generated),
    /// <see cref="StatementMoment.Filed"/> (frozen by the period's own GSTR-3B) or <see cref="StatementMoment.At"/>
    /// <see cref="AsOf"/> (a recompute before that filing).
    /// </summary>
    public StatementMoment Moment { get; init; }

    /// <summary>The rule set that decided it.</summary>
    public required RuleSet RuleSet { get; init; }

    /// <summary>Generated or not generated.</summary>
    public required StatementStatus Status { get; init; }

    /// <summary>Every record in this statement, once, in a stable order (by record id).</summary>
    public ImmutableArray<StatementDocument> Documents { get => _documents.IsDefault && _contents is { } c ? c.Value.Documents : _documents; init => _documents = value; }

    /// <summary>Sums and GSTR-3B figures.</summary>
    public StatementSummary Summary { get => _summary ?? _contents?.Value.Summary ?? new(); init => _summary = value; }

    /// <summary>Records still Pending after this statement.</summary>
    public ImmutableArray<CarryForwardEntry> CarryForward { get => _carryForward.IsDefault && _contents is { } c ? c.Value.CarryForward : _carryForward; init => _carryForward = value; }

    /// <summary>Effects of this statement's actions on suppliers.</summary>
    public ImmutableArray<SupplierEffect> SupplierEffects { get => _supplierEffects.IsDefault && _contents is { } c ? c.Value.SupplierEffects : _supplierEffects; init => _supplierEffects = value; }

    /// <summary>Findings about the data and the actions that bear on this statement.</summary>
    public ImmutableArray<Finding> Findings { get => _findings.IsDefault && _contents is { } c ? c.Value.Findings : _findings; init => _findings = value; }

    /// <summary>
    /// Why the statement does not exist, from the finding the engine puts in every not-generated statement
    /// (<see cref="FindingCodes.NotGeneratedQrmpMonth"/>, <see cref="FindingCodes.RecipientGstinInvalid"/>,
    /// <see cref="FindingCodes.NotGeneratedYet"/>, <see cref="FindingCodes.NotGeneratedSequential"/>);
    /// <see langword="null"/> when it is generated, or when no finding says why. <see cref="StatementResult.Of"/> gives the typed answer.
    /// </summary>
    public NoStatementReason? NotGeneratedReason => Status == StatementStatus.Generated ? null : ReasonAmong(Findings);

    /// <summary>Whether two statements are the same in every field, lists item by item in order.</summary>
    /// <param name="other">The other statement.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Gstr2bStatement? other) =>
        ReferenceEquals(this, other) || (other is not null
            && Gstin.Equals(other.Gstin) && Period == other.Period && AsOf == other.AsOf && Moment == other.Moment
            && RuleSet == other.RuleSet && Status == other.Status && Summary == other.Summary
            && Values.Equal(Documents, other.Documents) && Values.Equal(CarryForward, other.CarryForward)
            && Values.Equal(SupplierEffects, other.SupplierEffects) && Values.Equal(Findings, other.Findings));

    // In the order the engine decides them: a quarterly month before the recipient, the recipient before the moment.
    private static NoStatementReason? ReasonAmong(ImmutableArray<Finding> findings)
    {
        NoStatementReason? found = null;
        foreach (var finding in findings.IsDefault ? [] : findings)
        {
            NoStatementReason? reason = finding.Code switch
            {
                FindingCodes.NotGeneratedQrmpMonth => NoStatementReason.QuarterlyMonth,
                FindingCodes.RecipientGstinInvalid => NoStatementReason.RecipientInvalid,
                FindingCodes.NotGeneratedYet => NoStatementReason.NotYetGenerated,
                FindingCodes.NotGeneratedSequential => NoStatementReason.PreviousGstr3bUnfiled,
                _ => null,
            };
            if (reason is { } r && (found is null || r < found))
            {
                found = r;
            }
        }

        return found;
    }

    /// <summary>
    /// This statement with its lists and summary filled on first read by <paramref name="contents"/>, a statement holding
    /// them (the engine's projection of its ledger); a list or summary set later with <c>with</c> replaces its part.
    /// </summary>
    internal Gstr2bStatement FilledBy(Func<Gstr2bStatement> contents)
    {
        var lazy = this with { };
        lazy._contents = new Lazy<Gstr2bStatement>(contents);
        lazy._documents = default;
        lazy._summary = null;
        lazy._carryForward = default;
        lazy._supplierEffects = default;
        lazy._findings = default;
        return lazy;
    }

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Gstin, Period, AsOf, Moment, Status, Summary, Values.Hash(Documents), Values.Hash(Findings));
}
