using System;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Findings;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Periods;
using static Ims.Rules.Json.Tests.Support.Sample;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class ResultReaderTests
{
    [Fact]
    public void Read_WrittenResult_RoundTrips()
    {
        var statement = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10));
        var json = ResultWriter.ToJson(statement);

        var read = ResultReader.Read(json);

        read.Findings.Should().BeEmpty();
        ResultWriter.ToJson(read.Statement!).Should().Be(json);
    }

    [Fact]
    public void Read_ExpectedExampleFiles_RoundTrip()
    {
        foreach (var file in Directory.GetFiles(Repository.Examples, "*.expected.json"))
        {
            var json = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);

            var read = ResultReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

            read.Findings.Should().BeEmpty(file);
            ResultWriter.ToJson(read.Statement!).Should().Be(json.TrimEnd(), file);
        }
    }

    [Fact]
    public void Read_QuarterlyResult_KeepsTheQuarter()
    {
        var json = ResultWriter.ToJson(ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10)) with { Period = ReturnPeriod.QuarterOf(new NodaTime.YearMonth(2025, 10)) });

        ResultReader.Read(json).Statement!.Period.IsQuarter.Should().BeTrue();
    }

    [Theory]
    [InlineData("{ \"format\": \"ims-case/1\" }", JsonFindingCodes.Format, "$.format")]
    [InlineData("{ }", JsonFindingCodes.Format, "$.format")]
    [InlineData("{ \"format\": \"ims-2b/1\",", JsonFindingCodes.Syntax, "$ (line 1)")]
    [InlineData("[]", JsonFindingCodes.Type, "$")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"done\" }", JsonFindingCodes.Value, "$.status")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"ruleSet\": \"2025-10\", \"status\": \"generated\" }", JsonFindingCodes.Missing, "$.period")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"documents\": [ { \"record\": \"r1\", \"bucket\": \"available\", \"section\": \"b2b\" } ] }", JsonFindingCodes.Value, "$.documents[0].bucket")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"summary\": { \"itcAvailable\": { \"igst\": \"1\" } } }", JsonFindingCodes.Type, "$.summary.itcAvailable.igst")]
    public void Read_BadResult_ReportsTheProblemAndNoStatement(string json, string code, string path)
    {
        var read = ResultReader.Read(json);

        read.Statement.Should().BeNull();
        read.Findings.Should().Contain(f => f.Code == code && f.Severity == Severity.Error && f.Message.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownField_GivesInfo()
    {
        var json = ResultWriter.ToJson(ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10))).Replace("\"format\"", "\"extra\": 1, \"format\"", StringComparison.Ordinal);

        var read = ResultReader.Read(json);

        read.Statement.Should().NotBeNull();
        read.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Code == JsonFindingCodes.UnknownField && f.Severity == Severity.Info && f.Message.StartsWith("$.extra", StringComparison.Ordinal));
    }
}
