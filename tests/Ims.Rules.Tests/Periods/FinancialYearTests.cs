using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Periods;

public sealed class FinancialYearTests
{
    [Fact]
    public void Parse_2024To25_StartsInApril2024()
    {
        var year = FinancialYear.Parse("2024-25");

        year.StartYear.Should().Be(2024);
        year.FirstDay.Should().Be(new LocalDate(2024, 4, 1));
        year.LastDay.Should().Be(new LocalDate(2025, 3, 31));
        year.ToString().Should().Be("2024-25");
        year.Should().Be(FinancialYear.StartingIn(2024));
    }

    [Fact]
    public void Parse_CenturyTurn_AcceptsTwoDigitZero()
    {
        FinancialYear.Parse("2099-00").StartYear.Should().Be(2099);
        FinancialYear.StartingIn(2099).ToString().Should().Be("2099-00");
        FinancialYear.Parse("2009-10").ToString().Should().Be("2009-10");
    }

    [Theory]
    [InlineData("2024-26")]
    [InlineData("2024-24")]
    [InlineData("2024/25")]
    [InlineData("2024-2025")]
    [InlineData("24-25")]
    [InlineData("1999-00")]
    [InlineData("2024-5")]
    [InlineData("2024 25")]
    [InlineData("+024-25")]
    [InlineData("")]
    public void Parse_NotYyyyYy_ThrowsFormatException(string text)
    {
        FinancialYear.TryParse(text, out _).Should().BeFalse();
        var parse = () => FinancialYear.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"'{text}' is not a financial year*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var parse = () => FinancialYear.Parse(null!);

        parse.Should().Throw<ArgumentNullException>();
        FinancialYear.TryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-03-31", "2024-25")]
    [InlineData("2025-04-01", "2025-26")]
    [InlineData("2025-01-01", "2024-25")]
    [InlineData("2024-12-31", "2024-25")]
    [InlineData("2020-05-15", "2020-21")]
    public void Of_Date_AroundTheAprilTurn(string date, string expected)
    {
        FinancialYear.Of(LocalDatePattern.Iso.Parse(date).Value)
            .ToString().Should().Be(expected);
    }

    [Fact]
    public void Of_Month_MarchAndAprilFallInDifferentYears()
    {
        FinancialYear.Of(new YearMonth(2025, 3)).Should().Be(FinancialYear.Parse("2024-25"));
        FinancialYear.Of(new YearMonth(2025, 4)).Should().Be(FinancialYear.Parse("2025-26"));
    }

    [Fact]
    public void StartingIn_OutOfRange_ThrowsArgumentOutOfRangeException()
    {
        var before = () => FinancialYear.StartingIn(1999);
        var after = () => FinancialYear.StartingIn(9999);

        before.Should().Throw<ArgumentOutOfRangeException>();
        after.Should().Throw<ArgumentOutOfRangeException>();
        FinancialYear.StartingIn(2000).ToString().Should().Be("2000-01");
    }

    [Fact]
    public void Next_AnyYear_IsTheFollowingYear()
    {
        FinancialYear.Parse("2024-25").Next().Should().Be(FinancialYear.Parse("2025-26"));
        FinancialYear.Parse("2099-00").Next().ToString().Should().Be("2100-01");
    }

    [Fact]
    public void Equality_AndOrdering_FollowTheStartYear()
    {
        var earlier = FinancialYear.Parse("2023-24");
        var later = FinancialYear.Parse("2024-25");

        (earlier == FinancialYear.StartingIn(2023)).Should().BeTrue();
        (earlier != later).Should().BeTrue();
        (earlier < later).Should().BeTrue();
        (later > earlier).Should().BeTrue();
        (earlier <= FinancialYear.StartingIn(2023)).Should().BeTrue();
        (later >= FinancialYear.StartingIn(2025)).Should().BeFalse();
        earlier.CompareTo(later).Should().BeNegative();
        earlier.GetHashCode().Should().Be(FinancialYear.StartingIn(2023).GetHashCode());
        earlier.Equals((object)FinancialYear.StartingIn(2023)).Should().BeTrue();
        earlier.Equals((object)2023).Should().BeFalse();
    }

    [Fact]
    public void Default_Value_Is2000To01()
    {
        default(FinancialYear).ToString().Should().Be("2000-01");
        default(FinancialYear).Should().Be(FinancialYear.StartingIn(2000));
    }

    [Law]
    public Property RoundTrip_AnyYear_ParsesBackAndHoldsItsDays()
    {
        var property = Prop.ForAll(Arb.From(Gen.Choose(2001, 9997)), start =>
        {
            var year = FinancialYear.StartingIn(start);
            return FinancialYear.Parse(year.ToString()) == year
                && FinancialYear.Of(year.FirstDay) == year
                && FinancialYear.Of(year.LastDay) == year
                && FinancialYear.Of(year.FirstDay.PlusDays(-1)) < year
                && year.LastDay.PlusDays(1) == year.Next().FirstDay;
        });

        return property;
    }
}
