using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using static Ims.Rules.Json.Tests.Support.Sample;

namespace Ims.Rules.Json.Tests.Writing;

public sealed class ResultWriterTests
{
    private static readonly Gstr2bStatement October = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 10));

    [Fact]
    public void ToJson_Statement_HasTheContractFieldsInOrder()
    {
        using var document = JsonDocument.Parse(ResultWriter.ToJson(October));
        var root = document.RootElement;

        Names(root).Should().Equal("format", "gstin", "period", "frequency", "asOf", "moment", "ruleSet", "status", "documents", "summary", "carryForward", "supplierEffects", "findings");
        Names(root.GetProperty("documents")[0]).Should().Equal("record", "bucket", "section", "reverseCharge", "reason", "itc", "rules", "tax", "action", "remark", "since", "supplierGstin", "number", "date");
        Names(root.GetProperty("documents")[0].GetProperty("itc")).Should().Equal("igst", "cgst", "sgst", "cess");
        Names(root.GetProperty("summary")).Should().Equal("itcAvailable", "itcNotAvailable", "itcRejected", "gstr3b");
        Names(root.GetProperty("summary").GetProperty("gstr3b")).Should().Equal("4A1", "4A3", "4A4", "4A5", "4B2", "4D2");
        Names(root.GetProperty("carryForward")[0]).Should().Equal("record", "since", "pendingUntil", "timeBarredAfter", "reason");
        Names(root.GetProperty("supplierEffects")[0]).Should().Equal("record", "supplierGstin", "effect", "amount", "period");
    }

    [Fact]
    public void ToJson_Statement_WritesTheContractValues()
    {
        using var document = JsonDocument.Parse(ResultWriter.ToJson(October));
        var root = document.RootElement;

        root.GetProperty("format").GetString().Should().Be("ims-2b/1");
        root.GetProperty("gstin").GetString().Should().Be("27AAPFU0939F1ZV");
        root.GetProperty("period").GetString().Should().Be("2025-10");
        root.GetProperty("asOf").GetString().Should().Be("2025-11-14T00:00:00+05:30");
        root.GetProperty("ruleSet").GetString().Should().Be("2025-10");
        root.GetProperty("status").GetString().Should().Be("generated");
        var documents = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("record").GetString()!);
        documents.Keys.Should().Equal("cn-1", "cn-2", "inv-1");
        documents["inv-1"].GetProperty("bucket").GetString().Should().Be("itcAvailable");
        documents["inv-1"].GetProperty("section").GetString().Should().Be("b2b");
        documents["inv-1"].GetProperty("reverseCharge").GetBoolean().Should().BeFalse();
        documents["inv-1"].GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        documents["inv-1"].GetProperty("action").GetString().Should().Be("accept");
        documents["inv-1"].GetProperty("remark").GetString().Should().Be("ok");
        documents["cn-1"].GetProperty("bucket").GetString().Should().Be("itcRejected");
        documents["cn-1"].GetProperty("section").GetString().Should().Be("cdnr");
        documents["cn-2"].GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Contain(["R26", "R45"]);
        var carried = root.GetProperty("carryForward")[0];
        carried.GetProperty("record").GetString().Should().Be("inv-2");
        carried.GetProperty("pendingUntil").ValueKind.Should().Be(JsonValueKind.Null);
        carried.GetProperty("timeBarredAfter").GetString().Should().Be("2026-11-30");
        var effect = root.GetProperty("supplierEffects")[0];
        effect.GetProperty("effect").GetString().Should().Be("liabilityIncrease");
        effect.GetProperty("supplierGstin").GetString().Should().Be("29AABCT1332L1ZA");
        effect.GetProperty("period").GetString().Should().Be("2025-11");
    }

    [Fact]
    public void ToJson_Document_WritesItsSupplierNumberAndDate()
    {
        using var document = JsonDocument.Parse(ResultWriter.ToJson(October));
        var invoice = document.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("record").GetString() == "inv-1");

        invoice.GetProperty("supplierGstin").GetString().Should().Be("29AABCT1332L1ZA");
        invoice.GetProperty("number").GetString().Should().Be("INV-inv-1");
        invoice.GetProperty("date").GetString().Should().Be("2025-10-15");
    }

    [Fact]
    public void ToJson_DocumentWithoutSupplierNumberOrDate_WritesNulls()
    {
        var bare = October with
        {
            Documents = [October.Documents[0] with { SupplierGstin = null, Number = string.Empty, Date = default }],
        };

        using var document = JsonDocument.Parse(ResultWriter.ToJson(bare));
        var written = document.RootElement.GetProperty("documents")[0];

        written.GetProperty("supplierGstin").ValueKind.Should().Be(JsonValueKind.Null);
        written.GetProperty("number").ValueKind.Should().Be(JsonValueKind.Null);
        written.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void ToJson_Amounts_AreNumbersWithTwoDecimals()
    {
        using var document = JsonDocument.Parse(ResultWriter.ToJson(October));
        var root = document.RootElement;
        var documents = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("record").GetString()!);

        documents["inv-1"].GetProperty("itc").GetProperty("igst").GetRawText().Should().Be("180.00");
        documents["inv-1"].GetProperty("itc").GetProperty("cgst").GetRawText().Should().Be("0.00");
        documents["cn-2"].GetProperty("itc").GetProperty("igst").GetRawText().Should().Be("-45.50");
        documents["cn-2"].GetProperty("tax").GetProperty("igst").GetRawText().Should().Be("-90.00");
        root.GetProperty("summary").GetProperty("itcAvailable").GetProperty("igst").GetRawText().Should().Be("134.50");
        root.GetProperty("supplierEffects")[0].GetProperty("amount").GetProperty("igst").GetRawText().Should().Be("90.00");
        foreach (var amount in AllNumbers(root))
        {
            amount.GetRawText().Should().MatchRegex(@"^-?\d+\.\d\d$");
        }
    }

    [Theory]
    [InlineData(RuleSet.PreIms, "pre-ims")]
    [InlineData(RuleSet.Ims2024, "2024-10")]
    [InlineData(RuleSet.Ims2025, "2025-10")]
    public void ToJson_RuleSet_IsSpelledAsTheContract(RuleSet ruleSet, string expected)
    {
        var json = ResultWriter.ToJson(October with { RuleSet = ruleSet });

        Root(json).GetProperty("ruleSet").GetString().Should().Be(expected);
    }

    [Theory]
    [InlineData(Section.B2b, "b2b")]
    [InlineData(Section.B2ba, "b2ba")]
    [InlineData(Section.Cdnr, "cdnr")]
    [InlineData(Section.Cdnra, "cdnra")]
    [InlineData(Section.Ecom, "ecom")]
    [InlineData(Section.Ecoma, "ecoma")]
    [InlineData(Section.Isd, "isd")]
    [InlineData(Section.Isda, "isda")]
    [InlineData(Section.Impg, "impg")]
    [InlineData(Section.Impga, "impga")]
    [InlineData(Section.Impgsez, "impgsez")]
    [InlineData(Section.Impgseza, "impgseza")]
    public void ToJson_Section_IsLowercaseAsTheContract(Section section, string expected)
    {
        var json = ResultWriter.ToJson(October with { Documents = [October.Documents[0] with { Section = section }] });

        Root(json).GetProperty("documents")[0].GetProperty("section").GetString().Should().Be(expected);
    }

    [Theory]
    [InlineData(Bucket.ItcNotAvailable, NotAvailableReason.PlaceOfSupply, "itcNotAvailable", "P")]
    [InlineData(Bucket.ItcNotAvailable, NotAvailableReason.TimeLimit, "itcNotAvailable", "C")]
    public void ToJson_NotAvailableReason_IsALetter(Bucket bucket, NotAvailableReason reason, string bucketText, string reasonText)
    {
        var json = ResultWriter.ToJson(October with { Documents = [October.Documents[0] with { Bucket = bucket, Reason = reason }] });

        var document = Root(json).GetProperty("documents")[0];
        document.GetProperty("bucket").GetString().Should().Be(bucketText);
        document.GetProperty("reason").GetString().Should().Be(reasonText);
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "info")]
    public void ToJson_FindingSeverity_IsLowercase(Severity severity, string expected)
    {
        var json = ResultWriter.ToJson(October with { Findings = [new Finding("IMS-X", severity, null, "m <&> +05:30 — ₹")] });

        var finding = Root(json).GetProperty("findings")[0];
        Names(finding).Should().Equal("code", "severity", "record", "message");
        finding.GetProperty("severity").GetString().Should().Be(expected);
        finding.GetProperty("record").ValueKind.Should().Be(JsonValueKind.Null);
        json.Should().Contain("\"m <&> +05:30 — ₹\"");
    }

    [Fact]
    public void ToJson_NotGenerated_SaysSo()
    {
        var statement = ImsEngine.Compute(October2025(), ReturnPeriod.Month(2025, 12));

        var root = Root(ResultWriter.ToJson(statement));

        root.GetProperty("status").GetString().Should().Be("notGenerated");
        root.GetProperty("reason").GetString().Should().Be("previousGstr3bUnfiled");
        root.GetProperty("documents").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData(NoStatementReason.QuarterlyMonth, "quarterlyMonth")]
    [InlineData(NoStatementReason.RecipientInvalid, "recipientInvalid")]
    [InlineData(NoStatementReason.NotYetGenerated, "notYetGenerated")]
    [InlineData(NoStatementReason.PreviousGstr3bUnfiled, "previousGstr3bUnfiled")]
    public void ToJson_NotGeneratedForEachReason_WritesItsReasonAndReadsBack(NoStatementReason reason, string expected)
    {
        var code = reason switch
        {
            NoStatementReason.QuarterlyMonth => FindingCodes.NotGeneratedQrmpMonth,
            NoStatementReason.RecipientInvalid => FindingCodes.RecipientGstinInvalid,
            NoStatementReason.NotYetGenerated => FindingCodes.NotGeneratedYet,
            NoStatementReason.PreviousGstr3bUnfiled => FindingCodes.NotGeneratedSequential,
        };
        var statement = October with { Status = StatementStatus.NotGenerated, Documents = [], Findings = [new Finding(code, Severity.Info, null, "why")] };

        var json = ResultWriter.ToJson(statement);

        Root(json).GetProperty("reason").GetString().Should().Be(expected);
        var back = ResultReader.Read(json);
        back.Findings.Should().NotContain(f => f.Code == JsonFindingCodes.UnknownField);
        back.GetValueOrThrow().NotGeneratedReason.Should().Be(reason);
    }

    [Fact]
    public void ToJson_Generated_HasNoReason()
    {
        Root(ResultWriter.ToJson(October)).TryGetProperty("reason", out _).Should().BeFalse();
    }

    [Fact]
    public void UnreadableCaseToJson_HasNullGstinAndAsOfAndTheFindings()
    {
        var findings = new[] { new Finding(JsonFindingCodes.Syntax, Severity.Error, null, "$ (line 1): invalid JSON") };

        var root = Root(ResultWriter.UnreadableCaseToJson(ReturnPeriod.Month(2025, 10), findings));

        root.GetProperty("format").GetString().Should().Be("ims-2b/1");
        root.GetProperty("gstin").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("asOf").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("status").GetString().Should().Be("notGenerated");
        root.GetProperty("reason").GetString().Should().Be("caseUnreadable");
        root.GetProperty("findings")[0].GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public void Write_Stream_WritesTheSameUtf8AsToJson()
    {
        using var stream = new MemoryStream();

        ResultWriter.Write(October, stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ResultWriter.ToJson(October));
    }

    [Fact]
    public void ToJson_Null_Throws()
    {
        var write = () => ResultWriter.ToJson(null!);

        write.Should().Throw<ArgumentNullException>();
    }

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static System.Collections.Generic.IEnumerable<JsonElement> AllNumbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllNumbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllNumbers),
        JsonValueKind.Number => [element],
        _ => [],
    };
}
