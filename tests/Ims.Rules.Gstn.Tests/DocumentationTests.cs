using System.IO;
using System.Linq;
using System.Reflection;
using Ims.Rules.Gstn.Tests.Support;

namespace Ims.Rules.Gstn.Tests;

public sealed class DocumentationTests
{
    [Fact]
    public void GstnFindingCodes_EveryCode_IsDocumentedWithItsSeverity()
    {
        var docs = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "gstn-interop.md"));
        var codes = typeof(GstnFindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        codes.Should().HaveCountGreaterThan(25).And.OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("GSTN-", System.StringComparison.Ordinal));
        codes.Should().OnlyContain(c => docs.Contains($"| `{c}` |", System.StringComparison.Ordinal));
    }
}
