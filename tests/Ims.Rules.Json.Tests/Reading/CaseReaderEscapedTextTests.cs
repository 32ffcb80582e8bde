using System;
using Ims.Rules.Json.Tests.Support;
using NodaTime;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>
/// Values are read straight from the input's bytes when they are plain; a string with escapes
/// holds other bytes than its text, so it must still be read, and reported, as its text.
/// </summary>
public sealed class CaseReaderEscapedTextTests
{
    private static readonly RecordJson R1 = RecordJson.Invoice("r1");

    [Fact]
    public void Read_EscapedValues_AreReadAsTheirText()
    {
        var record = R1
            .With("kind", "\"inv\\u006Fice\"")
            .With("form", "\"GSTR\\u002D1\"")
            .With("supplierPeriod", "\"2025\\u002D10\"")
            .With("date", "\"2025\\u002D10-15\"")
            .With("pos", "\"\\u00327\"")
            .With("savedAt", "\"2025-11-05T10:00:00\\u002B05:30\"")
            .With("filedAt", "\"2025-11-10\\u0054\\u0031\\u0038:00:00+05:30\"");

        var result = CaseReader.Read(CaseJson.Of(record, RecordJson.Action(at: "2025-11-12\\u0054\\u0031\\u0030:00:00+05:30")));

        result.Findings.Should().BeEmpty();
        var read = result.GetValueOrThrow().Records[0];
        read.Kind.Should().Be(RecordKind.Invoice);
        read.Form.Should().Be(SupplierForm.Gstr1);
        read.SupplierPeriod.Should().Be(ReturnPeriod.Month(2025, 10));
        read.Date.Should().Be(new LocalDate(2025, 10, 15));
        read.PlaceOfSupply!.Value.Value.Should().Be(27);
        read.SavedAt.Should().Be(Ist(2025, 11, 5, 10));
        read.FiledAt.Should().Be(Ist(2025, 11, 10, 18));
        result.GetValueOrThrow().Actions[0].At.Should().Be(Ist(2025, 11, 12, 10));
    }

    [Fact]
    public void Read_EscapedPropertyNames_AreReadAsTheirNames()
    {
        var record = R1.Without("supplierPeriod").Without("date").With("supplier\\u0050eriod", "\"2025-10\"").With("\\u0064ate", "\"2025-10-15\"");

        var result = CaseReader.Read(CaseJson.Of(record));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].SupplierPeriod.Should().Be(ReturnPeriod.Month(2025, 10));
        result.GetValueOrThrow().Records[0].Date.Should().Be(new LocalDate(2025, 10, 15));
    }

    [Theory]
    [InlineData("date", "\"2025\\u002D02-30\"", "'2025-02-30' is not a date")]
    [InlineData("filedAt", "\"2025-11-10T18:00:00\\u002B25:30\"", "'2025-11-10T18:00:00+25:30' is not an instant")]
    [InlineData("supplierPeriod", "\"1999\\u002D12\"", "'1999-12' is not a period")]
    [InlineData("kind", "\"not\\u0065\"", "'note' is not a record kind")]
    [InlineData("pos", "\"\\u00340\"", "'40' is not a state code")]
    public void Read_EscapedWrongValue_ReportsItsText(string field, string raw, string message)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With(field, raw)));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Value
            && f.Message.StartsWith($"$.records[0].{field} (line {CaseJson.RecordLine(0)}): {message}", StringComparison.Ordinal));
    }

    private static Instant Ist(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).WithOffset(IndianTime.Offset).ToInstant();
}
