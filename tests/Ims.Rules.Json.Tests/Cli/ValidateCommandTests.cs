using System;
using System.IO;
using System.Linq;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Run_ValidateExample_PrintsItsWarningsAndExitsZero()
    {
        var run = CliRun.Of("validate", Path.Combine(Repository.Examples, "monthly-trader.json"));

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("WARNING IMS-ACTION-BYPASS inv-7");
    }

    [Fact]
    public void Run_ValidateCaseWithALeftOutRecord_PrintsTheErrorOnceAndExitsOne()
    {
        var file = _folder.Write("negative.json", CaseJson.Of(
            [RecordJson.Invoice("r1"), RecordJson.Invoice("r2").With("igst", "-5")],
            extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20\", \"2025-10\": \"2025-11-20\", \"2025-11\": \"2025-12-20\" } }"));

        var run = CliRun.Of("validate", file);

        run.Exit.Should().Be(1, run.ToString());
        run.Out.Split('\n').Count(line => line.Contains("IMS-RECORD-AMOUNT-NEGATIVE", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Run_ValidateCleanCase_SaysNoFindings()
    {
        var file = _folder.Write("clean.json", CaseJson.Of(
            [RecordJson.Invoice("r1")], [RecordJson.Action()], extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20\" } }"));

        var run = CliRun.Of("validate", file);

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Be($"{file}: no findings.{Environment.NewLine}");
    }

    [Fact]
    public void Run_ValidateMalformedCase_PrintsEveryReaderFindingAndExitsTwo()
    {
        var file = _folder.Write("bad.json", CaseJson.Of([RecordJson.Invoice("r1").With("kind", "\"x\""), RecordJson.Invoice("r1")], [RecordJson.Action("r5")]));

        var run = CliRun.Of("validate", file);

        run.Exit.Should().Be(2, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[0].Should().Contain($"IMS-JSON-VALUE r1: $.records[0].kind (line {CaseJson.RecordLine(0)})");
        lines[1].Should().Contain($"IMS-JSON-DUPLICATE-ID r1: $.records[1].id (line {CaseJson.RecordLine(1)})");
        lines[2].Should().Contain($"IMS-JSON-UNKNOWN-RECORD r5: $.actions[0].record (line {CaseJson.ActionLine(2, 0)})");
    }

    public void Dispose() => _folder.Dispose();
}
