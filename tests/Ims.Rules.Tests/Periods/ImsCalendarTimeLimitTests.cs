using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;
using static Ims.Rules.Tests.Support.Calendars;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Periods;

/// <summary>R35: the section 16(4) deadline.</summary>
public sealed class ImsCalendarTimeLimitTests
{
    [Theory]
    [InlineData("2024-04-01", "2025-11-30")]
    [InlineData("2024-06-15", "2025-11-30")]
    [InlineData("2025-03-31", "2025-11-30")]
    [InlineData("2025-04-01", "2026-11-30")]
    [InlineData("2021-04-01", "2022-11-30")]
    [InlineData("2022-03-31", "2022-11-30")]
    public void TimeLimit_R35_FromFy2021To22_Is30NovemberAfterTheYear(string documentDate, string deadline)
    {
        Monthly().TimeLimit(Date(documentDate)).Should().Be(Date(deadline));
    }

    [Fact]
    public void TimeLimit_R35_AnnualReturnFiledEarlier_PullsTheDeadlineToItsFilingDate()
    {
        var calendar = Of(annualReturns: new Dictionary<string, string> { ["2024-25"] = "2025-09-30" });

        calendar.TimeLimit(Date("2024-06-15")).Should().Be(Date("2025-09-30"));
        calendar.TimeLimit(Date("2025-06-15")).Should().Be(Date("2026-11-30"));
        calendar.TimeLimit(Date("2024-03-31")).Should().Be(Date("2024-11-30"));
    }

    [Theory]
    [InlineData("2025-11-30")]
    [InlineData("2025-12-31")]
    public void TimeLimit_R35_AnnualReturnFiledOnOrAfter30November_LeavesTheDeadline(string filedOn)
    {
        var calendar = Of(annualReturns: new Dictionary<string, string> { ["2024-25"] = filedOn });

        calendar.TimeLimit(Date("2024-06-15")).Should().Be(Date("2025-11-30"));
    }

    [Fact]
    public void TimeLimit_R36_IgnoreAnnualReturnPolicy_KeepsTheCalendarDeadline()
    {
        var calendar = Of(
            annualReturns: new Dictionary<string, string> { ["2024-25"] = "2025-09-30", ["2020-21"] = "2021-08-31" },
            policies: ImsPolicies.Default with { TimeBarCutoff = TimeBarCutoffPolicy.IgnoreAnnualReturn });

        calendar.TimeLimit(Date("2024-06-15")).Should().Be(Date("2025-11-30"));
        calendar.TimeLimit(Date("2020-06-15")).Should().Be(Date("2021-10-20"));
    }

    [Theory]
    [InlineData("2020-04-01")]
    [InlineData("2020-05-15")]
    [InlineData("2021-03-31")]
    public void TimeLimit_R35_Fy2020To21_IsTheSeptember2021Gstr3bDueDate(string documentDate)
    {
        Monthly().TimeLimit(Date(documentDate)).Should().Be(Date("2021-10-20"));
    }

    [Fact]
    public void TimeLimit_R35_Fy2020To21WithTheSeptemberGstr3bExtended_FollowsTheExtension()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr3b, "2021-09", "2021-10-25")]);

        calendar.TimeLimit(Date("2020-05-15")).Should().Be(Date("2021-10-25"));
        calendar.TimeLimit(Date("2021-05-15")).Should().Be(Date("2022-11-30"));
    }

    [Fact]
    public void TimeLimit_R35_Fy2020To21AnnualReturnFiledEarlier_PullsTheDeadline()
    {
        var calendar = Of(annualReturns: new Dictionary<string, string> { ["2020-21"] = "2021-08-31" });

        calendar.TimeLimit(Date("2020-05-15")).Should().Be(Date("2021-08-31"));
    }

    [Theory]
    [InlineData(StateGroup.A, "2021-10-22")]
    [InlineData(StateGroup.B, "2021-10-24")]
    public void TimeLimit_R35_Fy2020To21QuarterlyRecipient_IsTheJulyToSeptemberReturnsDueDate(StateGroup group, string deadline)
    {
        var calendar = Of(profile: [From("2021-01", ReturnFrequency.Quarterly, group)]);

        calendar.TimeLimit(Date("2020-05-15")).Should().Be(Date(deadline));
    }

    [Fact]
    public void TimeLimit_R35_Fy2019To20_IsTheSeptember2020Gstr3bDueDate()
    {
        Monthly().TimeLimit(Date("2019-12-01")).Should().Be(Date("2020-10-20"));
    }

    [Law(MaxTest = 500)]
    public Property TimeLimit_R35_AnyDocumentFromFy2021To22_FallsOn30NovemberOrTheEarlierAnnualReturn()
    {
        var calendar = Monthly();
        var dates = Gen.Choose(0, 365 * 30).Select(days => new LocalDate(2021, 4, 1).PlusDays(days));
        var property = Prop.ForAll(Arb.From(dates), date =>
        {
            var year = FinancialYear.Of(date);
            var deadline = calendar.TimeLimit(date);
            var annual = Of(annualReturns: new Dictionary<string, string> { [year.ToString()] = year.LastDay.PlusDays(100).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            return deadline == new LocalDate(year.StartYear + 1, 11, 30)
                && deadline > year.LastDay
                && annual.TimeLimit(date) == year.LastDay.PlusDays(100);
        });

        return property;
    }
}
