using System.Globalization;
using Ims.Rules.Engine;
using NodaTime;

namespace Ims.Rules.Tests.Engine;

public sealed class FindingTextTests
{
    [Theory]
    [InlineData(2025, 10, 11, 18, 29, 59)]
    [InlineData(2025, 10, 11, 18, 30, 0)]
    [InlineData(2000, 1, 1, 0, 0, 0)]
    [InlineData(2024, 2, 29, 23, 59, 59)]
    [InlineData(8999, 12, 31, 23, 59, 0)]
    [InlineData(999, 3, 4, 5, 6, 7)]
    public void Text_InstantsAcrossTheSupportedYears_ReadsAsTheIsoPatternInIst(int year, int month, int day, int hour, int minute, int second)
    {
        var instant = new LocalDateTime(year, month, day, hour, minute, second).InUtc().ToInstant();

        var expected = IndianTime.InIst(instant).ToString("uuuu-MM-dd'T'HH:mmo<m>", CultureInfo.InvariantCulture);
        CasePreparer.Text(instant).Should().Be(expected);
    }

    [Fact]
    public void Text_AnInstantBeforeTheYearZero_FallsBackToThePattern()
    {
        var instant = new LocalDateTime(-5, 6, 1, 12, 0).InUtc().ToInstant();

        CasePreparer.Text(instant).Should().Be("-0005-06-01T17:30+05:30");
    }
}
