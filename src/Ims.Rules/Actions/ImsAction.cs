using NodaTime;

namespace Ims.Rules;

/// <summary>
/// One action the recipient took on one record at one instant. The latest valid action at
/// or before the moment of computation counts (R15); an action the rules forbid is ignored
/// and reported as a finding, and the record keeps its previous state.
/// </summary>
public sealed record ImsAction
{
    /// <summary>The <see cref="InwardRecord.Id"/> of the record acted on.</summary>
    public required string RecordId { get; init; }

    /// <summary>The action; <see cref="ActionKind.NoAction"/> resets to No action.</summary>
    public required ActionKind Action { get; init; }

    /// <summary>When the action was taken.</summary>
    public required Instant At { get; init; }

    /// <summary>With Accept on a credit note or downward amendment from October 2025: the declared ITC reduction (R26); <see langword="null"/> means the default, full.</summary>
    public ItcReduction? ItcReduction { get; init; }

    /// <summary>An optional remark (R20), kept on the result.</summary>
    public string? Remark { get; init; }

    /// <summary>The action in words, with its instant in IST.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Action} on {RecordId} at {IndianTime.InIst(At):uuuu-MM-dd'T'HH:mm:sso<m>}";
}
