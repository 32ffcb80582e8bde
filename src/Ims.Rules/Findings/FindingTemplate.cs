using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Ims.Rules;

/// <summary>
/// One entry of <see cref="FindingCatalogue"/>: a code, its severity, the catalogue rules it
/// names, and its message with numbered holes (<c>{0}</c>, <c>{1:uuuu-MM-dd}</c>) and a
/// <c>{rules}</c> hole that the rule IDs fill.
/// </summary>
internal sealed class FindingTemplate
{
    private readonly CompositeFormat _format;

    /// <summary>Creates the entry; the rules are written into the message once, here.</summary>
    /// <param name="code">A constant of <see cref="FindingCodes"/>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="rules">The rule IDs the message names (from <c>RuleIds</c>); empty for a finding about bad data no rule covers.</param>
    /// <param name="message">The message; it holds <c>{rules}</c> exactly when <paramref name="rules"/> is not empty.</param>
    public FindingTemplate(string code, Severity severity, ImmutableArray<string> rules, string message)
    {
        Code = code;
        Severity = severity;
        Rules = rules;
        Message = message;
        _format = CompositeFormat.Parse(message.Replace("{rules}", string.Join(", ", rules), StringComparison.Ordinal));
    }

    public string Code { get; }

    public Severity Severity { get; }

    public ImmutableArray<string> Rules { get; }

    /// <summary>The message as written in the catalogue, with its holes.</summary>
    public string Message { get; }

    /// <summary>The finding about <paramref name="recordId"/> (or the case, when null), with the holes filled.</summary>
    public Finding For(string? recordId, params ReadOnlySpan<object?> args) =>
        new(Code, Severity, recordId, string.Format(CultureInfo.InvariantCulture, _format, args));
}
