using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class TimelineCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string MonthlyTrader => Path.Combine(Repository.Examples, "monthly-trader.json");

    [Fact]
    public void Run_TimelineWithoutRange_CoversTheFirstRecordToTheLastFiling()
    {
        var run = CliRun.Of("timeline", MonthlyTrader);

        run.Exit.Should().Be(0, run.ToString());
        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("format").GetString().Should().Be("ims-2b-timeline/1");
        root.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("period").GetString()).Should().Equal("2025-10", "2025-11", "2025-12");
    }

    [Fact]
    public void Run_TimelineWithoutRange_ReachesTheStatementAfterTheLastAction()
    {
        var run = CliRun.Of("timeline", Path.Combine(Repository.Examples, "qrmp-recipient.json"));

        run.Exit.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Out).RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => s.GetProperty("period").GetString() + " " + s.GetProperty("frequency").GetString())
            .Should().Equal("2025-07 quarterly", "2025-10 quarterly", "2026-01 quarterly");
    }

    [Fact]
    public void Run_Timeline_EachStatementIsWhatComputePrintsAtItsInstant()
    {
        var timeline = JsonDocument.Parse(CliRun.Of("timeline", MonthlyTrader).Out).RootElement.GetProperty("statements");

        foreach (var statement in timeline.EnumerateArray())
        {
            var computed = CliRun.Of("compute", MonthlyTrader, "--period", statement.GetProperty("period").GetString()!, "--at", statement.GetProperty("asOf").GetString()!).Out;
            Normalised(statement).Should().Be(Normalised(JsonDocument.Parse(computed).RootElement));
        }
    }

    [Fact]
    public void Run_TimelineWithRange_ComputesThatRange()
    {
        var run = CliRun.Of("timeline", MonthlyTrader, "--from", "2025-11", "--to", "2026-01");

        run.Exit.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Out).RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => s.GetProperty("period").GetString() + " " + s.GetProperty("documents").GetArrayLength())
            .Should().Equal("2025-11 3", "2025-12 2", "2026-01 0");
    }

    [Fact]
    public void Run_TimelineEndingBeforeItStarts_ExitsTwo()
    {
        var run = CliRun.Of("timeline", MonthlyTrader, "--from", "2025-12", "--to", "2025-10");

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("before it starts");
    }

    [Fact]
    public void Run_TimelineOfACaseWithoutFiledRecords_AsksForFrom()
    {
        var file = _folder.Write("unfiled.json", CaseJson.Of(RecordJson.Invoice("r1").With("filedAt", "null")));

        var run = CliRun.Of("timeline", file);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("--from");
    }

    [Fact]
    public void Run_TimelineOfAnUnreadableCase_ExitsTwo()
    {
        var file = _folder.Write("bad.json", "{ \"format\": \"ims-case/2\" }");

        var run = CliRun.Of("timeline", file);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("IMS-JSON-FORMAT");
        JsonDocument.Parse(run.Out).RootElement.GetProperty("statements").GetArrayLength().Should().Be(0);
    }

    private static string Normalised(JsonElement element) => JsonSerializer.Serialize(element);

    public void Dispose() => _folder.Dispose();
}
