using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class ComputeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string MonthlyTrader => Path.Combine(Repository.Examples, "monthly-trader.json");

    [Fact]
    public void Run_ComputeExample_PrintsTheResultAndExitsZero()
    {
        var run = CliRun.Of("compute", MonthlyTrader, "--period", "2025-10");

        run.Exit.Should().Be(0, run.ToString());
        run.Err.Should().BeEmpty();
        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("format").GetString().Should().Be("ims-2b/1");
        root.GetProperty("status").GetString().Should().Be("generated");
        root.GetProperty("asOf").GetString().Should().Be("2025-11-14T00:00:00+05:30");
        root.GetProperty("documents").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Run_ComputeAtAnInstant_ComputesTheStatementThen()
    {
        var run = CliRun.Of("compute", MonthlyTrader, "--period", "2025-11", "--at", "2025-12-20T12:00:00+05:30");

        run.Exit.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Out).RootElement.GetProperty("asOf").GetString().Should().Be("2025-12-20T12:00:00+05:30");
    }

    [Fact]
    public void Run_ComputeAtADate_Means0000Ist()
    {
        var run = CliRun.Of("compute", MonthlyTrader, "--period", "2025-10", "--at", "2025-11-18");

        JsonDocument.Parse(run.Out).RootElement.GetProperty("asOf").GetString().Should().Be("2025-11-18T00:00:00+05:30");
    }

    [Fact]
    public void Run_ComputeUnreadableCase_ExitsTwoWithPathAndLineOnStderrAndAnEmptyResult()
    {
        var file = _folder.Write("bad.json", CaseJson.Of([RecordJson.Invoice("r1").Without("id")]));

        var run = CliRun.Of("compute", file, "--period", "2025-10");

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain($"ERROR IMS-JSON-MISSING: $.records[0].id (line {CaseJson.RecordLine(0)}): missing");
        run.Err.Should().NotContain("   at ");
        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("status").GetString().Should().Be("notGenerated");
        root.GetProperty("documents").GetArrayLength().Should().Be(0);
        root.GetProperty("findings").EnumerateArray().Should().ContainSingle().Which.GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public void Run_ComputeInvalidJson_ExitsTwoWithSyntaxFinding()
    {
        var file = _folder.Write("broken.json", "{ \"format\": \"ims-case/1\",\n  \"records\": [ { \"id\": \"r1\", } ]\n}");

        var run = CliRun.Of("compute", file, "--period", "2025-10");

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("IMS-JSON-SYNTAX").And.Contain("(line 2)").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("--period", "9999-12")]
    [InlineData("--at", "9999-12-31")]
    public void Run_ComputeBeyondTheSupportedYears_ExitsTwoAsBadUsage(string option, string value)
    {
        var arguments = option == "--period"
            ? new[] { "compute", MonthlyTrader, "--period", value }
            : new[] { "compute", MonthlyTrader, "--period", "2025-10", option, value };

        var run = CliRun.Of(arguments);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("2000").And.NotContain("internal error");
    }

    [Fact]
    public void Run_ComputeMissingFile_ExitsTwo()
    {
        var run = CliRun.Of("compute", Path.Combine(_folder.Path, "none.json"), "--period", "2025-10");

        run.Exit.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Err.Should().StartWith("ims-rules: cannot read");
    }

    [Theory]
    [InlineData("--period", "2025-13")]
    [InlineData("--period", "102025")]
    [InlineData("--at", "tomorrow")]
    [InlineData("--format", "xml")]
    public void Run_ComputeWithABadOption_ExitsTwo(string option, string value)
    {
        var args = new[] { "compute", MonthlyTrader, "--period", "2025-10" }.Where((_, i) => option != "--period" || i < 2).Concat([option, value]).ToArray();

        var run = CliRun.Of(args);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().StartWith("ims-rules: ");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Run_ComputeWithoutPeriod_ExitsTwo()
    {
        var run = CliRun.Of("compute", MonthlyTrader);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("--period");
    }

    [Fact]
    public void Run_ComputeGstnFormat_PrintsThePortalsGstr2bJson()
    {
        var run = CliRun.Of("compute", MonthlyTrader, "--period", "2025-10", "--format", "gstn");

        run.Exit.Should().Be(0, run.ToString());
        var data = JsonDocument.Parse(run.Out).RootElement.GetProperty("data");
        data.GetProperty("gstin").GetString().Should().Be("27AAPFU0939F1ZV");
        data.GetProperty("rtnprd").GetString().Should().Be("102025");
        data.GetProperty("gendt").GetString().Should().Be("14-11-2025");
        var available = data.GetProperty("itcsumm").GetProperty("itcavl");
        available.GetProperty("igst").GetRawText().Should().Be("21600.00");
        available.GetProperty("nonrevsup").GetProperty("b2b").GetProperty("igst").GetRawText().Should().Be("21600.00");
        data.GetProperty("itcsumm").GetProperty("itcRejected").GetProperty("igst").GetRawText().Should().Be("5400.00");
        var suppliers = data.GetProperty("docdata").GetProperty("b2b").EnumerateArray().ToList();
        suppliers.Select(s => s.GetProperty("ctin").GetString()).Should().Equal("07AAGFF2194N1Z1", "29AABCT1332L1ZA");
        var invoice = suppliers[1].GetProperty("inv")[0];
        invoice.GetProperty("inum").GetString().Should().Be("KA/2025/1041");
        invoice.GetProperty("dt").GetString().Should().Be("06-10-2025");
        invoice.GetProperty("itcavl").GetString().Should().Be("Y");
        invoice.GetProperty("txval").GetRawText().Should().Be("100000.00");
        invoice.GetProperty("igst").GetRawText().Should().Be("18000.00");
        var rejected = data.GetProperty("docRejdata").GetProperty("b2b")[0];
        rejected.GetProperty("ctin").GetString().Should().Be("24AAACR5055K1ZD");
        rejected.GetProperty("inv")[0].GetProperty("inum").GetString().Should().Be("GJ/2526/332");
    }

    [Fact]
    public void Run_ComputeGstnFormat_PutsTheFindingsOnStandardError()
    {
        var run = CliRun.Of("compute", MonthlyTrader, "--period", "2025-10", "--format", "gstn");

        run.Err.Should().Contain("monthly-trader.json: INFO GSTN-ASSUMPTION");
        run.Out.Should().NotContain("GSTN-ASSUMPTION");
    }

    [Fact]
    public void Run_ComputeGstnFormatOfAnUnreadableCase_ExitsTwoWithNothingOnStandardOutput()
    {
        var file = _folder.Write("bad.json", CaseJson.Of([RecordJson.Invoice("r1").Without("id")]));

        var run = CliRun.Of("compute", file, "--period", "2025-10", "--format", "gstn");

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("IMS-JSON-MISSING");
    }

    [Fact]
    public void Run_ComputeCaseWithUnknownField_PutsTheInfoInTheResult()
    {
        var file = _folder.Write("extra.json", CaseJson.Of(RecordJson.Invoice("r1").With("note", "\"x\"")));

        var run = CliRun.Of("compute", file, "--period", "2025-10");

        run.Exit.Should().Be(0, run.ToString());
        var finding = JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == JsonFindingCodes.UnknownField);
        finding.GetProperty("severity").GetString().Should().Be("info");
        finding.GetProperty("record").GetString().Should().Be("r1");
    }

    [Fact]
    public void Run_ComputeCaseWithARecordLeftOut_ExitsOne()
    {
        var file = _folder.Write("negative.json", CaseJson.Of([RecordJson.Invoice("r1"), RecordJson.Invoice("r2").With("igst", "-5")]));

        var run = CliRun.Of("compute", file, "--period", "2025-10");

        run.Exit.Should().Be(1, run.ToString());
        JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Should().Contain(f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("record").GetString() == "r2");
    }

    public void Dispose() => _folder.Dispose();
}
