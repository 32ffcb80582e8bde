using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Money;

public sealed class PaiseTests
{
    [Theory]
    [InlineData("1.005", "1.01")]
    [InlineData("-1.005", "-1.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("1.0049999", "1.00")]
    [InlineData("1.0050001", "1.01")]
    [InlineData("1.015", "1.02")] // away from zero, not to even
    [InlineData("1.025", "1.03")]
    [InlineData("0.004", "0.00")]
    [InlineData("180", "180")]
    [InlineData("123456789.125", "123456789.13")]
    public void Round_Midpoints_GoAwayFromZero(string rupees, string expected)
    {
        Paise.Round(Dec(rupees)).Should().Be(Dec(expected));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.5", true)]
    [InlineData("1.25", true)]
    [InlineData("1.250", true)]
    [InlineData("-0.01", true)]
    [InlineData("1.255", false)]
    [InlineData("0.001", false)]
    public void IsWhole_Amount_TellsWhetherItHasAtMostTwoDecimals(string rupees, bool whole)
    {
        Paise.IsWhole(Dec(rupees)).Should().Be(whole);
    }

    [Theory]
    [InlineData("1000000000000000", true)]
    [InlineData("-1000000000000000", true)]
    [InlineData("1000000000000000.00", true)]
    [InlineData("999999999999999.99", true)]
    [InlineData("1000000000000000.01", false)]
    [InlineData("-1000000000000000.01", false)]
    [InlineData("1000000000000001", false)]
    [InlineData("18446744073709551615", false)]
    [InlineData("0.0000000000000000000000000001", true)]
    [InlineData("1.0000000000000000000000000000", true)]
    [InlineData("999999999999999.9999999999999", true)]
    [InlineData("-999999999999999.9999999999999", true)]
    [InlineData("79228162514264337593543950335", false)]
    [InlineData("-79228162514264337593543950335", false)]
    public void IsInRange_AmountsAroundTheLimit_AtAnyScale(string rupees, bool inRange)
    {
        Paise.IsInRange(Dec(rupees)).Should().Be(inRange);
    }

    [Law]
    public Property Round_AnyAmount_IsIdempotentWhole_AndWithinHalfAPaisa()
    {
        var amounts = Gen.Choose(int.MinValue, int.MaxValue).Select(n => n / 10_000m);
        var property = Prop.ForAll(Arb.From(amounts), x =>
        {
            var rounded = Paise.Round(x);
            return Paise.IsWhole(rounded)
                && Paise.Round(rounded) == rounded
                && System.Math.Abs(rounded - x) <= 0.005m
                && Paise.Round(-x) == -rounded;
        });

        return property;
    }

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
