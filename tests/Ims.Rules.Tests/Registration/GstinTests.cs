using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Registration;

public sealed class GstinTests
{
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [Theory]
    [InlineData("27AAPFU0939F1ZV")]
    [InlineData("29AABCT1332L1ZA")]
    [InlineData("07AAPFU0939F1ZX")]
    [InlineData("27AAPFU0939F2ZU")]
    [InlineData("27AAPFU0939FAZM")]
    [InlineData("97AAPFU0939F1ZO")]
    [InlineData("99AAPFU0939F1ZK")]
    public void Check_WellFormedWithCorrectCheckCharacter_IsValid(string text)
    {
        Gstin.Check(text).Should().Be(GstinCheck.Valid);
        Gstin.TryParse(text, out var parsed).Should().BeTrue();
        parsed.ToString().Should().Be(text);
        Gstin.Parse(text).HasValidCheckCharacter.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("27AAPFU0939F1Z", "14 characters")]
    [InlineData("27AAPFU0939F1ZVV", "16 characters")]
    [InlineData(" 27AAPFU0939F1Z", "leading space")]
    [InlineData("00AAPFU0939F1ZV", "state code 00")]
    [InlineData("40AAPFU0939F1ZV", "state code 40")]
    [InlineData("39AAPFU0939F1ZV", "state code 39")]
    [InlineData("98AAPFU0939F1ZV", "state code 98")]
    [InlineData("2AAAPFU0939F1ZV", "non-digit state code")]
    [InlineData("27aapfu0939f1zv", "lowercase")]
    [InlineData("27AAPFu0939F1ZV", "one lowercase PAN letter")]
    [InlineData("27AAPFU0939F1zV", "lowercase z")]
    [InlineData("27AAPFU0939F1YV", "Y instead of Z")]
    [InlineData("27AAPFU0939F10V", "digit instead of Z")]
    [InlineData("27AAPFU0939F0ZV", "entity code 0")]
    [InlineData("27AAPFU0939F-ZV", "entity code punctuation")]
    [InlineData("27AAPF10939F1ZV", "digit in PAN letters")]
    [InlineData("27AAPFUA939F1ZV", "letter in PAN digits")]
    [InlineData("27AAPFU093911ZV", "digit as PAN's last letter")]
    [InlineData("27AAPFU0939F1Zv", "lowercase check character")]
    [InlineData("27AAPFU0939F1Z-", "punctuation check character")]
    public void Check_WrongShape_IsInvalidFormat(string text, string why)
    {
        Gstin.Check(text).Should().Be(GstinCheck.InvalidFormat, why);
        Gstin.TryParse(text, out _).Should().BeFalse(why);
        Gstin.TryParseAllowingBadCheckCharacter(text, out _).Should().BeFalse(why);
    }

    [Theory]
    [InlineData("27AAPFU0939F1Z")]
    [InlineData("00AAPFU0939F1ZV")]
    [InlineData("40AAPFU0939F1ZV")]
    [InlineData("27aapfu0939f1zv")]
    [InlineData("27AAPFU0939F1YV")]
    [InlineData("27AAPFU0939F0ZV")]
    public void Parse_WrongShape_ThrowsFormatExceptionSayingItIsNotAGstin(string text)
    {
        var parse = () => Gstin.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"'{text}' is not a GSTIN*");

        var lenient = () => Gstin.ParseAllowingBadCheckCharacter(text);
        lenient.Should().Throw<FormatException>().WithMessage($"'{text}' is not a GSTIN*");
    }

    [Fact]
    public void Check_Null_IsInvalidFormat()
    {
        Gstin.Check(null).Should().Be(GstinCheck.InvalidFormat);
        Gstin.TryParse(null, out var strict).Should().BeFalse();
        strict.Should().Be(default(Gstin));
        Gstin.TryParseAllowingBadCheckCharacter(null, out var lenient).Should().BeFalse();
        lenient.Should().Be(default(Gstin));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var parse = () => Gstin.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();

        var lenient = () => Gstin.ParseAllowingBadCheckCharacter(null!);
        lenient.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("29AABCT1332L1ZU", 'A')]
    [InlineData("01AABCE2207R1Z5", 'V')] // GSTN's own sample GSTIN fails its check character
    [InlineData("27AAPFU0939F1ZW", 'V')]
    public void Check_WrongCheckCharacter_IsInvalidCheckCharacter(string text, char expected)
    {
        Gstin.Check(text).Should().Be(GstinCheck.InvalidCheckCharacter);
        Gstin.CheckCharacter(text.AsSpan(0, 14)).Should().Be(expected);
        Gstin.TryParse(text, out var parsed).Should().BeFalse();
        parsed.Should().Be(default(Gstin));
    }

    [Theory]
    [InlineData("29AABCT1332L1ZU", 'A')]
    [InlineData("01AABCE2207R1Z5", 'V')]
    public void Parse_WrongCheckCharacter_ThrowsNamingTheExpectedCharacter(string text, char expected)
    {
        var parse = () => Gstin.Parse(text);

        parse.Should().Throw<FormatException>()
            .WithMessage($"*check character*'{expected}'*")
            .Which.Message.Should().NotContain("is not a GSTIN");
    }

    [Theory]
    [InlineData("29AABCT1332L1ZU")]
    [InlineData("01AABCE2207R1Z5")]
    public void ParseAllowingBadCheckCharacter_WrongCheckCharacter_AcceptsAndFlagsIt(string text)
    {
        var gstin = Gstin.ParseAllowingBadCheckCharacter(text);

        gstin.HasValidCheckCharacter.Should().BeFalse();
        gstin.ToString().Should().Be(text);
        Gstin.TryParseAllowingBadCheckCharacter(text, out var tried).Should().BeTrue();
        tried.Should().Be(gstin);
        tried.HasValidCheckCharacter.Should().BeFalse();
    }

    [Fact]
    public void ParseAllowingBadCheckCharacter_CorrectCheckCharacter_IsFlaggedValidAndEqualsStrictParse()
    {
        var lenient = Gstin.ParseAllowingBadCheckCharacter("27AAPFU0939F1ZV");

        lenient.HasValidCheckCharacter.Should().BeTrue();
        lenient.Should().Be(Gstin.Parse("27AAPFU0939F1ZV"));
    }

    [Fact]
    public void Parts_MaharashtraGstin_GiveStatePanAndEntityCode()
    {
        var gstin = Gstin.Parse("27AAPFU0939F1ZV");

        gstin.State.Should().Be(StateCode.Parse("27"));
        gstin.State.Name.Should().Be("Maharashtra");
        gstin.Pan.Should().Be("AAPFU0939F");
        gstin.EntityCode.Should().Be('1');
    }

    [Fact]
    public void Parts_KarnatakaGstin_GiveStatePanAndEntityCode()
    {
        var gstin = Gstin.Parse("29AABCT1332L1ZA");

        gstin.State.Value.Should().Be(29);
        gstin.State.Name.Should().Be("Karnataka");
        gstin.Pan.Should().Be("AABCT1332L");
        gstin.EntityCode.Should().Be('1');
    }

    [Fact]
    public void Parts_LetterEntityCodeAndBadCheckCharacter_AreStillRead()
    {
        Gstin.Parse("27AAPFU0939FAZM").EntityCode.Should().Be('A');

        var sample = Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5");
        sample.State.Name.Should().Be("Jammu and Kashmir");
        sample.Pan.Should().Be("AABCE2207R");
        sample.EntityCode.Should().Be('1');
    }

    [Fact]
    public void IsValid_StrictLenientAndDefault_SayWhetherItIsAGstinWithTheRightCheckCharacter()
    {
        Gstin.Parse("27AAPFU0939F1ZV").IsValid.Should().BeTrue();
        Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5").IsValid.Should().BeFalse();
        Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5").IsSpecified.Should().BeTrue();
        default(Gstin).IsValid.Should().BeFalse();
        default(Gstin).IsSpecified.Should().BeFalse();
    }

    [Fact]
    public void Equality_SameText_IsEqualWithSameHashCode()
    {
        var a = Gstin.Parse("27AAPFU0939F1ZV");
        var b = Gstin.Parse(string.Concat("27AAPFU", "0939F1ZV"));

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentGstins_AreNotEqual()
    {
        var maharashtra = Gstin.Parse("27AAPFU0939F1ZV");
        var delhi = Gstin.Parse("07AAPFU0939F1ZX");

        (maharashtra == delhi).Should().BeFalse();
        (maharashtra != delhi).Should().BeTrue();
        maharashtra.Equals((object)"27AAPFU0939F1ZV").Should().BeFalse();
        maharashtra.Equals(null).Should().BeFalse();
        maharashtra.Should().NotBe(default(Gstin));
    }

    [Fact]
    public void CompareTo_TwoGstins_OrdersOrdinally()
    {
        var delhi = Gstin.Parse("07AAPFU0939F1ZX");
        var maharashtra = Gstin.Parse("27AAPFU0939F1ZV");
        var karnataka = Gstin.Parse("29AABCT1332L1ZA");

        (delhi < maharashtra).Should().BeTrue();
        (maharashtra < karnataka).Should().BeTrue();
        (karnataka > delhi).Should().BeTrue();
        var delhiAgain = Gstin.Parse("07AAPFU0939F1ZX");
        (delhi <= delhiAgain).Should().BeTrue();
        (delhi >= delhiAgain).Should().BeTrue();
        (delhi < delhiAgain).Should().BeFalse();
        (karnataka <= delhi).Should().BeFalse();
        delhi.CompareTo(delhiAgain).Should().Be(0);
        new[] { karnataka, delhi, maharashtra }.Order().Should().Equal(delhi, maharashtra, karnataka);
    }

    [Fact]
    public void Default_IsNotAGstin_PrintsEmptyAndSortsFirst()
    {
        var none = default(Gstin);

        none.ToString().Should().BeEmpty();
        none.HasValidCheckCharacter.Should().BeFalse();
        none.GetHashCode().Should().Be(0);
        none.Should().Be(default(Gstin));
        (none < Gstin.Parse("01AABCE2207R1ZV")).Should().BeTrue();
    }

    [Fact]
    public void CheckCharacter_Not14Characters_ThrowsArgumentException()
    {
        var shorter = () => Gstin.CheckCharacter("27AAPFU0939F1".AsSpan());
        var longer = () => Gstin.CheckCharacter("27AAPFU0939F1ZV".AsSpan());

        shorter.Should().Throw<ArgumentException>();
        longer.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CheckCharacter_LowercaseOrPunctuation_ThrowsArgumentException()
    {
        var lower = () => Gstin.CheckCharacter("27aapfu0939f1z".AsSpan());
        var punctuation = () => Gstin.CheckCharacter("27AAPFU0939F-Z".AsSpan());

        lower.Should().Throw<ArgumentException>();
        punctuation.Should().Throw<ArgumentException>();
    }

    [Law]
    public Property CheckCharacter_AnyValidFirst14_AppendingItIsValidAndAnyOtherIsInvalidCheckCharacter()
    {
        return Prop.ForAll(
            Arb.From(ValidFirst14()),
            Arb.From(Gen.Elements(Alphanumerics.ToCharArray())),
            (first14, other) =>
            {
                var check = Gstin.CheckCharacter(first14.AsSpan());
                var valid = Gstin.Check(first14 + check) == GstinCheck.Valid
                    && Gstin.Parse(first14 + check).HasValidCheckCharacter;
                var wrong = other == check
                    || (Gstin.Check(first14 + other) == GstinCheck.InvalidCheckCharacter
                        && !Gstin.ParseAllowingBadCheckCharacter(first14 + other).HasValidCheckCharacter);
                return (valid && wrong).Classify(other != check, "another final character tried")
                    .Classify(char.IsDigit(check), "check character a digit");
            });
    }

    [Law(MaxTest = 300)]
    public Property CheckCharacter_AnyValidFirst14_ExactlyOneOf36FinalCharactersIsValid()
    {
        return Prop.ForAll(
            Arb.From(ValidFirst14()),
            first14 => (Alphanumerics.Count(c => Gstin.Check(first14 + c) == GstinCheck.Valid) == 1)
                .Collect("entity code " + (char.IsDigit(first14[12]) ? "a digit" : "a letter")));
    }

    [Law]
    public Property CheckCharacter_AnySingleCharacterChange_IsDetected()
    {
        // The mod-36 Luhn scheme catches every single-character substitution.
        return Prop.ForAll(
            Arb.From(ValidFirst14()),
            Arb.From(Gen.Choose(0, 13)),
            Arb.From(Gen.Elements(Alphanumerics.ToCharArray())),
            (first14, position, replacement) =>
            {
                var gstin = first14 + Gstin.CheckCharacter(first14.AsSpan());
                var changed = string.Concat(gstin.AsSpan(0, position), replacement.ToString(), gstin.AsSpan(position + 1));
                return (changed == gstin || Gstin.Check(changed) != GstinCheck.Valid)
                    .Classify(changed != gstin, "a character actually changed")
                    .Classify(position < 2, "the state code changed");
            });
    }

    /// <summary>Fourteen characters of the right shape: a valid state code, a PAN, an entity code and <c>Z</c>.</summary>
    private static Gen<string> ValidFirst14()
    {
        var states = Enumerable.Range(1, 38).Append(97).Append(99)
            .Select(n => StateCode.FromNumber(n).ToString()).ToArray();
        var letter = Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        var digit = Gen.Elements("0123456789".ToCharArray());
        var entity = Gen.Elements("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        return from state in Gen.Elements(states)
               from letters in Gen.ArrayOf(letter, 5)
               from digits in Gen.ArrayOf(digit, 4)
               from last in letter
               from code in entity
               select state + new string(letters) + new string(digits) + last + code + "Z";
    }
}
