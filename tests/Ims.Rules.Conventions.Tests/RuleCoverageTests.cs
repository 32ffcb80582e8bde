using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// <c>docs/rules.md</c> and the tests agree: every rule it marks implemented (or partly implemented)
/// is named by a test method (<c>R12_…</c>, <c>S10_R11_…</c>), and every test it cites exists.
/// </summary>
public sealed partial class RuleCoverageTests
{
    private static readonly Lazy<List<RuleRow>> Rows = new(ReadRules);

    private static readonly Lazy<List<MethodInfo>> TestMethods = new(() =>
        [.. Libraries.Tests
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(FactAttribute), inherit: true))]);

    [Fact]
    public void RulesDocument_ListsEveryRuleOnceWithAKnownStatus()
    {
        Rows.Value.Select(row => row.Number).Should().Equal(Enumerable.Range(1, 63), "docs/rules.md has one row per catalogue rule, R1–R63, in order");
        Rows.Value.Should().OnlyContain(row => KnownStatuses.Contains(row.Status), "a status is one of: " + string.Join(", ", KnownStatuses));
    }

    [Fact]
    public void ImplementedRules_AreEachNamedByATestMethod()
    {
        var named = TestMethods.Value
            .SelectMany(method => RuleInName().Matches(method.Name).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToHashSet();

        var untested = Rows.Value
            .Where(row => row.Status is "implemented" or "partly implemented" && !named.Contains(row.Number))
            .Select(row => $"R{row.Number} ({row.Status})");

        untested.Should().BeEmpty("every rule docs/rules.md marks implemented is named by a test method (R<n>_ in its name)");
    }

    [Fact]
    public void CitedTests_Exist()
    {
        var existing = TestMethods.Value.Select(method => method.DeclaringType!.Name + "." + method.Name).ToHashSet(StringComparer.Ordinal);

        var missing = Rows.Value.SelectMany(row => row.Tests.Where(test => !existing.Contains(test)).Select(test => $"R{row.Number}: {test}"));

        missing.Should().BeEmpty("docs/rules.md cites only test methods that exist");
    }

    [Fact]
    public void CitedTests_NameTheRuleTheyAreCitedFor()
    {
        var wrong = Rows.Value.SelectMany(row => row.Tests
            .Where(test => !RuleInName().Matches(test.Split('.')[1]).Any(match => match.Groups[1].Value == row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(test => $"R{row.Number}: {test}"));

        wrong.Should().BeEmpty("a test cited for a rule names that rule");
    }

    private static readonly string[] KnownStatuses = ["implemented", "partly implemented", "documented", "interop", "out of scope"];

    private static List<RuleRow> ReadRules() =>
        [.. RuleRowPattern().Matches(Repository.Read("docs/rules.md")).Select(match => new RuleRow(
            int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            match.Groups[2].Value.Trim(),
            [.. CitedTest().Matches(match.Groups[3].Value).Select(test => test.Groups[1].Value)]))];

    private sealed record RuleRow(int Number, string Status, IReadOnlyList<string> Tests);

    [GeneratedRegex(@"^\| R(\d+) \| ([^|]+) \|[^|]*\|([^|]*)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex RuleRowPattern();

    [GeneratedRegex(@"`([A-Za-z0-9]+\.[A-Za-z0-9_]+)`")]
    private static partial Regex CitedTest();

    [GeneratedRegex(@"(?:^|_)R(\d+)(?=_)")]
    private static partial Regex RuleInName();
}
