using System;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;
using static Ims.Rules.Tests.Support.Calendars;

namespace Ims.Rules.Tests.Periods;

/// <summary>R28 generation, GSTR-3B due dates, notified extensions and the rule set of a period.</summary>
public sealed class ImsCalendarDueDateTests
{
    private static readonly FrequencyChange[] QuarterlyFrom2024 = [From("2024-04", ReturnFrequency.Quarterly)];

    [Fact]
    public void Constructor_NullCase_ThrowsArgumentNullException()
    {
        var create = () => new ImsCalendar(null!);

        create.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("2025-10", "2025-11-14")]
    [InlineData("2025-12", "2026-01-14")]
    [InlineData("2024-09", "2024-10-14")]
    [InlineData("2026-02", "2026-03-14")]
    public void GenerationInstant_R28_Month_IsMidnightIstOnThe14thOfTheNextMonth(string month, string day)
    {
        Monthly().GenerationInstant(Month(month)).Should().Be(IndianTime.StartOf(Date(day)));
    }

    [Fact]
    public void GenerationInstant_R28_IsMidnightIstNotUtc()
    {
        Monthly().GenerationInstant(Month("2025-10")).Should().Be(Instant.FromUtc(2025, 11, 13, 18, 30));
    }

    [Fact]
    public void GenerationInstant_S37_Jan2021_Is14February2021()
    {
        Monthly().GenerationInstant(Month("2021-01")).Should().Be(Ist("2021-02-14T00:00"));
    }

    [Theory]
    [InlineData("2025-07", "2025-10-14")]
    [InlineData("2025-10", "2026-01-14")]
    [InlineData("2026-01", "2026-04-14")]
    public void GenerationInstant_R28_Quarter_IsThe14thAfterTheQuarter(string month, string day)
    {
        var calendar = Of(profile: QuarterlyFrom2024);

        calendar.GenerationInstant(Quarter(month)).Should().Be(Ist(day));
    }

    [Fact]
    public void GenerationInstant_S40_QrmpRecipientAprilToJune2026_Is14July2026()
    {
        var calendar = Of(profile: QuarterlyFrom2024);
        var period = calendar.StatementPeriodOf(Ym("2026-05"));

        period.Should().Be(Quarter("2026-04"));
        calendar.GenerationInstant(period).Should().Be(Ist("2026-07-14"));
    }

    [Theory]
    [InlineData(ExtendedReturn.Gstr1, "2025-11-15", "2025-11-16")]
    [InlineData(ExtendedReturn.Iff, "2025-11-20", "2025-11-21")]
    [InlineData(ExtendedReturn.Gstr5, "2025-11-14", "2025-11-15")]
    [InlineData(ExtendedReturn.Gstr6, "2025-11-17", "2025-11-18")]
    public void GenerationInstant_R28_FilingExtensionPastThe13th_MovesGenerationToTheDayAfter(ExtendedReturn form, string extendedTo, string generated)
    {
        var calendar = Of(extensions: [Extend(form, "2025-10", extendedTo)]);

        calendar.GenerationInstant(Month("2025-10")).Should().Be(Ist(generated));
        calendar.GenerationInstant(Month("2025-11")).Should().Be(Ist("2025-12-14"));
        calendar.GenerationInstant(Month("2025-09")).Should().Be(Ist("2025-10-14"));
    }

    [Theory]
    [InlineData(ExtendedReturn.Gstr1, "2025-11-13")]
    [InlineData(ExtendedReturn.Gstr1, "2025-11-12")]
    [InlineData(ExtendedReturn.Iff, "2025-11-13")]
    public void GenerationInstant_R28_ExtensionUpToThe13th_LeavesThe14th(ExtendedReturn form, string extendedTo)
    {
        var calendar = Of(extensions: [Extend(form, "2025-10", extendedTo)]);

        calendar.GenerationInstant(Month("2025-10")).Should().Be(Ist("2025-11-14"));
    }

    [Fact]
    public void GenerationInstant_R28_SeveralExtensions_TheLatestWins()
    {
        var calendar = Of(extensions:
        [
            Extend(ExtendedReturn.Gstr1, "2024-12", "2025-01-13"),
            Extend(ExtendedReturn.Iff, "2024-12", "2025-01-15"),
            Extend(ExtendedReturn.Gstr6, "2024-12", "2025-01-14"),
        ]);

        calendar.GenerationInstant(Month("2024-12")).Should().Be(Ist("2025-01-16"));
    }

    [Fact]
    public void Constructor_NullExtensionEntry_IsIgnored()
    {
        var calendar = Of(extensions: [null!, Extend(ExtendedReturn.Gstr1, "2025-10", "2025-11-15")]);

        calendar.GenerationInstant(Month("2025-10")).Should().Be(Ist("2025-11-16"));
        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-10")).Should().Be(Date("2025-11-15"));
    }

    [Fact]
    public void GenerationInstant_R28_Gstr3bExtension_DoesNotMoveGeneration()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr3b, "2025-10", "2025-11-27")]);

        calendar.GenerationInstant(Month("2025-10")).Should().Be(Ist("2025-11-14"));
    }

    [Fact]
    public void GenerationInstant_R28_QuarterlyGstr1Extension_KeyedByTheQuartersLastMonth()
    {
        var calendar = Of(profile: QuarterlyFrom2024, extensions: [Extend(ExtendedReturn.Gstr1, "2025-12", "2026-01-16")]);

        calendar.GenerationInstant(Quarter("2025-10")).Should().Be(Ist("2026-01-17"));
    }

    [Fact]
    public void GenerationInstant_R28_ExtensionForTheQuartersFirstMonth_DoesNotMoveTheQuarter()
    {
        var calendar = Of(profile: QuarterlyFrom2024, extensions: [Extend(ExtendedReturn.Iff, "2025-10", "2025-11-20")]);

        calendar.GenerationInstant(Quarter("2025-10")).Should().Be(Ist("2026-01-14"));
    }

    [Theory]
    [InlineData("2025-10", "2025-11-20")]
    [InlineData("2025-12", "2026-01-20")]
    [InlineData("2025-02", "2025-03-20")]
    public void Gstr3bDueDate_MonthlyReturn_IsThe20thOfTheNextMonth(string month, string due)
    {
        Monthly().Gstr3bDueDate(Month(month)).Should().Be(Date(due));
    }

    [Theory]
    [InlineData(StateGroup.A, "2026-01-22")]
    [InlineData(StateGroup.B, "2026-01-24")]
    public void Gstr3bDueDate_QuarterlyReturn_Is22ndOr24thByTheProfilesStateGroup(StateGroup group, string due)
    {
        var calendar = Of(profile: [From("2024-04", ReturnFrequency.Quarterly, group)]);

        calendar.Gstr3bDueDate(Quarter("2025-10")).Should().Be(Date(due));
    }

    [Fact]
    public void Gstr3bDueDate_QuarterlyMaharashtraWithoutGroup_IsGroupAOnThe22nd()
    {
        var calendar = Of(profile: QuarterlyFrom2024);

        calendar.StateGroupAt(Ym("2025-10")).Should().Be(StateGroup.A);
        calendar.Gstr3bDueDate(Quarter("2025-10")).Should().Be(Date("2026-01-22"));
        calendar.Gstr3bDueDate(Quarter("2025-07")).Should().Be(Date("2025-10-22"));
    }

    [Fact]
    public void Gstr3bDueDate_QuarterlyDelhiWithoutGroup_IsGroupBOnThe24th()
    {
        var calendar = Of(profile: QuarterlyFrom2024, gstin: Delhi);

        calendar.StateGroupAt(Ym("2025-10")).Should().Be(StateGroup.B);
        calendar.Gstr3bDueDate(Quarter("2025-10")).Should().Be(Date("2026-01-24"));
        calendar.Gstr3bDueDate(Quarter("2026-01")).Should().Be(Date("2026-04-24"));
    }

    [Fact]
    public void Gstr3bDueDate_ProfileGroup_OverridesTheGstinsState()
    {
        var maharashtraInB = Of(profile: [From("2024-04", ReturnFrequency.Quarterly, StateGroup.B)]);
        var delhiInA = Of(profile: [From("2024-04", ReturnFrequency.Quarterly, StateGroup.A)], gstin: Delhi);

        maharashtraInB.Gstr3bDueDate(Quarter("2025-10")).Should().Be(Date("2026-01-24"));
        delhiInA.Gstr3bDueDate(Quarter("2025-10")).Should().Be(Date("2026-01-22"));
    }

    [Fact]
    public void Gstr3bDueDate_MonthlyDelhiRecipient_IsStillThe20th()
    {
        Of(gstin: Delhi).Gstr3bDueDate(Month("2025-10")).Should().Be(Date("2025-11-20"));
    }

    [Fact]
    public void Gstr3bDueDate_Extension_ReplacesTheDueDateOfThatMonthOnly()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr3b, "2025-11", "2025-12-27")]);

        calendar.Gstr3bDueDate(Month("2025-11")).Should().Be(Date("2025-12-27"));
        calendar.Gstr3bDueDate(Month("2025-10")).Should().Be(Date("2025-11-20"));
        calendar.Gstr3bDueDate(Month("2025-12")).Should().Be(Date("2026-01-20"));
    }

    [Fact]
    public void Gstr3bDueDate_QuarterlyExtension_KeyedByTheQuartersFirstMonth()
    {
        var calendar = Of(profile: QuarterlyFrom2024, extensions: [Extend(ExtendedReturn.Gstr3b, "2024-10", "2025-01-26")]);

        calendar.Gstr3bDueDate(Quarter("2024-10")).Should().Be(Date("2025-01-26"));
        calendar.Gstr3bDueDate(Quarter("2025-01")).Should().Be(Date("2025-04-22"));
    }

    [Fact]
    public void Gstr3bDueDate_FilingExtension_DoesNotMoveGstr3b()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr1, "2025-10", "2025-11-15")]);

        calendar.Gstr3bDueDate(Month("2025-10")).Should().Be(Date("2025-11-20"));
    }

    [Fact]
    public void Gstr3bFiledAt_FiledAndUnfiledMonths_ReturnsTheFilingOrNull()
    {
        var calendar = Of(gstr3b: new System.Collections.Generic.Dictionary<string, string> { ["2025-10"] = "2025-11-20T17:00" });

        calendar.Gstr3bFiledAt(Month("2025-10")).Should().Be(Ist("2025-11-20T17:00"));
        calendar.Gstr3bFiledAt(Month("2025-11")).Should().BeNull();
    }

    [Fact]
    public void Gstr3bFiledAt_QuarterlyRecipient_ReadsTheQuartersFilingForAnyOfItsMonths()
    {
        var calendar = Of(
            profile: QuarterlyFrom2024,
            gstr3b: new System.Collections.Generic.Dictionary<string, string> { ["2025-07"] = "2025-10-22T11:00" });

        calendar.Gstr3bFiledAt(Quarter("2025-07")).Should().Be(Ist("2025-10-22T11:00"));
        calendar.Gstr3bFiledAt(Month("2025-08")).Should().Be(Ist("2025-10-22T11:00"));
        calendar.Gstr3bFiledAt(Month("2025-09")).Should().Be(Ist("2025-10-22T11:00"));
        calendar.Gstr3bFiledAt(Quarter("2025-10")).Should().BeNull();
    }

    [Theory]
    [InlineData("2024-09", RuleSet.PreIms)]
    [InlineData("2020-07", RuleSet.PreIms)]
    [InlineData("2024-10", RuleSet.Ims2024)]
    [InlineData("2025-09", RuleSet.Ims2024)]
    [InlineData("2025-10", RuleSet.Ims2025)]
    [InlineData("2026-03", RuleSet.Ims2025)]
    public void RuleSetOf_R6_R24_MonthAroundTheBoundaries_IsDecidedByThePeriod(string month, RuleSet ruleSet)
    {
        ImsCalendar.RuleSetOf(Month(month)).Should().Be(ruleSet);
    }

    [Theory]
    [InlineData("2024-07", RuleSet.PreIms)]
    [InlineData("2024-10", RuleSet.Ims2024)]
    [InlineData("2025-07", RuleSet.Ims2024)]
    [InlineData("2025-10", RuleSet.Ims2025)]
    public void RuleSetOf_R6_R24_Quarter_IsDecidedByItsFirstMonth(string month, RuleSet ruleSet)
    {
        ImsCalendar.RuleSetOf(Quarter(month)).Should().Be(ruleSet);
    }

    [Fact]
    public void Constants_ImsStartDates_AreOctober2024AndOctober2025()
    {
        ImsCalendar.FirstImsMonth.Should().Be(new YearMonth(2024, 10));
        ImsCalendar.FirstIms2025Month.Should().Be(new YearMonth(2025, 10));
        ImsCalendar.FirstActionDate.Should().Be(new LocalDate(2024, 10, 14));
    }

    [Theory]
    [InlineData("22")]
    [InlineData("23")]
    [InlineData("24")]
    [InlineData("25")]
    [InlineData("26")]
    [InlineData("27")]
    [InlineData("29")]
    [InlineData("30")]
    [InlineData("31")]
    [InlineData("32")]
    [InlineData("33")]
    [InlineData("34")]
    [InlineData("35")]
    [InlineData("36")]
    [InlineData("37")]
    public void StateGroupsOf_WesternAndSouthernStates_AreGroupA(string state)
    {
        StateGroups.Of(StateCode.Parse(state)).Should().Be(StateGroup.A);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("03")]
    [InlineData("04")]
    [InlineData("05")]
    [InlineData("06")]
    [InlineData("07")]
    [InlineData("08")]
    [InlineData("09")]
    [InlineData("10")]
    [InlineData("11")]
    [InlineData("12")]
    [InlineData("13")]
    [InlineData("14")]
    [InlineData("15")]
    [InlineData("16")]
    [InlineData("17")]
    [InlineData("18")]
    [InlineData("19")]
    [InlineData("20")]
    [InlineData("21")]
    [InlineData("38")]
    public void StateGroupsOf_NorthernAndEasternStates_AreGroupB(string state)
    {
        StateGroups.Of(StateCode.Parse(state)).Should().Be(StateGroup.B);
    }
}
