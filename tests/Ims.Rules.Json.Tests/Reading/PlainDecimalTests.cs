using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>The fast path for amounts must give exactly what the JSON reader gives: value, scale and sign.</summary>
public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("180.00")]
    [InlineData("180.5")]
    [InlineData("180.500")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("0.001")]
    [InlineData("-12345.67")]
    [InlineData("999999999999999999")]
    [InlineData("0.00000000000000001")]
    public void TryParse_PlainNumber_GivesTheReadersDecimalBitForBit(string json)
    {
        PlainDecimal.TryParse(Encoding.UTF8.GetBytes(json), out var value).Should().BeTrue();

        decimal.GetBits(value).Should().Equal(decimal.GetBits(ReaderDecimal(json)));
    }

    [Theory]
    [InlineData("1e-3")]
    [InlineData("1.8E2")]
    [InlineData("1E+2")]
    [InlineData("1000000000000000000")] // 19 digits
    [InlineData("0.000000000000000001")]
    [InlineData("79228162514264337593543950336")] // past decimal
    [InlineData("")]
    [InlineData("-")]
    public void TryParse_ExponentOrManyDigits_IsLeftToTheReader(string json)
    {
        PlainDecimal.TryParse(Encoding.UTF8.GetBytes(json), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_ManyNumbers_AgreeWithTheReader()
    {
        var random = new Random(7);
        foreach (var json in Numbers(random))
        {
            if (PlainDecimal.TryParse(Encoding.UTF8.GetBytes(json), out var value))
            {
                decimal.GetBits(value).Should().Equal(decimal.GetBits(ReaderDecimal(json)), json);
            }
        }
    }

    private static IEnumerable<string> Numbers(Random random)
    {
        for (var i = 0; i < 20_000; i++)
        {
            var whole = random.Next(4) == 0 ? "0" : random.Next(1, 10) + Digits(random, random.Next(0, 19));
            var fraction = random.Next(3) == 0 ? string.Empty : "." + Digits(random, random.Next(1, 20));
            yield return (random.Next(4) == 0 ? "-" : string.Empty) + whole + fraction;
        }
    }

    private static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    private static decimal ReaderDecimal(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.TryGetDecimal(out var value).Should().BeTrue(json);
        return value;
    }
}
