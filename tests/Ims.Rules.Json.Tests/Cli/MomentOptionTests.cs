using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>The moment option <c>--as generated|filed|INSTANT</c> (and <c>--at</c>) that compute, timeline and explain share.</summary>
public sealed class MomentOptionTests
{
    private static readonly string Example = Path.Combine(Repository.Examples, "monthly-trader.json");

    [Theory]
    [InlineData("generated")]
    [InlineData("filed")]
    [InlineData("2025-12-01")]
    public void Run_ComputeAndTimelineAtOneMoment_PrintTheSameStatement(string moment)
    {
        var timeline = CliRun.Of("timeline", Example, "--as", moment);
        using var document = JsonDocument.Parse(timeline.Out);
        var october = document.RootElement.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("period").GetString() == "2025-10");

        var compute = CliRun.Of("compute", Example, "--period", "2025-10", "--as", moment);
        using var computed = JsonDocument.Parse(compute.Out);

        JsonElement.DeepEquals(october, computed.RootElement).Should().BeTrue($"timeline --as {moment} and compute --as {moment} print the same 2025-10");
    }

    [Fact]
    public void Run_ComputeWithAtAndAsInstant_PrintsTheSameStatement()
    {
        CliRun.Of("compute", Example, "--period", "2025-10", "--at", "2025-11-18").Out
            .Should().Be(CliRun.Of("compute", Example, "--period", "2025-10", "--as", "2025-11-18").Out);
    }

    [Fact]
    public void Run_BothAsAndAt_ExitsTwoAndSaysWhy()
    {
        var run = CliRun.Of("compute", Example, "--period", "2025-10", "--as", "filed", "--at", "2025-11-18");

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("either --as or --at");
    }

    [Fact]
    public void Run_UnknownMoment_ExitsTwo()
    {
        CliRun.Of("timeline", Example, "--as", "final").Exit.Should().Be(2);
    }
}
