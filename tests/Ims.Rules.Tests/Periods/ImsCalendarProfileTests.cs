using NodaTime;
using static Ims.Rules.Tests.Support.Build;
using static Ims.Rules.Tests.Support.Calendars;

namespace Ims.Rules.Tests.Periods;

/// <summary>Frequency changes at quarter starts (R34), return and statement periods.</summary>
public sealed class ImsCalendarProfileTests
{
    private const ReturnFrequency Monthly = ReturnFrequency.Monthly;
    private const ReturnFrequency Quarterly = ReturnFrequency.Quarterly;

    [Fact]
    public void EffectiveProfile_R34_ChangeToQuarterlyGivenForMay_AppliesFromJuly()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-05", Quarterly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2020-04"), Monthly), (Ym("2025-07"), Quarterly));
        calendar.FrequencyAt(Ym("2025-05")).Should().Be(Monthly);
        calendar.FrequencyAt(Ym("2025-06")).Should().Be(Monthly);
        calendar.FrequencyAt(Ym("2025-07")).Should().Be(Quarterly);
        calendar.ReturnPeriodOf(Ym("2025-05")).Should().Be(Month("2025-05"));
        calendar.ReturnPeriodOf(Ym("2025-08")).Should().Be(Quarter("2025-07"));
    }

    [Fact]
    public void EffectiveProfile_R34_ChangeBackToMonthlyGivenForFebruary_AppliesFromApril()
    {
        var calendar = Of(profile: [From("2024-04", Quarterly), From("2026-02", Monthly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2024-04"), Quarterly), (Ym("2026-04"), Monthly));
        calendar.FrequencyAt(Ym("2026-02")).Should().Be(Quarterly);
        calendar.ReturnPeriodOf(Ym("2026-03")).Should().Be(Quarter("2026-01"));
        calendar.ReturnPeriodOf(Ym("2026-04")).Should().Be(Month("2026-04"));
    }

    [Fact]
    public void EffectiveProfile_R34_ChangeAtAQuarterStart_IsKept()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-07", Quarterly), From("2026-01", Monthly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal(
            (Ym("2020-04"), Monthly), (Ym("2025-07"), Quarterly), (Ym("2026-01"), Monthly));
    }

    [Fact]
    public void EffectiveProfile_MonthlyEntryRepeatedMidQuarter_IsNotMovedBecauseNothingChanges()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-05", Monthly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2020-04"), Monthly), (Ym("2025-05"), Monthly));
    }

    [Fact]
    public void EffectiveProfile_EntriesGivenOutOfOrder_AreSortedEarliestFirst()
    {
        var calendar = Of(profile: [From("2025-07", Quarterly), From("2020-04", Monthly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2020-04"), Monthly), (Ym("2025-07"), Quarterly));
        calendar.FirstMonth.Should().Be(Ym("2020-04"));
    }

    [Fact]
    public void EffectiveProfile_NullEntries_AreIgnored()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), null!, From("2025-07", Quarterly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2020-04"), Monthly), (Ym("2025-07"), Quarterly));
    }

    [Fact]
    public void EffectiveProfile_TwoChangesMovedToTheSameQuarterStart_TheLaterOneWins()
    {
        // Quarterly from May (→ July), then monthly again from June (→ July): monthly throughout.
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-05", Quarterly), From("2025-06", Monthly)]);

        calendar.FrequencyAt(Ym("2025-07")).Should().Be(Monthly);
        calendar.FrequencyAt(Ym("2025-10")).Should().Be(Monthly);
    }

    [Fact]
    public void EffectiveProfile_R34_MovedQuarterlyEntry_KeepsItsStateGroup()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-05", Quarterly, StateGroup.B)]);

        calendar.EffectiveProfile[1].Should().Be(From("2025-07", Quarterly, StateGroup.B));
        calendar.Gstr3bDueDate(Quarter("2025-07")).Should().Be(Date("2025-10-24"));
    }

    [Fact]
    public void FrequencyAt_EmptyProfile_IsMonthlyThroughout()
    {
        var calendar = Of(profile: []);

        calendar.FirstMonth.Should().BeNull();
        calendar.EffectiveProfile.Should().BeEmpty();
        calendar.FrequencyAt(Ym("2025-08")).Should().Be(Monthly);
        calendar.StatementPeriodOf(Ym("2025-08")).Should().Be(Month("2025-08"));
        calendar.StateGroupAt(Ym("2025-08")).Should().Be(StateGroup.A);
    }

    [Fact]
    public void FrequencyAt_DefaultProfile_IsMonthlyThroughout()
    {
        var calendar = new ImsCalendar(new ImsCase
        {
            Recipient = new Recipient { Gstin = Support.Build.Recipient, Profile = default },
            Filings = null!,
            Policies = null!,
        });

        calendar.FirstMonth.Should().BeNull();
        calendar.FrequencyAt(Ym("2025-08")).Should().Be(Monthly);
        calendar.Gstr3bDueDate(Month("2025-08")).Should().Be(Date("2025-09-20"));
        calendar.Gstr3bFiledAt(Month("2025-08")).Should().BeNull();
    }

    [Fact]
    public void FrequencyAt_BeforeAQuarterlyProfileStarts_IsMonthly()
    {
        var calendar = Of(profile: [From("2024-04", Quarterly)]);

        calendar.FirstMonth.Should().Be(Ym("2024-04"));
        calendar.FrequencyAt(Ym("2024-03")).Should().Be(Monthly);
        calendar.FrequencyAt(Ym("2024-04")).Should().Be(Quarterly);
    }

    [Fact]
    public void FrequencyAt_R34_FirstEntryQuarterlyGivenForMay_MayAndJuneAreNotAQuarter()
    {
        // A recipient that opts into QRMP from May is quarterly only from July.
        var calendar = Of(profile: [From("2025-05", Quarterly)]);

        calendar.EffectiveProfile.Pairs().Should().Equal((Ym("2025-07"), Quarterly));
        calendar.FrequencyAt(Ym("2025-05")).Should().Be(Monthly);
        calendar.FrequencyAt(Ym("2025-06")).Should().Be(Monthly);
        calendar.ReturnPeriodOf(Ym("2025-06")).Should().Be(Month("2025-06"));
        calendar.ReturnPeriodOf(Ym("2025-07")).Should().Be(Quarter("2025-07"));
    }

    [Fact]
    public void StatementPeriodOf_R34_QuarterlyRecipient_IsTheQuarter()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-07", Quarterly)]);

        calendar.StatementPeriodOf(Ym("2025-06")).Should().Be(Month("2025-06"));
        calendar.StatementPeriodOf(Ym("2025-07")).Should().Be(Quarter("2025-07"));
        calendar.StatementPeriodOf(Ym("2025-08")).Should().Be(Quarter("2025-07"));
        calendar.StatementPeriodOf(Ym("2025-09")).Should().Be(Quarter("2025-07"));
    }

    [Fact]
    public void StatementPeriodOf_R34_QrmpMonthlyStatementsPolicy_IsTheMonthButTheReturnPeriodStaysTheQuarter()
    {
        var calendar = Of(
            profile: [From("2020-04", Monthly), From("2025-07", Quarterly)],
            policies: ImsPolicies.Default with { QrmpStatements = QrmpStatementsPolicy.Monthly });

        calendar.StatementPeriodOf(Ym("2025-08")).Should().Be(Month("2025-08"));
        calendar.ReturnPeriodOf(Ym("2025-08")).Should().Be(Quarter("2025-07"));
        calendar.NextStatementPeriod(Month("2025-08")).Should().Be(Month("2025-09"));
        calendar.NextStatementPeriod(Month("2025-09")).Should().Be(Month("2025-10"));
    }

    [Fact]
    public void NextStatementPeriod_R34_AcrossAChangeFromMonthlyToQuarterly()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-05", Quarterly)]);

        calendar.NextStatementPeriod(Month("2025-05")).Should().Be(Month("2025-06"));
        calendar.NextStatementPeriod(Month("2025-06")).Should().Be(Quarter("2025-07"));
        calendar.NextStatementPeriod(Quarter("2025-07")).Should().Be(Quarter("2025-10"));
        calendar.NextStatementPeriod(Quarter("2025-10")).Should().Be(Quarter("2026-01"));
    }

    [Fact]
    public void NextStatementPeriod_R34_AcrossAChangeFromQuarterlyToMonthly()
    {
        var calendar = Of(profile: [From("2024-04", Quarterly), From("2026-04", Monthly)]);

        calendar.NextStatementPeriod(Quarter("2025-10")).Should().Be(Quarter("2026-01"));
        calendar.NextStatementPeriod(Quarter("2026-01")).Should().Be(Month("2026-04"));
        calendar.NextStatementPeriod(Month("2026-04")).Should().Be(Month("2026-05"));
    }

    [Fact]
    public void NextStatementPeriod_MonthlyRecipient_CrossesTheYear()
    {
        Support.Calendars.Monthly().NextStatementPeriod(Month("2025-12")).Should().Be(Month("2026-01"));
    }

    [Fact]
    public void PreviousReturnPeriod_R32_AcrossFrequencyChanges()
    {
        var calendar = Of(profile: [From("2020-04", Monthly), From("2025-07", Quarterly), From("2026-04", Monthly)]);

        calendar.PreviousReturnPeriod(Month("2025-06")).Should().Be(Month("2025-05"));
        calendar.PreviousReturnPeriod(Quarter("2025-07")).Should().Be(Month("2025-06"));
        calendar.PreviousReturnPeriod(Quarter("2025-10")).Should().Be(Quarter("2025-07"));
        calendar.PreviousReturnPeriod(Month("2026-04")).Should().Be(Quarter("2026-01"));
        calendar.PreviousReturnPeriod(Month("2026-05")).Should().Be(Month("2026-04"));
    }

    [Fact]
    public void PreviousReturnPeriod_R32_MonthlyStatementInsideAQuarter_IsTheReturnPeriodBeforeTheQuarter()
    {
        var calendar = Of(
            profile: [From("2020-04", Monthly), From("2025-07", Quarterly)],
            policies: ImsPolicies.Default with { QrmpStatements = QrmpStatementsPolicy.Monthly });

        calendar.PreviousReturnPeriod(Month("2025-08")).Should().Be(Month("2025-06"));
        calendar.PreviousReturnPeriod(Month("2025-11")).Should().Be(Quarter("2025-07"));
    }

    [Fact]
    public void StateGroupAt_ProfileGroupsOverTime_FollowTheEntryInForce()
    {
        var calendar = Of(profile:
        [
            From("2020-04", Monthly),
            From("2024-04", Quarterly, StateGroup.B),
            From("2025-04", Quarterly),
        ]);

        calendar.StateGroupAt(Ym("2024-05")).Should().Be(StateGroup.B);
        calendar.StateGroupAt(Ym("2025-05")).Should().Be(StateGroup.A);
        calendar.Gstr3bDueDate(Quarter("2024-04")).Should().Be(Date("2024-07-24"));
        calendar.Gstr3bDueDate(Quarter("2025-04")).Should().Be(Date("2025-07-22"));
    }

    [Fact]
    public void FirstMonth_BuildCase_IsApril2020()
    {
        Support.Calendars.Monthly().FirstMonth.Should().Be(new YearMonth(2020, 4));
        Support.Calendars.Monthly().EffectiveProfile.Should().HaveCount(1);
    }
}
