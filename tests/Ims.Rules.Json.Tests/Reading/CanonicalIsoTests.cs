using System.Collections.Generic;
using System.Text;
using Ims.Rules.Json.Internal;
using NodaTime;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>
/// The byte fast path must never accept what <see cref="IsoTime"/> or <see cref="ReturnPeriod"/>
/// rejects, nor read a different value: each test compares the two on the same text.
/// </summary>
public sealed class CanonicalIsoTests
{
    private static readonly string[] Instants =
    [
        "2025-10-11T18:30:00+05:30",
        "2025-10-11T18:30+05:30",
        "2025-10-11T13:00:00Z",
        "2025-10-11T13:00Z",
        "2025-10-11T07:30:00-05:30",
        "2025-10-11T18:30:00.5+05:30",
        "2025-10-11T18:30:00.123456789Z",
        "2024-02-29T23:59:59+14:00",
        "2000-01-01T00:00:00-12:00",
        "2025-10-11",
    ];

    // Bytes that, put anywhere in a plain spelling, make it wrong or merely unusual.
    private static readonly byte[] Substitutes = Encoding.UTF8.GetBytes("0123456789-+:.,TZtz a/");

    [Theory]
    [InlineData("2025-10-11T18:30:00+05:30")]
    [InlineData("2025-10-11T18:30+05:30")]
    [InlineData("2025-10-11T13:00:00Z")]
    [InlineData("2025-10-11T07:30:00.000-05:30")]
    [InlineData("2025-10-11T18:30:00.123456789+05:30")]
    [InlineData("2024-02-29T00:00:00+00:00")]
    [InlineData("2025-10-11")]
    public void TryParseInstant_PlainSpelling_ReadsWhatIsoTimeReads(string text)
    {
        CanonicalIso.TryParseInstant(Encoding.UTF8.GetBytes(text), out var instant).Should().BeTrue();

        IsoTime.TryParseInstant(text, out var expected).Should().BeTrue();
        instant.Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-10-11T18:30:00,5+05:30")] // a comma before the fraction
    [InlineData("2025-10-11T18:30:00.+05:30")] // a point without digits
    [InlineData("2025-10-11T18:30:00.1234567891+05:30")] // ten digits of fraction
    [InlineData("2025-10-11T18:30:00+05")] // an offset of hours alone
    [InlineData("2025-10-11T18:30:00-00:00")]
    [InlineData("2025-10-11T18:30:00+15:00")]
    [InlineData("2025-10-11T18:30:00")] // no offset
    [InlineData("2025-10-11T24:00:00Z")]
    [InlineData("2025-10-11T18:60:00Z")]
    [InlineData("2025-10-11T18:30:60Z")]
    [InlineData("2025-02-29T18:30:00Z")]
    [InlineData("2025-10-11t18:30:00z")]
    [InlineData("2025-10-11 18:30:00+05:30")]
    [InlineData(" 2025-10-11T18:30:00+05:30")]
    [InlineData("2025-10-11T18:30:00+05:30 ")]
    [InlineData("0000-10-11T18:30:00Z")]
    [InlineData("-2025-10-11T18:30:00Z")]
    [InlineData("12025-10-11T18:30:00Z")]
    [InlineData("2025-1-011T18:30:00Z")]
    [InlineData("")]
    public void TryParseInstant_UnusualOrWrongSpelling_IsLeftToIsoTime(string text)
    {
        CanonicalIso.TryParseInstant(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseInstant_AnyOneByteChanged_NeverDisagreesWithIsoTime()
    {
        foreach (var text in Variants(Instants))
        {
            if (CanonicalIso.TryParseInstant(Encoding.UTF8.GetBytes(text), out var instant))
            {
                IsoTime.TryParseInstant(text, out var expected).Should().BeTrue(text);
                instant.Should().Be(expected, text);
            }
        }
    }

    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void TryParseDate_PlainSpelling_ReadsWhatIsoTimeReads(string text)
    {
        CanonicalIso.TryParseDate(Encoding.UTF8.GetBytes(text), out var date).Should().BeTrue();

        IsoTime.TryParseDate(text, out var expected).Should().BeTrue();
        date.Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-10-00")]
    [InlineData("0000-10-15")]
    [InlineData("2025/10/15")]
    [InlineData("15-10-2025")]
    [InlineData("2025-10-5")]
    [InlineData("2025-10-015")]
    [InlineData("２025-10-15")] // a full-width digit
    public void TryParseDate_UnusualOrWrongSpelling_IsLeftToIsoTime(string text)
    {
        CanonicalIso.TryParseDate(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseDate_AnyOneByteChanged_NeverDisagreesWithIsoTime()
    {
        foreach (var text in Variants(["2025-10-15", "2024-02-29", "2000-12-31"]))
        {
            if (CanonicalIso.TryParseDate(Encoding.UTF8.GetBytes(text), out var date))
            {
                IsoTime.TryParseDate(text, out var expected).Should().BeTrue(text);
                date.Should().Be(expected, text);
            }
        }
    }

    [Theory]
    [InlineData("2025-10")]
    [InlineData("2000-01")]
    [InlineData("9999-12")]
    public void TryParseMonth_PlainSpelling_ReadsWhatReturnPeriodReads(string text)
    {
        CanonicalIso.TryParseMonth(Encoding.UTF8.GetBytes(text), out var period).Should().BeTrue();

        period.Should().Be(ReturnPeriod.Parse(text));
    }

    [Theory]
    [InlineData("1999-12")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("102025")]
    [InlineData("2025-1")]
    [InlineData("+025-10")]
    [InlineData("2025-10-01")]
    public void TryParseMonth_WrongSpelling_IsRejectedAsReturnPeriodRejectsIt(string text)
    {
        CanonicalIso.TryParseMonth(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();

        ReturnPeriod.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseMonth_AnyOneByteChanged_AgreesWithReturnPeriod()
    {
        foreach (var text in Variants(["2025-10", "2000-01", "9999-12"]))
        {
            var plain = CanonicalIso.TryParseMonth(Encoding.UTF8.GetBytes(text), out var period);

            plain.Should().Be(ReturnPeriod.TryParse(text, out var expected), text);
            period.Should().Be(expected, text);
        }
    }

    /// <summary>Each text, with every byte in turn replaced by each substitute, removed or doubled.</summary>
    private static IEnumerable<string> Variants(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            yield return text;
            for (var i = 0; i < text.Length; i++)
            {
                foreach (var b in Substitutes)
                {
                    yield return text[..i] + (char)b + text[(i + 1)..];
                }

                yield return text.Remove(i, 1);
                yield return text.Insert(i, text[i].ToString());
            }
        }
    }
}
