using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;
using OpenQA.Selenium;

namespace Ims.Rules.Json.Tests.Browser;

/// <summary>
/// The HTML report opened in a real, headless Chromium: its charts render, its figures are the
/// statements', its search filters the documents, and a screenshot is saved under the test output
/// (<c>browser/report-monthly-trader.png</c>).
/// </summary>
public sealed class ReportInBrowserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [BrowserFact]
    public void Report_OpenedInChromium_ChartsRenderFiguresMatchAndSearchFilters()
    {
        var casePath = Path.Combine(Repository.Examples, "monthly-trader.json");
        var html = Path.Combine(_folder.Path, "report.html");
        var run = CliRun.Of("report", casePath, "--out", html);
        run.Exit.Should().Be(0, run.ToString());

        using var driver = SystemBrowser.Start();
        driver.Navigate().GoToUrl(new Uri(html).AbsoluteUri);

        var charts = driver.FindElements(By.CssSelector("figure.chart img"));
        charts.Select(c => c.GetAttribute("id")).Should().BeEquivalentTo("chart-buckets", "chart-suppliers", "chart-findings");
        foreach (var chart in charts)
        {
            var width = Convert.ToInt64(((IJavaScriptExecutor)driver).ExecuteScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", chart), CultureInfo.InvariantCulture);
            width.Should().BeGreaterThan(100, $"the chart {chart.GetAttribute("id")} is an SVG the browser draws");
            chart.Size.Height.Should().BeGreaterThan(100);
        }

        var rows = driver.FindElements(By.CssSelector("#statement-table tbody tr"))
            .Select(row => row.FindElements(By.TagName("td")).Select(td => td.Text).ToArray())
            .ToList();
        var engine = ImsEngine.Create(CaseReader.Read(File.OpenRead(casePath)).GetValueOrThrow());
        var statements = engine.ComputeRange(ReturnPeriod.Parse(rows[0][0]), ReturnPeriod.Parse(rows[^1][0]));
        rows.Should().HaveCount(statements.Length);
        for (var i = 0; i < rows.Count; i++)
        {
            var s = statements[i];
            rows[i][0].Should().Be(s.Period.ToString());
            rows[i][2].Should().Be(IsoTime.Format(s.AsOf));
            rows[i][3].Should().Be(s.Documents.Length.ToString(CultureInfo.InvariantCulture));
            Amount(rows[i][4]).Should().Be(s.Summary.ItcAvailable.Total);
            Amount(rows[i][5]).Should().Be(s.Summary.ItcNotAvailable.Total);
            Amount(rows[i][6]).Should().Be(s.Summary.ItcRejected.Total);
            Amount(rows[i][7]).Should().Be(s.Summary.Gstr3b.NetItc.Total);
            rows[i][8].Should().Be(s.CarryForward.Length.ToString(CultureInfo.InvariantCulture));
        }

        driver.FindElement(By.Id("recipient")).Text.Should().Be(engine.Case.Recipient.Gstin.ToString());
        var documents = driver.FindElements(By.CssSelector("#document-table tbody tr"));
        documents.Should().HaveCount(statements.Sum(s => s.Documents.Length));

        driver.FindElement(By.Id("search")).SendKeys("KA/2025/1041");
        var visible = documents.Where(row => row.Displayed).ToList();
        visible.Should().ContainSingle().Which.Text.Should().Contain("KA/2025/1041").And.Contain("R12");
        driver.FindElement(By.Id("shown")).Text.Should().Be("1");

        Search(driver, string.Empty);
        driver.FindElement(By.Id("search")).SendKeys("27AABCS1429B1ZU");
        documents.Count(row => row.Displayed).Should().Be(statements.SelectMany(s => s.Documents).Count(d => d.SupplierGstin?.ToString() == "27AABCS1429B1ZU"));
        driver.FindElement(By.Id("search")).SendKeys(" cdnr");
        documents.Where(row => row.Displayed).Should().ContainSingle().Which.Text.Should().Contain("MH-DN-12");

        var screenshots = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(screenshots);
        Search(driver, string.Empty);
        documents.Count(row => row.Displayed).Should().Be(documents.Count);
        var file = Path.Combine(screenshots, "report-monthly-trader.png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(file);
        new FileInfo(file).Length.Should().BeGreaterThan(10_000);
    }

    /// <summary>Sets the search box as typing would, with its input event.</summary>
    private static void Search(IWebDriver driver, string text) =>
        ((IJavaScriptExecutor)driver).ExecuteScript("var s = document.getElementById('search'); s.value = arguments[0]; s.dispatchEvent(new Event('input'));", text);

    private static decimal Amount(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public void Dispose() => _folder.Dispose();
}
