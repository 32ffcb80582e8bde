using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>The HTML report's content without a browser (ReportInBrowserTests opens it in one).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Report_Example_WritesOneSelfContainedPage()
    {
        var html = Write("monthly-trader.json");

        html.Should().Contain("default-src 'none'");
        Regex.Matches(html, "(?:src|href)=\"(?!data:|#)").Should().BeEmpty("nothing is fetched from anywhere");
        Regex.Matches(html, "<img id=\"chart-[a-z]+\" alt=\"[^\"]+\" src=\"data:image/svg\\+xml;base64,").Should().HaveCount(3);
        html.Should().Contain("<strong id=\"recipient\">27AAPFU0939F1ZV</strong>").And.Contain("<strong id=\"range\">2025-10 to 2025-12</strong>");
    }

    [Fact]
    public void Report_Documents_CarryTheirRulesAndTheSentenceOfExplain()
    {
        var html = Write("monthly-trader.json");
        var explain = CliRun.Of("explain", Path.Combine(Repository.Examples, "monthly-trader.json"), "--record", "inv-2").Out;
        var sentence = explain.Split('\n').Single(line => line.Contains("2025-11 (as of", StringComparison.Ordinal));

        var placement = sentence[(sentence.IndexOf("): ", StringComparison.Ordinal) + 3)..].Trim();
        html.Should().Contain(System.Net.WebUtility.HtmlEncode(placement));
        html.Should().Contain("<td>inv-2</td>").And.Contain("<td>R14 R12 R29</td>");
    }

    [Fact]
    public void Report_Pending_ListsTheCarriedRecordsWithTheirDeadlines()
    {
        var html = Write("monthly-trader.json", "--to", "2025-10");

        html.Should().Contain("id=\"ageing-table\"").And.Contain("<td>inv-2</td><td>Pending</td><td>27AABCS1429B1ZU</td><td>MH-778</td><td>2025-10-20</td>")
            .And.Contain("<td>2026-11-30</td>");
    }

    [Fact]
    public void Report_MaxDocuments_CapsTheTableAndSaysHowManyMore()
    {
        var html = Write("monthly-trader.json", "--max-documents", "2");

        Regex.Matches(html, "<tr><td>2025-1[0-2]</td><td>(inv|dn)-").Should().HaveCount(2);
        html.Should().Contain("6 more rows are not in this page");
    }

    [Fact]
    public void Report_UnwritableFile_ExitsTwo()
    {
        var run = CliRun.Of("report", Path.Combine(Repository.Examples, "monthly-trader.json"), "--out", Path.Combine(_folder.Path, "missing", "r.html"));

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("cannot write");
    }

    [Fact]
    public void Report_AsGenerated_ShowsEveryStatementAsThePortalsDraft()
    {
        var drafts = Write("monthly-trader.json", "--as", "generated");
        var filed = Write("monthly-trader.json");

        drafts.Should().Contain("2025-11-14T00:00:00+05:30", "October's draft is generated at 00:00 IST on 14 November");
        filed.Should().NotContain("2025-11-14T00:00:00+05:30", "by default each statement is frozen at its GSTR-3B");
    }

    [Fact]
    public void Report_BothAsAndAt_ExitsTwo()
    {
        var run = CliRun.Of("report", Path.Combine(Repository.Examples, "monthly-trader.json"), "--as", "filed", "--at", "2025-12-01", "--out", Path.Combine(_folder.Path, "r.html"));

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("either --as or --at");
    }

    private string Write(string example, params string[] options)
    {
        var file = Path.Combine(_folder.Path, "report.html");
        var run = CliRun.Of(["report", Path.Combine(Repository.Examples, example), "--out", file, .. options]);
        run.Exit.Should().Be(0, run.ToString());
        return File.ReadAllText(file);
    }

    public void Dispose() => _folder.Dispose();
}
