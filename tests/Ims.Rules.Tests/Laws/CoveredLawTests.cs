using System;
using System.Linq;

namespace Ims.Rules.Tests.Laws;

/// <summary>The machinery of the laws: the vacuity check and the seed a run replays.</summary>
public sealed class CoveredLawTests
{
    private sealed class Probe : CoveredLaw
    {
        public void Run(int cases, int reached)
        {
            foreach (var index in Enumerable.Range(0, cases))
            {
                Covered(true, (index < reached, "the interesting path"));
            }
        }
    }

    [Fact]
    public void Dispose_PathReachedByFewerThanFivePercent_FailsTheLaw()
    {
        var probe = new Probe();
        probe.Run(LawRuns.Count, 49);

        probe.Invoking(p => p.Dispose()).Should().Throw<InvalidOperationException>()
            .WithMessage("*'the interesting path' reached by 49 of 1000 cases*");
    }

    [Fact]
    public void Dispose_PathReachedByFivePercent_Passes()
    {
        var probe = new Probe();
        probe.Run(LawRuns.Count, 50);

        probe.Invoking(p => p.Dispose()).Should().NotThrow();
    }

    [Fact]
    public void Dispose_RunThatStoppedEarly_LeavesTheVerdictToTheFailure()
    {
        var probe = new Probe();
        probe.Run(12, 0);

        probe.Invoking(p => p.Dispose()).Should().NotThrow();
    }

    [Theory]
    [InlineData(null, true, "20261121,")]
    [InlineData(null, false, null)]
    [InlineData("", true, "20261121,")]
    [InlineData("42", false, "42,")]
    [InlineData("(123,457,78)", true, "123,457,78")]
    [InlineData("123, 457", false, "123,457")]
    public void ReplayOf_SeedTextAndCi_IsWhatFsCheckReplays(string? text, bool ci, string? expected)
    {
        var replay = LawRuns.ReplayOf(text, ci);

        if (expected is null)
        {
            replay.Should().BeNull();
        }
        else
        {
            replay.Should().StartWith(expected);
        }
    }
}
