using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Tests.Support;

namespace Ims.Rules.Tests.Docs;

/// <summary>The C# shown in the README is this project's code, and it runs.</summary>
[Collection(ConsoleCapture.Name)]
public sealed partial class DocsSampleTests
{
    [Fact]
    public void ReadmeQuickStart_IsTheCompiledSample()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Ims.Rules.Tests", "Docs", "QuickStart.cs"));
        var region = sample.Split("#region quick-start")[1].Split("#endregion")[0];

        var block = CSharpBlock().Match(readme);

        block.Success.Should().BeTrue("the README shows the quick start in a csharp block");
        Normalise(block.Groups[1].Value).Should().Be(Normalise(region));
    }

    [Fact]
    public void ReadmeQuickStart_Runs_AndPrintsTheBuckets()
    {
        var output = ConsoleCapture.Capture(Samples.QuickStart.Run);

        output.Should().Contain("GSTR-2B 2025-10 as of 2025-11-14T00:00:00+05:30\n");
        output.Should().Contain("inv-1: ItcAvailable B2b IGST 180.00, CGST 0.00, SGST 0.00, Cess 0.00 [R11, R12, R29]");
        output.Should().Contain("cn-1: ItcRejected Cdnr IGST 0.00");
        output.Should().Contain("Supplier 29AABCT1332L1ZA: LiabilityIncrease of IGST 18.00");
    }

    [Fact]
    public void ReconciliationOverview_OnTheShippedExamplePair_PrintsEveryStatusAndTheUpload()
    {
        var examples = Path.Combine(Repository.Root, "docs", "examples");
        var output = ConsoleCapture.Capture(() => Samples.ReconciliationOverview.Run(
            Path.Combine(examples, "reconcile-books.csv"), Path.Combine(examples, "reconcile-case.json"), Build.Ist("2025-02-10")));

        output.Should().Contain("Matched").And.Contain("PartiallyMatched").And.Contain("BooksOnly").And.Contain("ImsOnly")
            .And.Contain("ITC available after the actions");
    }

    private static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
