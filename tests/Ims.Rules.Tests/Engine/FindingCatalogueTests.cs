using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Ims.Rules.Engine;
using Ims.Rules.Tests.Support;

namespace Ims.Rules.Tests.Engine;

/// <summary>The one catalogue of core findings: every entry well formed, every code in it, no message written elsewhere.</summary>
public sealed partial class FindingCatalogueTests
{
    private static readonly List<(string Name, FindingTemplate Template)> Entries =
        [.. typeof(FindingCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(FindingTemplate))
            .Select(field => (field.Name, (FindingTemplate)field.GetValue(null)!))];

    private static readonly HashSet<string> Codes =
        [.. typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!)];

    private static readonly HashSet<string> Rules =
        [.. typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!)];

    [Fact]
    public void Entries_EachNameAKnownCodeAndKnownRules()
    {
        Entries.Should().NotBeEmpty();
        Entries.Where(e => !Codes.Contains(e.Template.Code)).Select(e => e.Name).Should().BeEmpty("every entry's code is a FindingCodes constant");
        Entries.Where(e => e.Template.Rules.Any(rule => !Rules.Contains(rule))).Select(e => e.Name).Should().BeEmpty("rules come from RuleIds");
    }

    [Fact]
    public void Entries_HoldTheRulesHoleExactlyWhenTheyNameRules()
    {
        var wrong = Entries.Where(e => Regex.Count(e.Template.Message, @"\{rules\}") != (e.Template.Rules.IsEmpty ? 0 : 1));

        wrong.Select(e => e.Name).Should().BeEmpty("a message names its rules through the one {rules} hole");
        Entries.Where(e => RuleInText().IsMatch(e.Template.Message)).Select(e => e.Name).Should().BeEmpty("no rule ID is written into a message by hand");
    }

    [Fact]
    public void Codes_EachHaveAnEntryWithOneSeverity()
    {
        Codes.Except(Entries.Select(e => e.Template.Code)).Should().BeEmpty("every core code is made from the catalogue");
        Entries.GroupBy(e => e.Template.Code).Where(g => g.Select(e => e.Template.Severity).Distinct().Count() > 1).Select(g => g.Key)
            .Should().BeEmpty("a code has one severity");
    }

    [Fact]
    public void Codes_HaveTheCatalogueSeverityInFindingsDocument()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "findings.md"));
        var documented = DocRow().Matches(document).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        var wrong = Entries.Where(e => !documented.TryGetValue(e.Template.Code, out var severity) || !string.Equals(severity, e.Template.Severity.ToString(), System.StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Template.Code).Distinct();

        wrong.Should().BeEmpty("docs/findings.md gives each core code the severity the catalogue gives it");
    }

    [Fact]
    public void Messages_NameNoJsonPolicyNames()
    {
        Entries.Where(e => JsonPolicy().IsMatch(e.Template.Message)).Select(e => e.Name)
            .Should().BeEmpty("core messages name policies by their C# names; the JSON adapter spells its own");
    }

    [Fact]
    public void CoreSources_MakeFindingsOnlyInTheCatalogueAndUseEveryRuleId()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Ims.Rules"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText);

        sources.Where(s => s.Key != "FindingTemplate.cs" && s.Value.Contains("new Finding(", System.StringComparison.Ordinal)).Select(s => s.Key)
            .Should().BeEmpty("findings are made only through FindingCatalogue");
        var text = string.Concat(sources.Where(s => s.Key != "RuleIds.cs").Select(s => s.Value));
        Rules.Where(rule => !Regex.IsMatch(text, $@"RuleIds\.{rule}\b")).Should().BeEmpty("no RuleIds constant is left unused");
    }

    [GeneratedRegex(@"\bR\d+\b")]
    private static partial Regex RuleInText();

    [GeneratedRegex(@"policy [a-z]")]
    private static partial Regex JsonPolicy();

    [GeneratedRegex(@"^\| `(IMS-[A-Z0-9-]+)` \| (error|warning|info) \|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
