using System;
using System.Globalization;
using System.Linq;

namespace Ims.Rules.Tests.Registration;

public sealed class StateCodeTests
{
    public static TheoryData<int> ValidNumbers()
    {
        var data = new TheoryData<int>();
        foreach (var n in Enumerable.Range(1, 38).Append(97).Append(99))
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Parse_EveryGstCode_IsValidWithTwoDigitsAndAName(int number)
    {
        var text = number.ToString("00", CultureInfo.InvariantCulture);

        var code = StateCode.Parse(text);

        code.Value.Should().Be(number);
        code.IsValid.Should().BeTrue();
        code.ToString().Should().Be(text);
        code.Name.Should().NotBeNullOrWhiteSpace();
        StateCode.FromNumber(number).Should().Be(code);
        StateCode.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(code);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("39")]
    [InlineData("40")]
    [InlineData("96")]
    [InlineData("98")]
    [InlineData("7")]
    [InlineData("007")]
    [InlineData("abc")]
    [InlineData("ab")]
    [InlineData("")]
    [InlineData(" 7")]
    [InlineData("-7")]
    [InlineData("+7")]
    [InlineData("٢٧")] // Arabic-Indic digits are not ASCII digits
    public void TryParse_NotAGstCode_IsFalse(string text)
    {
        StateCode.TryParse(text, out var code).Should().BeFalse();
        code.IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("00")]
    [InlineData("39")]
    [InlineData("96")]
    [InlineData("98")]
    [InlineData("7")]
    [InlineData("abc")]
    public void Parse_NotAGstCode_ThrowsFormatException(string text)
    {
        var parse = () => StateCode.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"'{text}' is not a GST state code*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var parse = () => StateCode.Parse(null!);

        parse.Should().Throw<ArgumentNullException>();
        StateCode.TryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(39)]
    [InlineData(96)]
    [InlineData(98)]
    [InlineData(100)]
    [InlineData(-1)]
    public void FromNumber_NotAGstCode_ThrowsArgumentOutOfRangeException(int number)
    {
        var create = () => StateCode.FromNumber(number);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("01", "Jammu and Kashmir")]
    [InlineData("07", "Delhi")]
    [InlineData("09", "Uttar Pradesh")]
    [InlineData("19", "West Bengal")]
    [InlineData("24", "Gujarat")]
    [InlineData("26", "Dadra and Nagar Haveli and Daman and Diu")]
    [InlineData("27", "Maharashtra")]
    [InlineData("29", "Karnataka")]
    [InlineData("32", "Kerala")]
    [InlineData("33", "Tamil Nadu")]
    [InlineData("36", "Telangana")]
    [InlineData("37", "Andhra Pradesh")]
    [InlineData("38", "Ladakh")]
    [InlineData("97", "Other Territory")]
    [InlineData("99", "Centre Jurisdiction")]
    public void Name_KnownCode_IsTheStateName(string text, string name)
    {
        StateCode.Parse(text).Name.Should().Be(name);
    }

    [Fact]
    public void Name_EveryCode_IsDistinct()
    {
        var names = Enumerable.Range(1, 38).Append(97).Append(99).Select(n => StateCode.FromNumber(n).Name).ToList();

        names.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(1, "01")]
    [InlineData(7, "07")]
    [InlineData(27, "27")]
    [InlineData(99, "99")]
    public void ToString_AnyCode_HasTwoDigits(int number, string text)
    {
        StateCode.FromNumber(number).ToString().Should().Be(text);
    }

    [Fact]
    public void Default_IsNotValid_WithNoName()
    {
        var none = default(StateCode);

        none.IsValid.Should().BeFalse();
        none.Name.Should().BeEmpty();
        none.Value.Should().Be(0);
        none.ToString().Should().Be("00");
    }

    [Fact]
    public void Equality_SameCode_IsEqualWithSameHashCode()
    {
        var a = StateCode.Parse("27");
        var b = StateCode.FromNumber(27);

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals((object)b).Should().BeTrue();
        a.Equals((object)27).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == StateCode.Parse("29")).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_TwoCodes_OrdersByNumber()
    {
        var delhi = StateCode.Parse("07");
        var maharashtra = StateCode.Parse("27");
        var centre = StateCode.Parse("99");

        (delhi < maharashtra).Should().BeTrue();
        (centre > maharashtra).Should().BeTrue();
        (delhi <= StateCode.FromNumber(7)).Should().BeTrue();
        (delhi >= StateCode.FromNumber(7)).Should().BeTrue();
        (delhi >= maharashtra).Should().BeFalse();
        new[] { centre, delhi, maharashtra }.Order().Should().Equal(delhi, maharashtra, centre);
    }
}
