using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Periods;

public sealed class IndianTimeTests
{
    [Fact]
    public void Offset_Ist_IsFiveAndAHalfHours()
    {
        IndianTime.Offset.Should().Be(Offset.FromHoursAndMinutes(5, 30));
        IndianTime.Offset.Seconds.Should().Be(19_800);
    }

    [Fact]
    public void StartOf_Date_IsMidnightIstAt1830UtcTheDayBefore()
    {
        IndianTime.StartOf(new LocalDate(2025, 11, 12))
            .Should().Be(Instant.FromUtc(2025, 11, 11, 18, 30));
    }

    [Fact]
    public void EndOf_Date_IsMidnightIstStartingTheNextDay()
    {
        IndianTime.EndOf(new LocalDate(2025, 11, 11))
            .Should().Be(Instant.FromUtc(2025, 11, 11, 18, 30));
        IndianTime.EndOf(new LocalDate(2025, 12, 31))
            .Should().Be(IndianTime.StartOf(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void DateOf_OneSecondBefore1830Utc_IsStillTheUtcDate()
    {
        IndianTime.DateOf(Instant.FromUtc(2025, 11, 11, 18, 29, 59)).Should().Be(new LocalDate(2025, 11, 11));
    }

    [Fact]
    public void DateOf_At1830Utc_IsAlreadyTheNextIndianDate()
    {
        IndianTime.DateOf(Instant.FromUtc(2025, 11, 11, 18, 30)).Should().Be(new LocalDate(2025, 11, 12));
    }

    [Fact]
    public void DateOf_UtcNewYearsEveEvening_IsNewYearsDayInIndia()
    {
        IndianTime.DateOf(Instant.FromUtc(2025, 12, 31, 20, 0)).Should().Be(new LocalDate(2026, 1, 1));
    }

    [Fact]
    public void DateOf_LastTickOfAnIndianDay_IsThatDay()
    {
        var date = new LocalDate(2025, 11, 11);

        IndianTime.DateOf(IndianTime.EndOf(date) - Duration.Epsilon).Should().Be(date);
        IndianTime.DateOf(IndianTime.EndOf(date)).Should().Be(date.PlusDays(1));
        IndianTime.DateOf(IndianTime.StartOf(date)).Should().Be(date);
    }

    [Fact]
    public void InIst_Instant_CarriesTheIstOffsetAndLocalTime()
    {
        var ist = IndianTime.InIst(Instant.FromUtc(2025, 11, 11, 18, 29));

        ist.Offset.Should().Be(IndianTime.Offset);
        ist.LocalDateTime.Should().Be(new LocalDateTime(2025, 11, 11, 23, 59));
    }

    [Law]
    public Property StartOfAndDateOf_AnyDate_RoundTrip()
    {
        var dates = Gen.Choose(0, 365 * 200).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));
        var property = Prop.ForAll(Arb.From(dates), date =>
            IndianTime.DateOf(IndianTime.StartOf(date)) == date
            && IndianTime.DateOf(IndianTime.EndOf(date) - Duration.Epsilon) == date
            && IndianTime.EndOf(date) - IndianTime.StartOf(date) == Duration.FromDays(1));

        return property;
    }
}
