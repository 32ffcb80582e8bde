using System;
using System.IO;
using System.Linq;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Examples;

/// <summary>
/// Each <c>docs/examples/CASE.PERIOD.expected.json</c> is a result read and approved by a
/// person; the tool must still print exactly it. On a mismatch the new output is written
/// beside it as <c>.received.json</c> to compare and, if right, approve by renaming.
/// </summary>
public sealed class ApprovedExamplesTests
{
    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Examples, "*.expected.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Compute_ExampleCase_PrintsTheApprovedResult(string expectedFile)
    {
        var name = expectedFile[..^".expected.json".Length];
        var period = name[(name.LastIndexOf('.') + 1)..];
        var caseFile = Path.Combine(Repository.Examples, name[..name.LastIndexOf('.')] + ".json");
        var expectedPath = Path.Combine(Repository.Examples, expectedFile);
        var receivedPath = Path.Combine(Repository.Examples, name + ".received.json");

        var run = CliRun.Of("compute", caseFile, "--period", period);

        var received = Normalise(run.Out);
        if (received != Normalise(File.ReadAllText(expectedPath)))
        {
            File.WriteAllText(receivedPath, received);
            var diff = CliRun.Of("diff", expectedPath, receivedPath);
            Assert.Fail($"{name}: the result differs from the approved one; see {receivedPath}.{Environment.NewLine}{diff.Out}");
        }

        File.Delete(receivedPath);
        run.Exit.Should().Be(0, run.Err);
    }

    [Fact]
    public void Examples_EveryCase_HasAnApprovedResultAndNoErrors()
    {
        var cases = Directory.GetFiles(Repository.Examples, "*.json").Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !f.EndsWith(".received.json", StringComparison.Ordinal)).ToList();

        cases.Select(Path.GetFileNameWithoutExtension).Should().BeEquivalentTo(["monthly-trader", "qrmp-recipient", "credit-notes-2025", "imports", "reconcile-case"]);
        var expected = Directory.GetFiles(Repository.Examples, "*.expected.json").Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var file in cases)
        {
            expected.Should().Contain(Path.GetFileNameWithoutExtension(file));
            CliRun.Of("validate", file).Exit.Should().Be(0, file);
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
