using System.IO;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class ExplainCommandTests
{
    private static string MonthlyTrader => Path.Combine(Repository.Examples, "monthly-trader.json");

    [Fact]
    public void Run_ExplainPendingThenAcceptedInvoice_TellsItsLife()
    {
        var run = CliRun.Of("explain", MonthlyTrader, "--record", "inv-2");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("Record inv-2: invoice MH-778 dated 2025-10-20")
            .And.Contain("natural period:    2025-10: statement 2025-10")
            .And.Contain("generated:         2025-11-14T00:00:00+05:30")
            .And.Contain("2025-11-13T16:00:00+05:30  pending, remark \"goods not yet received\"")
            .And.Contain("2025-12-05T11:00:00+05:30  accept")
            .And.Contain("2025-10 (as of 2025-11-20T17:00:00+05:30): carried forward as Pending since 2025-10")
            .And.Contain("2025-11 (as of 2025-12-20T17:00:00+05:30): ITC Available, section b2b")
            .And.Contain("rules R14, R12, R29");
    }

    [Fact]
    public void Run_ExplainBypassedRecord_ShowsItsFinding()
    {
        var run = CliRun.Of("explain", MonthlyTrader, "--record", "inv-7");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("ITC Not Available, reason P (place of supply)").And.Contain("WARNING IMS-ACTION-BYPASS inv-7");
    }

    [Fact]
    public void Run_ExplainBillOfEntry_SaysItCameFromIcegate()
    {
        var run = CliRun.Of("explain", Path.Combine(Repository.Examples, "imports.json"), "--record", "boe-3");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("received:          2025-10-16T00:00:00+05:30 from ICEGATE").And.NotContain("not filed")
            .And.Contain("2025-10 (as of 2025-11-20T17:00:00+05:30): ITC Available, section impgsez");
    }

    [Fact]
    public void Run_ExplainWithPeriod_ShowsOnlyThatStatement()
    {
        var run = CliRun.Of("explain", MonthlyTrader, "--record", "inv-2", "--period", "2025-12");

        run.Exit.Should().Be(0);
        run.Out.Should().Contain("in no statement of 2025-12 to 2025-12").And.NotContain("carried forward");
    }

    [Fact]
    public void Run_ExplainUnknownRecord_ExitsTwo()
    {
        var run = CliRun.Of("explain", MonthlyTrader, "--record", "nope");

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("has no record 'nope'");
    }

    [Fact]
    public void Run_ExplainWithoutRecord_ExitsTwo()
    {
        CliRun.Of("explain", MonthlyTrader).Exit.Should().Be(2);
    }
}
