namespace Ims.Rules;

/// <summary>
/// Something the engine noticed about the taxpayer's data: an ignored action, a bad
/// record, a statement that was not generated. Codes are stable and documented in
/// <c>docs/findings.md</c>; the message names the catalogue rule.
/// </summary>
/// <param name="Code">The stable code, such as <c>IMS-PENDING-BLOCKED</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="RecordId">The record concerned, or <see langword="null"/> for the case or statement as a whole.</param>
/// <param name="Message">What happened and why, naming the rule.</param>
public sealed record Finding(string Code, Severity Severity, string? RecordId, string Message)
{
    /// <summary>The finding as one line: <c>warning IMS-PENDING-BLOCKED r2: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToUpperInvariant()} {Code}{(RecordId is null ? string.Empty : " " + RecordId)}: {Message}";
}
