using System;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Internal;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>
/// A large stream is tokenized on a second thread while its records are turned into records on others: the case, the
/// findings, their order, their lines and where a syntax error is met must be exactly those of reading on one thread.
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
    public void Read_LargeStreamWithFlawsThroughout_ReportsWhatOneThreadReportsInTheSameOrder()
    {
        // Records read on different threads: findings of all kinds, a duplicate id far from its first use, and items
        // that are not records, spread over the file.
        var json = Case(Records, (i, record) => (i % 997) switch
        {
            1 => record.Replace("\"igst\": 180.00", "\"igst\": 180.001", StringComparison.Ordinal),
            2 => record.Replace("\"pos\": \"27\"", "\"pos\": \"27\", \"colour\": [1, {\"a\": 2}]", StringComparison.Ordinal),
            3 => record.Replace("\"filedAt\"", "\"filedat\"", StringComparison.Ordinal),
            4 => record.Replace("\"id\": \"r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"", "\"id\": \"r7\"", StringComparison.Ordinal),
            5 => "null",
            6 => "[1, 2]",
            7 => record.Replace("\"kind\": \"invoice\"", "\"kind\": \"invoyce\"", StringComparison.Ordinal),
            _ => record,
        });

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        whole.Findings.Should().HaveCountGreaterThan(7 * (Records / 997));
        streamed.Findings.Should().Equal(whole.Findings);
        streamed.IsRead.Should().Be(whole.IsRead).And.BeFalse();
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1500)]
    [InlineData(6000)]
    public void Read_LargeStreamWithASyntaxErrorInTheMiddle_ReportsWhatOneThreadReports(int at)
    {
        var json = Case(Records, (i, record) => i == at ? record.Replace("\"cgst\": 0", "\"cgst\": 0 0", StringComparison.Ordinal) : record);

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        Describe(streamed).Should().Be(Describe(whole)).And.Contain("JSON");
        streamed.IsRead.Should().BeFalse();
    }

    [Fact]
    public void Read_LargeStreamWithTextThatIsNotUtf8_StopsWhereOneThreadStops()
    {
        // Met when the text is decoded, as a record is turned into a record: on another thread, then again on the parser's.
        var bytes = Encoding.UTF8.GetBytes(Case(Records, (_, record) => record));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("INV-r3000\"", StringComparison.Ordinal);
        bytes[at + 4] = 0xFF;

        var streamed = CaseReader.Read(new MemoryStream(bytes, writable: false));
        var whole = CaseReader.Read(bytes.AsSpan());

        Describe(streamed).Should().Be(Describe(whole)).And.Contain("records[3000]");
        streamed.IsRead.Should().BeFalse();
    }

    [Fact]
    public void Read_LargeStreamWithActionsAfterTheRecords_ReadsThemAsOneThreadDoes()
    {
        var json = Case(Records, (_, record) => record)
            .Replace("  ]\n}\n", "  ],\n  \"actions\": [" + RecordJson.Action("r9000") + ", " + RecordJson.Action("nope") + "]\n}\n", StringComparison.Ordinal);

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        Describe(streamed).Should().Be(Describe(whole)).And.Contain("nope");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)] // a syntax error among the actions
    [InlineData(true, false)] // the actions before the records
    public void Read_LargeStreamWithManyFlawedActions_ReadsThemAsOneThreadDoes(bool actionsFirst, bool syntaxError)
    {
        // Thousands of actions, read on other threads in runs as the records are: findings of all kinds, in order.
        var actions = string.Join(",\n    ", Enumerable.Range(0, 5000).Select(i => (i % 499) switch
        {
            1 => RecordJson.Action("nope" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString(),
            2 => RecordJson.Action("r5").ToString().Replace("\"accept\"", "\"maybe\"", StringComparison.Ordinal),
            3 => "null",
            4 when syntaxError && i > 3000 => "{ \"record\": ]",
            _ => RecordJson.Action("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString(),
        }));
        var records = Case(Records, (_, record) => record);
        var json = actionsFirst
            ? records.Replace("  \"records\": [", "  \"actions\": [" + actions + "],\n  \"records\": [", StringComparison.Ordinal)
            : records.Replace("  ]\n}\n", "  ],\n  \"actions\": [" + actions + "]\n}\n", StringComparison.Ordinal);

        var streamed = CaseReader.Read(Stream(json));
        var whole = CaseReader.Read(json);

        Describe(streamed).Should().Be(Describe(whole)).And.Contain("actions[3]");
        streamed.IsRead.Should().Be(whole.IsRead).And.Be(false);
        // A syntax error stops the reading before the end, where actions on unknown records are found.
        streamed.Findings.Any(f => f.Code == JsonFindingCodes.Syntax).Should().Be(syntaxError);
        Describe(streamed).Contains("nope1", StringComparison.Ordinal).Should().Be(!syntaxError);
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

    private static string Case(int records, Func<string, string> last) =>
        Case(records, (i, record) => i == records - 1 ? last(record) : record);

    private static string Case(int records, Func<int, string, string> change)
    {
        var text = new StringBuilder("{\n  \"format\": \"ims-case/1\",\n  \"recipient\": { \"gstin\": \"27AAPFU0939F1ZV\" },\n  \"records\": [\n    ");
        for (var i = 0; i < records; i++)
        {
            var record = RecordJson.Invoice("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
            text.Append(change(i, record)).Append(i == records - 1 ? "\n" : ",\n    ");
        }

        return text.Append("  ]\n}\n").ToString();
    }

    private static string Describe(ReadResult<ImsCase> result) =>
        string.Join(" | ", result.Findings.Select(f => f.Code + " " + f.Message));
}
