using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Periods;

public sealed class ReturnPeriodTests
{
    [Fact]
    public void Parse_IsoMonth_IsThatMonth()
    {
        var period = ReturnPeriod.Parse("2025-10");

        period.Should().Be(ReturnPeriod.Month(2025, 10));
        period.Start.Should().Be(new YearMonth(2025, 10));
        period.End.Should().Be(new YearMonth(2025, 10));
        period.IsQuarter.Should().BeFalse();
        period.Frequency.Should().Be(ReturnFrequency.Monthly);
    }

    [Fact]
    public void ParsePortal_Mmyyyy_IsThatMonth()
    {
        ReturnPeriod.ParsePortal("102025").Should().Be(ReturnPeriod.Month(2025, 10));
        ReturnPeriod.ParsePortal("012000").Should().Be(ReturnPeriod.Month(2000, 1));
        ReturnPeriod.ParsePortal("122099").Should().Be(ReturnPeriod.Month(2099, 12));
    }

    [Fact]
    public void Format_Month_IsoAndPortalBothWays()
    {
        var period = ReturnPeriod.Month(2025, 10);

        period.ToString().Should().Be("2025-10");
        period.ToPortalString().Should().Be("102025");
        ReturnPeriod.Month(2026, 1).ToString().Should().Be("2026-01");
        ReturnPeriod.Month(2026, 1).ToPortalString().Should().Be("012026");
        ReturnPeriod.ParsePortal(ReturnPeriod.Parse("2025-10").ToPortalString()).ToString().Should().Be("2025-10");
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("1999-12")]
    [InlineData("2025-1")]
    [InlineData("2025/10")]
    [InlineData("202510")]
    [InlineData("25-10")]
    [InlineData("2025-10 ")]
    [InlineData(" 2025-10")]
    [InlineData("2025--1")]
    [InlineData("+025-10")]
    [InlineData("2025-+1")]
    [InlineData("")]
    [InlineData("abcd-ef")]
    public void Parse_NotAnIsoMonth_ThrowsFormatException(string text)
    {
        ReturnPeriod.TryParse(text, out _).Should().BeFalse();
        var parse = () => ReturnPeriod.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"'{text}' is not a return period*");
    }

    [Theory]
    [InlineData("132025")]
    [InlineData("002025")]
    [InlineData("121999")]
    [InlineData("12025")]
    [InlineData("1020250")]
    [InlineData("2025-10")]
    [InlineData("10-2025")]
    [InlineData("+12025")]
    [InlineData("")]
    public void ParsePortal_NotMmyyyy_ThrowsFormatException(string text)
    {
        ReturnPeriod.TryParsePortal(text, out _).Should().BeFalse();
        var parse = () => ReturnPeriod.ParsePortal(text);
        parse.Should().Throw<FormatException>().WithMessage($"'{text}' is not a portal return period*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var parse = () => ReturnPeriod.Parse(null!);
        var parsePortal = () => ReturnPeriod.ParsePortal(null!);

        parse.Should().Throw<ArgumentNullException>();
        parsePortal.Should().Throw<ArgumentNullException>();
        ReturnPeriod.TryParse(null, out _).Should().BeFalse();
        ReturnPeriod.TryParsePortal(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Month_Before2000_ThrowsArgumentOutOfRangeException()
    {
        var before = () => ReturnPeriod.Month(1999, 12);
        var quarter = () => ReturnPeriod.QuarterOf(new YearMonth(1999, 12));

        before.Should().Throw<ArgumentOutOfRangeException>();
        quarter.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Month_MonthOutOfRange_ThrowsArgumentOutOfRangeException()
    {
        var thirteen = () => ReturnPeriod.Month(2025, 13);

        thirteen.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2025, 4, 4)]
    [InlineData(2025, 5, 4)]
    [InlineData(2025, 6, 4)]
    [InlineData(2025, 7, 7)]
    [InlineData(2025, 9, 7)]
    [InlineData(2025, 10, 10)]
    [InlineData(2025, 12, 10)]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 3, 1)]
    public void QuarterOf_AnyMonth_IsTheCalendarQuarterHoldingIt(int year, int month, int firstMonth)
    {
        var quarter = ReturnPeriod.QuarterOf(new YearMonth(year, month));

        quarter.IsQuarter.Should().BeTrue();
        quarter.Frequency.Should().Be(ReturnFrequency.Quarterly);
        quarter.Start.Should().Be(new YearMonth(year, firstMonth));
        quarter.End.Should().Be(new YearMonth(year, firstMonth + 2));
    }

    [Fact]
    public void ToPortalString_Quarter_IsItsLastMonth()
    {
        var quarter = ReturnPeriod.QuarterOf(new YearMonth(2025, 11));

        quarter.ToPortalString().Should().Be("122025");
        quarter.ToString().Should().Be("2025-10");
        ReturnPeriod.QuarterOf(new YearMonth(2026, 2)).ToPortalString().Should().Be("032026");
    }

    [Fact]
    public void Equality_MonthAndQuarterStartingTogether_AreNotEqual()
    {
        var month = ReturnPeriod.Month(2025, 10);
        var quarter = ReturnPeriod.QuarterOf(new YearMonth(2025, 10));

        (month == quarter).Should().BeFalse();
        (month != quarter).Should().BeTrue();
        month.GetHashCode().Should().NotBe(quarter.GetHashCode());
        quarter.Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2025, 12)));
        quarter.GetHashCode().Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2025, 12)).GetHashCode());
        month.Equals((object)ReturnPeriod.Parse("2025-10")).Should().BeTrue();
        month.Equals((object)"2025-10").Should().BeFalse();
    }

    [Theory]
    [InlineData(ReturnFrequency.Monthly, 2025, 11, false)]
    [InlineData(ReturnFrequency.Quarterly, 2025, 10, true)]
    public void Containing_AMonth_IsTheMonthOrItsQuarter(ReturnFrequency frequency, int year, int start, bool quarter)
    {
        var period = ReturnPeriod.Containing(new YearMonth(2025, 11), frequency);

        period.Start.Should().Be(new YearMonth(year, start));
        period.IsQuarter.Should().Be(quarter);
    }

    [Fact]
    public void NextAndPrevious_Month_CrossYears()
    {
        ReturnPeriod.Month(2025, 12).Next().Should().Be(ReturnPeriod.Month(2026, 1));
        ReturnPeriod.Month(2026, 1).Previous().Should().Be(ReturnPeriod.Month(2025, 12));
        ReturnPeriod.Month(2025, 10).Plus(15).Should().Be(ReturnPeriod.Month(2027, 1));
        ReturnPeriod.Month(2025, 10).Plus(-22).Should().Be(ReturnPeriod.Month(2023, 12));
        ReturnPeriod.Month(2025, 10).Plus(0).Should().Be(ReturnPeriod.Month(2025, 10));
    }

    [Fact]
    public void NextAndPrevious_Quarter_MoveByThreeMonthsAcrossYears()
    {
        var octDec = ReturnPeriod.QuarterOf(new YearMonth(2025, 10));

        octDec.Next().Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2026, 1)));
        octDec.Next().IsQuarter.Should().BeTrue();
        octDec.Next().ToPortalString().Should().Be("032026");
        ReturnPeriod.QuarterOf(new YearMonth(2026, 1)).Previous().Should().Be(octDec);
        octDec.Plus(4).Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2026, 10)));
        octDec.Plus(-3).Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2025, 1)));
    }

    [Fact]
    public void Previous_FirstSupportedMonth_ThrowsRatherThanMakingABrokenPeriod()
    {
        var previous = () => ReturnPeriod.Month(2000, 1).Previous();
        var quarter = () => ReturnPeriod.QuarterOf(new YearMonth(2000, 2)).Previous();

        previous.Should().Throw<ArgumentOutOfRangeException>();
        quarter.Should().Throw<ArgumentOutOfRangeException>();
        ReturnPeriod.Month(2000, 2).Previous().ToString().Should().Be("2000-01");
    }

    [Fact]
    public void Next_LastSupportedMonth_ThrowsRatherThanMakingABrokenPeriod()
    {
        var next = () => ReturnPeriod.Month(9999, 12).Next();
        var quarter = () => ReturnPeriod.QuarterOf(new YearMonth(9999, 11)).Next();
        var far = () => ReturnPeriod.Month(2025, 1).Plus(int.MaxValue);

        next.Should().Throw<ArgumentOutOfRangeException>();
        quarter.Should().Throw<ArgumentOutOfRangeException>();
        far.Should().Throw<ArgumentOutOfRangeException>();
        ReturnPeriod.QuarterOf(new YearMonth(9999, 8)).Next().ToPortalString().Should().Be("129999");
    }

    [Fact]
    public void CompareTo_Periods_OrderByFirstMonthThenMonthBeforeQuarter()
    {
        var september = ReturnPeriod.Month(2025, 9);
        var october = ReturnPeriod.Month(2025, 10);
        var octDec = ReturnPeriod.QuarterOf(new YearMonth(2025, 10));
        var november = ReturnPeriod.Month(2025, 11);
        var january = ReturnPeriod.Month(2026, 1);

        (september < october).Should().BeTrue();
        (october < octDec).Should().BeTrue();
        (octDec < november).Should().BeTrue();
        (november < january).Should().BeTrue();
        (january > october).Should().BeTrue();
        (october <= ReturnPeriod.Parse("2025-10")).Should().BeTrue();
        (october >= ReturnPeriod.Parse("2025-10")).Should().BeTrue();
        (octDec >= november).Should().BeFalse();
        october.CompareTo(ReturnPeriod.Parse("2025-10")).Should().Be(0);
        new[] { january, november, octDec, october, september }.Order()
            .Should().Equal(september, october, octDec, november, january);
    }

    [Fact]
    public void Contains_Quarter_HoldsItsThreeMonthsOnly()
    {
        var julSep = ReturnPeriod.QuarterOf(new YearMonth(2025, 8));

        julSep.Contains(new YearMonth(2025, 6)).Should().BeFalse();
        julSep.Contains(new YearMonth(2025, 7)).Should().BeTrue();
        julSep.Contains(new YearMonth(2025, 8)).Should().BeTrue();
        julSep.Contains(new YearMonth(2025, 9)).Should().BeTrue();
        julSep.Contains(new YearMonth(2025, 10)).Should().BeFalse();
        julSep.Contains(new YearMonth(2024, 8)).Should().BeFalse();
        julSep.Contains(new YearMonth(1999, 8)).Should().BeFalse();
    }

    [Fact]
    public void Contains_Month_HoldsOnlyItself()
    {
        var october = ReturnPeriod.Month(2025, 10);

        october.Contains(new YearMonth(2025, 10)).Should().BeTrue();
        october.Contains(new YearMonth(2025, 9)).Should().BeFalse();
        october.Contains(new YearMonth(2025, 11)).Should().BeFalse();
        october.Contains(new YearMonth(2024, 10)).Should().BeFalse();
    }

    [Theory]
    [InlineData(2025, 3, "2024-25")]
    [InlineData(2025, 4, "2025-26")]
    [InlineData(2026, 3, "2025-26")]
    public void FinancialYear_Month_IsTheYearHoldingIt(int year, int month, string financialYear)
    {
        ReturnPeriod.Month(year, month).FinancialYear.Should().Be(FinancialYear.Parse(financialYear));
    }

    [Fact]
    public void FinancialYear_JanuaryMarchQuarter_IsThePreviousStartYear()
    {
        ReturnPeriod.QuarterOf(new YearMonth(2026, 2)).FinancialYear.Should().Be(FinancialYear.Parse("2025-26"));
    }

    [Fact]
    public void Default_Value_IsJanuary2000Month()
    {
        var none = default(ReturnPeriod);

        none.Should().Be(ReturnPeriod.Month(2000, 1));
        none.ToString().Should().Be("2000-01");
        none.IsQuarter.Should().BeFalse();
    }

    [Law]
    public Property RoundTrip_AnyMonth_ParsesBackFromIsoAndPortal()
    {
        var property = Prop.ForAll(Arb.From(Months()), month =>
        {
            var period = ReturnPeriod.Month(month);
            return ReturnPeriod.Parse(period.ToString()) == period
                && ReturnPeriod.ParsePortal(period.ToPortalString()) == period
                && period.Start == month
                && period.Contains(month)
                && period.Next().Previous() == period
                && period.Next() > period;
        });

        return property;
    }

    [Law]
    public Property RoundTrip_AnyQuarter_PortalStringIsItsLastMonthAndItsIsoStringItsFirst()
    {
        var property = Prop.ForAll(Arb.From(Months()), month =>
        {
            var quarter = ReturnPeriod.QuarterOf(month);
            var months = Enumerable.Range(0, 3).Select(quarter.Start.PlusMonths).ToList();
            return ReturnPeriod.ParsePortal(quarter.ToPortalString()) == ReturnPeriod.Month(quarter.End)
                && ReturnPeriod.Parse(quarter.ToString()) == ReturnPeriod.Month(quarter.Start)
                && ReturnPeriod.QuarterOf(ReturnPeriod.ParsePortal(quarter.ToPortalString()).Start) == quarter
                && quarter.Contains(month)
                && months.All(m => ReturnPeriod.QuarterOf(m) == quarter)
                && (quarter.Start.Month - 1) % 3 == 0
                && quarter.Next().Start == quarter.End.PlusMonths(1)
                && quarter.Next().Previous() == quarter;
        });

        return property;
    }

    /// <summary>Months from January 2000 to December 2200.</summary>
    private static Gen<YearMonth> Months() =>
        Gen.Choose(0, (201 * 12) - 2).Select(index => new YearMonth(2000 + (index / 12), (index % 12) + 1));
}
