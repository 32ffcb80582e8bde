using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// Every finding code (a public constant on <c>FindingCodes</c>, <c>JsonFindingCodes</c> or
/// <c>GstnFindingCodes</c>) has a row in the table of the document that lists its family —
/// <c>| `CODE` | severity | meaning … |</c> — and every such row names a code that exists.
/// </summary>
public sealed partial class FindingCodeDocumentationTests
{
    public static TheoryData<string> Families
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (codes, _) in Libraries.FindingCodeFamilies)
            {
                data.Add(codes.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void EveryCode_HasARowWithItsSeverityInItsDocument(string family)
    {
        var (codes, document) = Libraries.FindingCodeFamilies.Single(f => f.Codes.Name == family);
        var rows = DocumentedCodes(document);

        var missing = CodesOf(codes).Where(code => !rows.Contains(code));

        missing.Should().BeEmpty($"every code of {family} is explained in {document}, in a table row '| `CODE` | error, warning or info | meaning |'");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void EveryDocumentedCode_Exists(string family)
    {
        var (codes, document) = Libraries.FindingCodeFamilies.Single(f => f.Codes.Name == family);

        var unknown = DocumentedCodes(document).Except(CodesOf(codes));

        unknown.Should().BeEmpty($"{document} documents only codes that {family} defines");
    }

    [Fact]
    public void Codes_AreUniqueAcrossFamilies()
    {
        var all = Libraries.FindingCodeFamilies.SelectMany(f => CodesOf(f.Codes)).ToList();

        all.Should().OnlyHaveUniqueItems().And.OnlyContain(code => CodeShape().IsMatch(code));
    }

    private static List<string> CodesOf(Type codes) =>
        [.. codes.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)];

    private static HashSet<string> DocumentedCodes(string document) =>
        [.. CodeRow().Matches(Repository.Read(document)).Select(match => match.Groups[1].Value)];

    [GeneratedRegex(@"^\| `([A-Z0-9]+(?:-[A-Z0-9]+)+)` \| (?:error|warning|info) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    private static partial Regex CodeShape();
}
