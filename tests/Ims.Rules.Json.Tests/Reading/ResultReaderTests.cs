using System;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Tests.Support;
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
        ResultWriter.ToJson(read.GetValueOrThrow()).Should().Be(json);
    }

    [Theory]
    [InlineData(Ims.Rules.CarryForwardReason.Pending)]
    [InlineData(Ims.Rules.CarryForwardReason.AwaitingOriginal)]
    public void R43_CarryForwardReason_RoundTrips(Ims.Rules.CarryForwardReason reason)
    {
        var statement = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10));
        var carried = statement with { CarryForward = [new Ims.Rules.CarryForwardEntry("r9", ReturnPeriod.Month(2025, 9), null, null, null, reason)] };

        var read = ResultReader.Read(ResultWriter.ToJson(carried));

        read.GetValueOrThrow().CarryForward.Should().ContainSingle().Which.Reason.Should().Be(reason);
    }

    [Fact]
    public void R3_ItcReversed_IsWrittenOnlyWhereNonZeroAndRoundTrips()
    {
        var statement = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10));
        var reversed = statement with { Documents = [statement.Documents[0] with { ItcReversed = Ims.Rules.TaxAmounts.OfIgst(100m) }, .. statement.Documents[1..]] };

        var plain = ResultWriter.ToJson(statement);
        var read = ResultReader.Read(ResultWriter.ToJson(reversed));

        plain.Should().NotContain("itcReversed");
        read.Findings.Should().BeEmpty();
        read.GetValueOrThrow().Documents[0].ItcReversed.Igst.Should().Be(100m);
    }

    [Fact]
    public void Read_CarryForwardWithoutReason_IsPending()
    {
        var statement = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10));
        var written = ResultWriter.ToJson(statement with { CarryForward = [new Ims.Rules.CarryForwardEntry("r9", ReturnPeriod.Month(2025, 9), null, null)] });
        var json = System.Text.RegularExpressions.Regex.Replace(written, ",\\s*\"reason\": \"pending\"", string.Empty);

        var read = ResultReader.Read(json);

        json.Should().NotContain("\"reason\": \"pending\"");
        read.Findings.Should().BeEmpty();
        read.GetValueOrThrow().CarryForward.Should().ContainSingle().Which.Reason.Should().Be(Ims.Rules.CarryForwardReason.Pending);
    }

    [Fact]
    public void Read_ExpectedExampleFiles_RoundTrip()
    {
        foreach (var file in Directory.GetFiles(Repository.Examples, "*.expected.json"))
        {
            var json = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);

            var read = ResultReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

            read.Findings.Should().BeEmpty(file);
            ResultWriter.ToJson(read.GetValueOrThrow()).Should().Be(json.TrimEnd(), file);
        }
    }

    [Fact]
    public void Read_DocumentIdentity_ReadsSupplierNumberAndDate()
    {
        var json = ResultWriter.ToJson(ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10)));

        var document = ResultReader.Read(json).GetValueOrThrow().Documents.Single(d => d.RecordId == "inv-1");

        document.SupplierGstin.Should().Be(Supplier);
        document.Number.Should().Be("INV-inv-1");
        document.Date.Should().Be(new NodaTime.LocalDate(2025, 10, 15));
    }

    [Fact]
    public void Read_DocumentWithoutIdentity_LeavesItEmpty()
    {
        var json = "{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"documents\": [ { \"record\": \"r1\", \"bucket\": \"itcAvailable\", \"section\": \"b2b\" } ] }";

        var read = ResultReader.Read(json);

        read.Findings.Should().BeEmpty();
        var document = read.GetValueOrThrow().Documents.Single();
        document.SupplierGstin.Should().BeNull();
        document.Number.Should().BeEmpty();
        document.Date.Should().Be(default(NodaTime.LocalDate));
    }

    [Fact]
    public void Read_QuarterlyResult_KeepsTheQuarter()
    {
        var json = ResultWriter.ToJson(ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10)) with { Period = ReturnPeriod.QuarterOf(new NodaTime.YearMonth(2025, 10)) });

        ResultReader.Read(json).GetValueOrThrow().Period.IsQuarter.Should().BeTrue();
    }

    [Theory]
    [InlineData("{ \"format\": \"ims-case/1\" }", JsonFindingCodes.Format, "$.format")]
    [InlineData("{ }", JsonFindingCodes.Format, "$.format")]
    [InlineData("{ \"format\": \"ims-2b/1\",", JsonFindingCodes.Syntax, "$ (line 1)")]
    [InlineData("[]", JsonFindingCodes.Type, "$")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"done\" }", JsonFindingCodes.Value, "$.status")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"ruleSet\": \"2025-10\", \"status\": \"generated\" }", JsonFindingCodes.Missing, "$.period")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"documents\": [ { \"record\": \"r1\", \"bucket\": \"available\", \"section\": \"b2b\" } ] }", JsonFindingCodes.Value, "$.documents[0].bucket")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"documents\": [ { \"record\": \"r1\", \"bucket\": \"itcAvailable\", \"section\": \"b2b\", \"supplierGstin\": \"29-ABC\" } ] }", JsonFindingCodes.Value, "$.documents[0].supplierGstin")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"documents\": [ { \"record\": \"r1\", \"bucket\": \"itcAvailable\", \"section\": \"b2b\", \"date\": \"15-10-2025\" } ] }", JsonFindingCodes.Value, "$.documents[0].date")]
    [InlineData("{ \"format\": \"ims-2b/1\", \"period\": \"2025-10\", \"ruleSet\": \"2025-10\", \"status\": \"generated\", \"summary\": { \"itcAvailable\": { \"igst\": \"1\" } } }", JsonFindingCodes.Type, "$.summary.itcAvailable.igst")]
    public void Read_BadResult_ReportsTheProblemAndNoStatement(string json, string code, string path)
    {
        var read = ResultReader.Read(json);

        read.IsRead.Should().BeFalse();
        read.Findings.Should().Contain(f => f.Code == code && f.Severity == Severity.Error && f.Message.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownField_GivesInfo()
    {
        var json = ResultWriter.ToJson(ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10))).Replace("\"format\"", "\"extra\": 1, \"format\"", StringComparison.Ordinal);

        var read = ResultReader.Read(json);

        read.IsRead.Should().BeTrue();
        read.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Code == JsonFindingCodes.UnknownField && f.Severity == Severity.Info && f.Message.StartsWith("$.extra", StringComparison.Ordinal));
    }
}
