using System;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Internal;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>
/// A large stream is tokenized on a second thread while the parser works: the case, the findings, their lines and
/// where a syntax error is met must be exactly those of reading on one thread.
/// </summary>
public sealed class CaseReaderPipelineTests
{
    private static readonly int Records = (int)(JsonTokens.PipelineFrom / RecordJson.Invoice("r0").ToString().Length) + 2000;

    [Fact]
    public void Read_LargeStream_GivesTheCaseOfOneThreadReading()
    {
        var json = Case(Records, last => last);

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        streamed.IsRead.Should().BeTrue(string.Join("\n", streamed.Findings));
        streamed.GetValueOrThrow().Records.Should().HaveCount(Records);
        streamed.GetValueOrThrow().Records.SequenceEqual(whole.GetValueOrThrow().Records).Should().BeTrue();
        streamed.Findings.Should().Equal(whole.Findings);
    }

    [Theory]
    [InlineData("\"igst\": 180.00", "\"igst\": 18x")] // a syntax error near the end
    [InlineData("\"igst\": 180.00", "\"igst\": 180.00, \"igst\": 1")] // a name given twice
    [InlineData("\"igst\": 180.00", "\"igst\": -5")] // a value error, then more records
    [InlineData("\"id\": \"r", "\"id\": \"\\u0072")] // escaped text in the last record
    public void Read_LargeStreamWithAFlawNearTheEnd_ReportsWhatOneThreadReports(string find, string replace)
    {
        var json = Case(Records, last => last.Replace(find, replace, StringComparison.Ordinal));

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        Describe(streamed).Should().Be(Describe(whole));
        json.Should().Contain(replace);
        streamed.IsRead.Should().Be(whole.IsRead);
    }

    [Fact]
    public void Read_LargeStreamOfAnotherFormat_StopsReadingWithoutReadingItAll()
    {
        var json = Case(Records, last => last).Replace("\"ims-case/1\"", "\"ims-2b/1\"", StringComparison.Ordinal);
        using var stream = Stream(json);

        var read = CaseReader.Read(stream);

        read.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.Format);
        stream.Position.Should().BeLessThan(stream.Length);
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json), writable: false);

    private static string Case(int records, Func<string, string> last)
    {
        var text = new StringBuilder("{\n  \"format\": \"ims-case/1\",\n  \"recipient\": { \"gstin\": \"27AAPFU0939F1ZV\" },\n  \"records\": [\n    ");
        for (var i = 0; i < records; i++)
        {
            var record = RecordJson.Invoice("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
            text.Append(i == records - 1 ? last(record) : record).Append(i == records - 1 ? "\n" : ",\n    ");
        }

        return text.Append("  ]\n}\n").ToString();
    }

    private static string Describe(ReadResult<ImsCase> result) =>
        string.Join(" | ", result.Findings.Select(f => f.Code + " " + f.Message));
}
