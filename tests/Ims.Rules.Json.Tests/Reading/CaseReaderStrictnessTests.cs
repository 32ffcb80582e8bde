using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>The case reader reads RFC 8259 strictly, and every amount must fit the documented range (±10^15 rupees, paise).</summary>
public sealed class CaseReaderStrictnessTests
{
    private static readonly RecordJson R1 = RecordJson.Invoice("r1");

    public static TheoryData<string, string> Duplicates => new()
    {
        { CaseJson.Of([R1, R1.With("id", "\"r2\"").With("twice", "1")]).Replace("\"twice\": 1", "\"igst\": 1.00", System.StringComparison.Ordinal), "$.records[1].igst (line 7)" },
        { CaseJson.Of([R1]).Replace("\"records\": [", "\"records\": [],\n  \"records\": [", System.StringComparison.Ordinal), "$.records (line 6)" },
        { CaseJson.Of([R1]).Replace("\"gstin\": \"27AAPFU0939F1ZV\"", "\"gstin\": \"27AAPFU0939F1ZV\", \"gstin\": \"29AABCT1332L1ZA\"", System.StringComparison.Ordinal), "$.recipient.gstin (line 3)" },
    };

    public static TheoryData<string, string> Lenient => new()
    {
        { CaseJson.Of([R1]).Replace("\"cess\": 0", "\"cess\": 0,", System.StringComparison.Ordinal), "(line 6)" },
        { CaseJson.Of([R1]).Replace("  \"records\": [", "  // the records\n  \"records\": [", System.StringComparison.Ordinal), "(line 5)" },
        { CaseJson.Of([R1]).Replace("\"policies\": {}", "\"policies\": {} /* none */", System.StringComparison.Ordinal), "(line 4)" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void Read_ANameGivenTwiceInOneObject_IsADuplicateKeyErrorWithPathAndLine(string json, string where)
    {
        var read = CaseReader.Read(json);

        read.IsRead.Should().BeFalse();
        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.DuplicateKey).Which.Message.Should().StartWith(where);
    }

    [Theory]
    [MemberData(nameof(Lenient))]
    public void Read_TrailingCommasAndComments_AreSyntaxErrorsWithLine(string json, string where)
    {
        var read = CaseReader.Read(json);

        read.IsRead.Should().BeFalse();
        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.Syntax).Which.Message.Should().Contain(where);
    }

    [Fact]
    public void Read_DuplicateName_SaysWhichNameInAnyWindow()
    {
        var json = CaseJson.Of([R1]).Replace("\"gstin\": \"27AAPFU0939F1ZV\"", "\"gstin\": \"27AAPFU0939F1ZV\", \"gstin\": \"29AABCT1332L1ZA\"", System.StringComparison.Ordinal);

        foreach (var window in new[] { 16, 64, 4096 })
        {
            var read = CaseReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), window);
            read.Findings.Should().ContainSingle().Which.Message.Should().StartWith("$.recipient.gstin (line 3): given twice", "window {0}", window);
        }
    }

    [Fact]
    public void Read_SameNameInSiblingObjects_IsFine()
    {
        var read = CaseReader.Read(CaseJson.Of([R1, R1.With("id", "\"r2\"").With("number", "\"INV-r2\"")]));

        read.IsRead.Should().BeTrue(string.Join("\n", read.Findings));
    }

    [Fact]
    public void Read_AnObjectWithManyNames_FindsTheDuplicateAfterTheScanLimit()
    {
        var extra = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"x{i}\": {i}")) + ", \"x7\": 0";
        var read = CaseReader.Read(CaseJson.Of([R1]).Replace("\"policies\": {}", "\"extra\": {" + extra + "}", System.StringComparison.Ordinal));

        read.Findings.Should().Contain(f => f.Code == JsonFindingCodes.DuplicateKey && f.Message.StartsWith("$.extra (line 4): an object in it gives the name 'x7' twice", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1000000000000000.01")]
    [InlineData("-1000000000000000.01")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1e400")]
    [InlineData("7.9e28")]
    public void Read_AnAmountOutsideTheRange_IsAValueErrorWithLocation(string amount)
    {
        var read = CaseReader.Read(CaseJson.Of(R1.With("taxableValue", amount)));

        read.IsRead.Should().BeFalse();
        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.Value && f.Severity == Severity.Error)
            .Which.Message.Should().StartWith("$.records[0].taxableValue (line 6): ").And.Contain("±10^15");
    }

    [Fact]
    public void Read_TheLargestAmount_IsRead()
    {
        var read = CaseReader.Read(CaseJson.Of(R1.With("taxableValue", "1000000000000000.00")));

        read.GetValueOrThrow().Records[0].TaxableValue.Should().Be(1_000_000_000_000_000m);
    }

    [Fact]
    public void Read_AHugeValue_IsQuotedCutShort()
    {
        var huge = new string('9', 100_000);
        var read = CaseReader.Read(CaseJson.Of(R1.With("taxableValue", huge).With("pos", "\"" + huge + "\"")));

        read.Findings.Should().HaveCount(2).And.OnlyContain(f => f.Message.Length < 400 && f.Message.Contains("100000 characters", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fieldAt", "filedAt")]
    [InlineData("FiledAt", "filedAt")]
    [InlineData("taxablevalue", "taxableValue")]
    public void Read_AMisspeltField_IsAWarningNamingTheFieldMeant(string misspelt, string meant)
    {
        var record = new RecordJson(R1.Without("filedAt").Fields.Add((misspelt, "\"2025-11-10T18:00:00+05:30\"")));

        var read = CaseReader.Read(CaseJson.Of(record));

        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.UnknownField && f.Severity == Severity.Warning)
            .Which.Message.Should().Contain("did you mean '" + meant + "'");
    }

    [Fact]
    public void Read_AFieldNothingLike_StaysInfo()
    {
        var read = CaseReader.Read(CaseJson.Of(R1.With("ourBranchCode", "\"MUM-3\"")));

        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.UnknownField).Which.Severity.Should().Be(Severity.Info);
    }
}
