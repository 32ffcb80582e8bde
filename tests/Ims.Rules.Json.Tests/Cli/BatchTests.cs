using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary><c>--batch</c>: many cases in one process, one JSON line each, in the source's order, each what its own run prints.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Compute_BatchOverAFolder_PrintsOneLinePerCaseInNameOrder()
    {
        var example = File.ReadAllText(Path.Combine(Repository.Examples, "monthly-trader.json"));
        foreach (var name in new[] { "c.json", "a.json", "b10.json", "b2.json" })
        {
            _folder.Write(name, example);
        }

        _folder.Write("notes.txt", "not a case");

        var run = CliRun.Of("compute", _folder.Path, "--batch", "--period", "2025-10");

        run.Exit.Should().Be(0, run.ToString());
        var lines = Lines(run.Out);
        lines.Select(l => Path.GetFileName(l.GetProperty("case").GetString())).Should().Equal("a.json", "b10.json", "b2.json", "c.json");
        lines.Should().AllSatisfy(l => l.GetProperty("output").GetProperty("format").GetString().Should().Be("ims-2b/1"));
    }

    [Fact]
    public void Compute_BatchOfManyCasesOnStandardInput_KeepsTheOrderOfTheLines()
    {
        var cases = CliRun.Of("generate", "--records", "5", "--cases", "60", "--seed", "100");
        cases.Exit.Should().Be(0, cases.ToString());
        var input = cases.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var run = CliRun.WithInput(cases.Out, "compute", "-", "--batch", "--period", "2025-10");

        var lines = Lines(run.Out);
        lines.Select(l => l.GetProperty("case").GetString()).Should().Equal(Enumerable.Range(1, 60).Select(i => $"-:{i}"));
        // Each line answers its own case: the documents it lists are that case's records for the period.
        foreach (var (line, text) in lines.Zip(input))
        {
            var records = JsonDocument.Parse(text).RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
            line.GetProperty("output").GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("record").GetString()).Should().BeSubsetOf(records);
        }
    }

    [Fact]
    public void Compute_BatchWithBadCases_GivesEachItsOwnLineAndExitsWithTheWorst()
    {
        var good = Path.Combine(Repository.Examples, "monthly-trader.json");
        var malformed = _folder.Write("malformed.json", CaseJson.Of([RecordJson.Invoice("r1").With("kind", "\"x\"")]));
        var missing = Path.Combine(_folder.Path, "missing.json");
        var list = _folder.Write("cases.txt", string.Join('\n', good, malformed, missing, "", JsonSerializer.Serialize(good)));

        var run = CliRun.Of("compute", list, "--batch", "--period", "2025-10");

        run.Exit.Should().Be(2, run.ToString());
        var lines = Lines(run.Out);
        lines.Select(l => l.GetProperty("case").GetString()).Should().Equal(good, malformed, missing, good);
        lines.Select(l => l.GetProperty("exit").GetInt32()).Should().Equal(0, 2, 2, 0);
        lines[1].GetProperty("output").GetProperty("findings")[0].GetProperty("code").GetString().Should().Be("IMS-JSON-VALUE");
        lines[1].GetProperty("messages")[0].GetString().Should().Contain("IMS-JSON-VALUE r1");
        lines[2].TryGetProperty("output", out _).Should().BeFalse();
        lines[2].GetProperty("messages")[0].GetString().Should().Contain("there is no such file");
        lines[3].GetProperty("output").GetRawText().Should().Be(lines[0].GetProperty("output").GetRawText());
    }

    [Fact]
    public void Compute_BatchOfGeneratedCases_EqualsSeparateRuns()
    {
        var cases = CliRun.Of("generate", "--records", "12", "--cases", "40", "--seed", "7").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var list = _folder.Write("cases.jsonl", string.Join('\n', cases));

        var batch = Lines(CliRun.Of("compute", list, "--batch", "--period", "2025-10", "--as", "filed").Out);

        batch.Should().HaveCount(40);
        foreach (var i in new[] { 0, 1, 13, 26, 39 })
        {
            var file = _folder.Write($"case{i}.json", cases[i]);
            var single = CliRun.Of("compute", file, "--period", "2025-10", "--as", "filed");
            ShouldEqual(batch[i], single);
        }
    }

    [Fact]
    public void Validate_BatchOverExamples_EqualsSeparateRunsInJson()
    {
        var examples = Directory.GetFiles(Repository.Examples, "*.json").Where(f => !f.Contains(".expected.", StringComparison.Ordinal) && !f.EndsWith(".received.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var list = _folder.Write("examples.txt", string.Join('\n', examples));

        var run = CliRun.Of("validate", list, "--batch");

        var lines = Lines(run.Out);
        lines.Should().HaveCount(examples.Count);
        run.Exit.Should().Be(lines.Max(l => l.GetProperty("exit").GetInt32()));
        foreach (var (line, example) in lines.Zip(examples))
        {
            line.GetProperty("case").GetString().Should().Be(example);
            ShouldEqual(line, CliRun.Of("validate", example, "--format", "json"));
        }
    }

    [Fact]
    public void Diff_BatchOverTwoFolders_PairsByFileNameAndReportsTheUnpaired()
    {
        var expected = Directory.CreateDirectory(Path.Combine(_folder.Path, "expected")).FullName;
        var actual = Directory.CreateDirectory(Path.Combine(_folder.Path, "actual")).FullName;
        var approved = File.ReadAllText(Path.Combine(Repository.Examples, "monthly-trader.2025-10.expected.json"));
        File.WriteAllText(Path.Combine(expected, "same.json"), approved);
        File.WriteAllText(Path.Combine(actual, "same.json"), approved);
        File.WriteAllText(Path.Combine(expected, "only-expected.json"), approved);
        File.WriteAllText(Path.Combine(expected, "other.json"), approved);
        File.Copy(Path.Combine(Repository.Examples, "monthly-trader.2025-11.expected.json"), Path.Combine(actual, "other.json"));

        var run = CliRun.Of("diff", expected, actual, "--batch");

        run.Exit.Should().Be(2, run.ToString());
        var lines = Lines(run.Out);
        lines.Select(l => l.GetProperty("case").GetString()).Should().Equal("only-expected.json", "other.json", "same.json");
        lines.Select(l => l.GetProperty("exit").GetInt32()).Should().Equal(2, 1, 0);
        lines[1].GetProperty("output").GetProperty("agree").GetBoolean().Should().BeFalse();
        lines[2].GetProperty("output").GetProperty("agree").GetBoolean().Should().BeTrue();
        ShouldEqual(lines[1], CliRun.Of("diff", Path.Combine(expected, "other.json"), Path.Combine(actual, "other.json"), "--format", "json"));
    }

    [Fact]
    public void Compute_BatchWithAReadableFormat_IsRefusedWithExitTwo()
    {
        var run = CliRun.Of("compute", Repository.Examples, "--batch", "--period", "2025-10", "--format", "table");

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("--batch prints JSON lines");
    }

    [Fact]
    public void Compute_BatchOfAnUnreadableSource_ExitsTwoAndSaysWhy()
    {
        var run = CliRun.Of("compute", Path.Combine(_folder.Path, "no-such-list.txt"), "--batch", "--period", "2025-10");

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("there is no such file");
    }

    public void Dispose() => _folder.Dispose();

    private static List<JsonElement> Lines(string output)
    {
        output.Should().NotContain("\r");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }

    /// <summary>A batch line holds exactly what a separate run printed: exit code, output (as JSON) and message lines.</summary>
    private static void ShouldEqual(JsonElement line, CliRun single)
    {
        line.GetProperty("exit").GetInt32().Should().Be(single.Exit, single.ToString());
        line.GetProperty("output").GetRawText().Should().Be(Compact(single.Out));
        line.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).Should().Equal(
            single.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
