using System.Collections.Generic;
using System.Linq;

namespace Ims.Rules.Cli.Views;

/// <summary>Findings for a person: first a summary by code and severity (count, one example, what to do), then the list, cut at <c>--max-findings</c>.</summary>
internal static class FindingsView
{
    /// <summary>How many findings a table lists when <c>--max-findings</c> is not given.</summary>
    public const int DefaultMax = 20;

    public static IEnumerable<Block> Blocks(IReadOnlyList<Finding> findings, int maxFindings)
    {
        yield return new Heading(Count(findings));
        if (findings.Count == 0)
        {
            yield break;
        }

        yield return BySummary(findings);
        yield return List(findings, maxFindings);
    }

    /// <summary>The findings as rows (severity, code, record, message): the list, and the CSV of <c>validate</c>.</summary>
    public static Sheet List(IReadOnlyList<Finding> findings, int maxFindings) => new(
        "Findings",
        [new("Severity"), new("Code"), new("Record"), new("Message", Prose: true)],
        Ordered(findings).Select(f => new object?[] { Severity(f.Severity), f.Code, f.RecordId ?? string.Empty, f.Message }),
        findings.Count,
        maxFindings);

    /// <summary>One row per code: severity, code, count, one example and what to do.</summary>
    public static Sheet BySummary(IReadOnlyList<Finding> findings)
    {
        var groups = Summary(findings);
        return new Sheet(
            "Findings by code",
            [new("Severity"), new("Code"), new("Count", Numeric: true), new("Example", Prose: true), new("What to do", Prose: true)],
            groups.Select(g => new object?[] { Severity(g.Severity), g.Code, g.Count, Example(g.Example), FindingGuide.RemedyOf(g.Code) }),
            groups.Count);
    }

    /// <summary>Findings grouped by code and severity, errors first, then the most frequent.</summary>
    public static IReadOnlyList<FindingGroup> Summary(IEnumerable<Finding> findings) =>
        [.. findings.GroupBy(f => (f.Code, f.Severity))
            .Select(g => new FindingGroup(g.Key.Code, g.Key.Severity, g.Count(), g.First()))
            .OrderByDescending(g => g.Severity).ThenByDescending(g => g.Count).ThenBy(g => g.Code, System.StringComparer.Ordinal)];

    /// <summary>"12 findings: 1 error, 11 warnings".</summary>
    public static string Count(IReadOnlyCollection<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "No findings";
        }

        var parts = new[] { Ims.Rules.Severity.Error, Ims.Rules.Severity.Warning, Ims.Rules.Severity.Info }
            .Select(s => (Severity: s, Count: findings.Count(f => f.Severity == s)))
            .Where(p => p.Count > 0)
            .Select(p => Plural(p.Count, Severity(p.Severity)));
        return $"{Plural(findings.Count, "finding")}: {string.Join(", ", parts)}";
    }

    public static string Severity(Severity severity) => severity switch
    {
        Ims.Rules.Severity.Error => "error",
        Ims.Rules.Severity.Warning => "warning",
        Ims.Rules.Severity.Info => "info",
    };

    private static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings) => findings.OrderByDescending(f => f.Severity);

    private static string Example(Finding finding) => (finding.RecordId is null ? string.Empty : finding.RecordId + ": ") + finding.Message;

    private static string Plural(int count, string noun) =>
        count.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}

/// <summary>The findings of one code and severity.</summary>
/// <param name="Code">The code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Count">How many.</param>
/// <param name="Example">The first of them.</param>
internal sealed record FindingGroup(string Code, Severity Severity, int Count, Finding Example);
