using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Samples;
using Ims.Rules.Tests.Support;

namespace Ims.Rules.Tests.Docs;

/// <summary>
/// Every C# block in the README and in docs/ is this project's code: it follows a marker
/// <c>&lt;!-- snippet: NAME --&gt;</c> and equals <c>#region NAME</c> of a file in tests/Ims.Rules.Tests/Docs,
/// which compiles with the tests and runs below.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed partial class DocsSnippetTests
{
    public static TheoryData<string> Documents
    {
        get
        {
            var data = new TheoryData<string> { "README.md" };
            foreach (var path in Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
            {
                data.Add("docs/" + Path.GetFileName(path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryCSharpBlock_IsACompiledRegion(string document)
    {
        var markdown = File.ReadAllText(Path.Combine(Repository.Root, document)).ReplaceLineEndings("\n");
        var blocks = MarkedBlock().Matches(markdown);

        CSharpFence().Count(markdown).Should().Be(blocks.Count, $"every ```csharp block in {document} follows a line <!-- snippet: NAME -->");
        foreach (Match block in blocks)
        {
            var name = block.Groups[1].Value;
            Regions.Should().ContainKey(name, $"{document} shows snippet '{name}', which is #region {name} of a file in tests/Ims.Rules.Tests/Docs");
            Normalise(block.Groups[2].Value).Should().Be(Normalise(Regions[name]), $"the block '{name}' in {document} is the compiled region");
        }
    }

    [Fact]
    public void GettingStarted_Runs_AndShowsThePendingInvoiceAcceptedInNovember()
    {
        var output = ConsoleCapture.Capture(GettingStarted.Run);

        output.ReplaceLineEndings("\n").Should().Be(
            """
            GSTR-2B 2025-10 (Generated): ITC available IGST 0.00, CGST 0.00, SGST 0.00, Cess 0.00
              inv-1 carried forward as Pending since 2025-10
            GSTR-2B 2025-11 (Generated): ITC available IGST 180.00, CGST 0.00, SGST 0.00, Cess 0.00
              inv-1: ItcAvailable by Accept [R14, R12, R29]

            """);
    }

    [Fact]
    public void SharedEngine_GivesWhatOneThreadGives()
    {
        var imsCase = SampleCase();
        var periods = Enumerable.Range(0, 12).Select(i => ReturnPeriod.Parse("2025-04").Plus(i)).ToList();

        var parallel = SharedEngine.ComputeInParallel(imsCase, periods);

        var engine = ImsEngine.Create(imsCase);
        parallel.Select(s => s.Period).Should().Equal(periods);
        parallel.Should().OnlyContain(s => s.Status == Ims.Rules.StatementStatus.Generated);
        parallel.Sum(s => s.Documents.Length).Should().BeGreaterThan(20);
        parallel.Select(Describe).Should().Equal(periods.Select(p => Describe(engine.Compute(p))));
    }

    [Fact]
    public void Partitioning_IsStableAndUsesEveryWorker()
    {
        var gstin = Gstin.Parse("27AAPFU0939F1ZV");
        Partitioning.WorkerOf(gstin, 8).Should().Be(Partitioning.WorkerOf(Gstin.Parse("27AAPFU0939F1ZV"), 8));

        var recipients = new[] { "27AAPFU0939F1ZV", "29AABCT1332L1ZA", "27AABCS1429B1ZU", "24AAACC1206D1ZM", "33AAACI1195H1ZK", "07AAACR5055K1Z7" };
        var workers = recipients.Select(g => Partitioning.WorkerOf(Gstin.ParseAllowingBadCheckCharacter(g), 3)).ToList();
        workers.Should().OnlyContain(w => w >= 0 && w < 3);
        FluentActions.Invoking(() => Partitioning.WorkerOf(gstin, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static string Describe(Ims.Rules.Gstr2bStatement statement) =>
        $"{statement.Period} {statement.Status} {statement.Summary.ItcAvailable}: " +
        string.Join("; ", statement.Documents.Select(d => $"{d.RecordId} {d.Bucket} {d.Itc} {string.Join(",", d.Rules)}"));

    private static Dictionary<string, string> Regions { get; } = ReadRegions();

    private static ImsCase SampleCase() => Build.Case(
        Enumerable.Range(1, 30).Select(i => Build.Invoice($"inv-{i}", $"2025-{4 + (i % 9):00}-{1 + i % 28:00}")),
        gstr3b: Build.FiledMonthly("2025-03", "2026-03"));

    private static Dictionary<string, string> ReadRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "Ims.Rules.Tests", "Docs"), "*.cs"))
        {
            foreach (Match region in Region().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                regions.Add(region.Groups[1].Value, region.Groups[2].Value);
            }
        }

        return regions;
    }

    private static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));

    [GeneratedRegex("^<!-- snippet: ([a-z0-9-]+) -->\\n```csharp\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex MarkedBlock();

    [GeneratedRegex("^```csharp", RegexOptions.Multiline)]
    private static partial Regex CSharpFence();

    [GeneratedRegex("^#region ([a-z0-9-]+)\\n(.*?)^#endregion", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Region();
}
