using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Cli;
using Ims.Rules.Cli.Views;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>The readable formats shared by compute, timeline and validate: table, markdown and csv.</summary>
public sealed class ReadableFormatTests : IDisposable
{
    private static readonly string Monthly = Path.Combine(Repository.Examples, "monthly-trader.json");
    private readonly TempFolder _folder = new();

    [Fact]
    public void Compute_WithoutFormatWhenRedirected_PrintsTheJsonResult()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10");

        run.Exit.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Out).RootElement.GetProperty("format").GetString().Should().Be("ims-2b/1");
    }

    [Fact]
    public void Compute_FormatTable_PutsTheSummaryAndTable4BeforeTheDocuments()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10", "--format", "table");

        run.Exit.Should().Be(0, run.ToString());
        var summary = run.Out.IndexOf("Summary by bucket", StringComparison.Ordinal);
        var table4 = run.Out.IndexOf("GSTR-3B table 4", StringComparison.Ordinal);
        var documents = run.Out.IndexOf("Documents", table4, StringComparison.Ordinal);
        var carried = run.Out.IndexOf("Carried forward", StringComparison.Ordinal);
        summary.Should().BeGreaterThan(0);
        table4.Should().BeGreaterThan(summary);
        documents.Should().BeGreaterThan(table4);
        carried.Should().BeGreaterThan(documents);
        run.Out.Should().Contain("│ 4(A)(5) │ All other ITC").And.Contain("21,600.00")
            .And.Contain("KA/2025/1041").And.Contain("R12 R29").And.Contain("goods not yet received");
    }

    [Fact]
    public void Compute_FormatCsv_WritesOneRowPerDocumentWithPlainNumbers()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10", "--format", "csv");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Section,Supplier,Number,Date,Bucket,IGST,CGST,SGST,Cess,ITC,Action,Rules,Record");
        lines.Should().HaveCount(4);
        lines.Should().Contain("b2b,29AABCT1332L1ZA,KA/2025/1041,2025-10-06,ITC Available,18000.00,0.00,0.00,0.00,18000.00,accept,R12 R29,inv-1");
    }

    [Fact]
    public void Compute_FormatCsv_NeutralisesFormulaTextButKeepsNegativeAmountsNumbers()
    {
        var file = _folder.Write("formula.json", CaseJson.Of([RecordJson.Invoice("r1").With("number", "\"=HYPERLINK(1)\""), RecordJson.Invoice("r2").With("number", "\"-7\"")],
            extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20\" } }"));
        var notes = Path.Combine(Repository.Examples, "credit-notes-2025.json");

        var run = CliRun.Of("compute", file, "--period", "2025-10", "--format", "csv");
        var credit = CliRun.Of("compute", notes, "--period", "2025-10", "--format", "csv");

        run.Out.Should().Contain(",'=HYPERLINK(1),").And.Contain(",'-7,");
        credit.Out.Split('\n').Should().Contain(line => line.Contains(",-", StringComparison.Ordinal) && !line.Contains(",'-", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_FormatMarkdown_WritesMarkdownTables()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10", "--format", "markdown");

        run.Out.Should().StartWith("## GSTR-2B 2025-10 of 27AAPFU0939F1ZV")
            .And.Contain("| Section | Supplier | Number |").And.Contain("|---|---|---|").And.Contain("| 4(A)(5) | All other ITC |");
    }

    [Fact]
    public void Compute_MaxRows_CutsEachTableWithALineSayingHowManyMore()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10", "--format", "table", "--max-rows", "1");

        run.Out.Should().Contain("… 2 more documents — use --format json (or csv) for all of them.");
        run.Out.Should().Contain("KA/2025/1041").And.NotContain("GJ/2526/332");
    }

    [Fact]
    public void Timeline_FormatTable_ShowsOneRowPerPeriodAndTheFindingsByCode()
    {
        var run = CliRun.Of("timeline", Monthly, "--format", "table");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("Timeline of 27AAPFU0939F1ZV from 2025-10 to 2025-12 (3 statement(s))")
            .And.Contain("│ 2025-11 │ generated │ 2025-12-20T17:00:00+05:30 │         3 │     10,800.00 │          1,200.00 │")
            .And.Contain("IMS-ACTION-BYPASS").And.NotContain("Summary by bucket");
    }

    [Fact]
    public void Timeline_Details_AddsEveryStatementInFull()
    {
        var run = CliRun.Of("timeline", Monthly, "--format", "table", "--details");

        run.Out.Split("Summary by bucket").Should().HaveCount(4);
    }

    [Fact]
    public void Timeline_FormatCsv_WritesOneRowPerPeriod()
    {
        var run = CliRun.Of("timeline", Monthly, "--format", "csv");

        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "Period,Status,As of,Documents,ITC available,ITC not available,ITC rejected,Net ITC (3B),Carried forward,Findings",
            "2025-10,generated,2025-11-20T17:00:00+05:30,3,21600.00,0.00,0.00,21600.00,1,0",
            "2025-11,generated,2025-12-20T17:00:00+05:30,3,10800.00,1200.00,0.00,10800.00,0,1",
            "2025-12,generated,2026-01-20T17:00:00+05:30,2,1080.00,0.00,0.00,1080.00,0,0");
    }

    [Fact]
    public void Validate_FormatTable_SummarisesByCodeWithTheRemedyOfTheDocs()
    {
        var run = CliRun.Of("validate", Monthly, "--format", "table");

        var remedy = DocumentedRemedy("IMS-ACTION-BYPASS");
        remedy.Should().NotBeEmpty();
        run.Out.Should().Contain("1 finding: 1 warning").And.Contain("Findings by code").And.Contain(remedy);
        run.Out.IndexOf("Findings by code", StringComparison.Ordinal).Should().BeLessThan(run.Out.LastIndexOf("Findings", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MaxFindings_CutsTheLinesAndSaysHowManyMore()
    {
        var file = _folder.Write("many.json", CaseJson.Of(
            [RecordJson.Invoice("r1"), RecordJson.Invoice("r2")],
            [RecordJson.Action("ghost1"), RecordJson.Action("ghost2"), RecordJson.Action("ghost3")]));

        var all = CliRun.Of("validate", file);
        var cut = CliRun.Of("validate", file, "--max-findings", "1");

        var total = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        total.Should().BeGreaterThan(2);
        var lines = cut.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[1].Should().Contain($"… {total - 1} more finding(s)").And.Contain("Use --format json for all of them.");
        cut.Exit.Should().Be(all.Exit);
    }

    [Fact]
    public void Validate_FormatJson_HoldsTheSummaryAndEveryFinding()
    {
        var run = CliRun.Of("validate", Monthly, "--format", "json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("format").GetString().Should().Be("ims-findings/1");
        var summary = root.GetProperty("summary")[0];
        summary.GetProperty("code").GetString().Should().Be("IMS-ACTION-BYPASS");
        summary.GetProperty("count").GetInt32().Should().Be(1);
        summary.GetProperty("remedy").GetString().Should().Be(DocumentedRemedy("IMS-ACTION-BYPASS"));
        root.GetProperty("findings").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void FindingGuide_EveryEngineCode_HasTheRemedyOfItsDocsRow()
    {
        var codes = typeof(FindingCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        codes.Should().NotBeEmpty();
        codes.Should().OnlyContain(code => FindingGuide.RemedyOf(code) == DocumentedRemedy(code));
    }

    [Fact]
    public void FindingsView_Summary_PutsErrorsFirstThenTheMostFrequent()
    {
        Finding[] findings =
        [
            new("B", Severity.Warning, "r1", "m"), new("A", Severity.Warning, "r2", "m"), new("A", Severity.Warning, "r3", "m"), new("E", Severity.Error, null, "m"),
        ];

        var groups = FindingsView.Summary(findings);

        groups.Select(g => (g.Code, g.Count)).Should().Equal(("E", 1), ("A", 2), ("B", 1));
        groups[1].Example.RecordId.Should().Be("r2");
    }

    [Fact]
    public void Run_QuietOption_IsAcceptedByEveryCommand()
    {
        var run = CliRun.Of("compute", Monthly, "--period", "2025-10", "--quiet");

        run.Exit.Should().Be(0, run.ToString());
        run.Err.Should().BeEmpty();
    }

    [Fact]
    public void ComputeRange_OnePeriodAtATime_GivesTheEngineRange()
    {
        foreach (var example in new[] { "monthly-trader.json", "qrmp-recipient.json", "credit-notes-2025.json", "imports.json" })
        {
            var loaded = CaseFile.Load(Path.Combine(Repository.Examples, example), TextWriter.Null, out _)!;
            var range = CaseRange.Of(loaded.Engine, null, null)!.Value;

            var counted = Timeline.ComputeRange(loaded.Engine, range.From, range.To, TextWriter.Null);

            TimelineWriter.ToJson(counted).Should().Be(TimelineWriter.ToJson(loaded.Engine.ComputeRange(range.From, range.To)), example);
        }
    }

    [Fact]
    public void Explain_FormatJson_GivesEachStatementWithTheSentenceOfTheText()
    {
        var text = CliRun.Of("explain", Monthly, "--record", "inv-2").Out;
        var run = CliRun.Of("explain", Monthly, "--record", "inv-2", "--format", "json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("format").GetString().Should().Be("ims-explain/1");
        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        statements.Select(s => s.GetProperty("period").GetString()).Should().Equal("2025-10", "2025-11");
        statements[0].GetProperty("timeBarredAfter").GetString().Should().Be("2026-11-30");
        statements[1].GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal("R14", "R12", "R29");
        text.Should().Contain(statements[1].GetProperty("sentence").GetString()!.Split("; ITC effect")[0]);
    }

    [Fact]
    public void Diff_FormatJson_SaysWhetherTheResultsAgreeAndLists()
    {
        var expected = Path.Combine(Repository.Examples, "monthly-trader.2025-10.expected.json");
        var other = Path.Combine(Repository.Examples, "monthly-trader.2025-11.expected.json");

        var same = CliRun.Of("diff", expected, expected, "--format", "json");
        var differ = CliRun.Of("diff", expected, other, "--format", "json", "--match", "id");

        same.Exit.Should().Be(0);
        JsonDocument.Parse(same.Out).RootElement.GetProperty("agree").GetBoolean().Should().BeTrue();
        differ.Exit.Should().Be(1);
        var root = JsonDocument.Parse(differ.Out).RootElement;
        root.GetProperty("match").GetString().Should().Be("id");
        root.GetProperty("differences").EnumerateArray().Select(d => d.GetString()).Should().Contain("period: expected 2025-10, got 2025-11");
    }

    [Fact]
    public void Compute_FormatGstnWithMaxFindings_SummarisesTheFindingsOnStandardErrorFirst()
    {
        var notes = Path.Combine(Repository.Examples, "credit-notes-2025.json");

        var all = CliRun.Of("compute", notes, "--period", "2025-12", "--format", "gstn");
        var cut = CliRun.Of("compute", notes, "--period", "2025-12", "--format", "gstn", "--max-findings", "0");

        var count = all.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        count.Should().BeGreaterThan(0);
        cut.Out.Should().Be(all.Out);
        cut.Err.Should().Contain("; by code:").And.Contain($"… {count} more finding(s).").And.NotContain(": WARNING ");
    }

    [Theory]
    [InlineData("compute", "table: readable tables")]
    [InlineData("timeline", "table: one row per period")]
    [InlineData("validate", "table: the findings summarised by code")]
    [InlineData("explain", "json: ims-explain/1")]
    [InlineData("diff", "json: ims-diff/1")]
    [InlineData("report", "Its only format is HTML")]
    public void Help_OfACommand_DocumentsItsFormatsAndDefault(string command, string format)
    {
        var run = CliRun.Of(command, "--help");

        System.Text.RegularExpressions.Regex.Replace(run.Out, @"\s+", " ").Should().Contain(format);
        if (command != "report")
        {
            run.Out.Should().Contain("--format").And.MatchRegex("[Dd]efault");
        }
    }

    [Fact]
    public void Convert_MaxFindings_SummarisesTheReadersFindingsByCodeFirst()
    {
        var ims = PortalFixtures.Own("ims-invoices.json"); // this project's own sample: every clone has it

        var all = CliRun.Of("convert", "--from", "gstn-ims", ims, "--gstin", "27AAPFU0939F1ZV");
        var cut = CliRun.Of("convert", "--from", "gstn-ims", ims, "--gstin", "27AAPFU0939F1ZV", "--max-findings", "1");

        var count = all.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        count.Should().BeGreaterThan(1, all.ToString());
        cut.Out.Should().Be(all.Out);
        cut.Exit.Should().Be(all.Exit);
        cut.Err.Should().Contain("; by code:").And.Contain($"… {count - 1} more finding(s).");
    }

    /// <summary>The "what to do" cell of the code's row in docs/findings.md, read here independently of the tool.</summary>
    private static string DocumentedRemedy(string code)
    {
        var row = File.ReadLines(Path.Combine(Repository.Root, "docs", "findings.md")).Single(line => line.StartsWith($"| `{code}` |", StringComparison.Ordinal));
        var cells = row.Split('|');
        return cells[^2].Trim().Replace("`", string.Empty, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
