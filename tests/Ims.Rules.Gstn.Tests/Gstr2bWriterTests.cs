using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class Gstr2bWriterTests
{
    private static (Gstr2bStatement Statement, Ims.Rules.ImsCase Case) Computed()
    {
        var imsCase = SampleCase.Create();
        var statement = ImsEngine.Compute(imsCase, Month("2025-11"));
        statement.Status.Should().Be(StatementStatus.Generated, string.Join(" | ", statement.Findings));
        return (statement, imsCase);
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Write_ComputedStatement_UsesThePortalsKeyNames()
    {
        var (statement, imsCase) = Computed();

        var result = Gstr2bWriter.Write(statement, imsCase);

        using var json = JsonDocument.Parse(result.Json);
        var root = json.RootElement;
        Keys(root).Should().Equal("chksum", "data");
        var data = root.GetProperty("data");
        Keys(data).Should().Equal("gstin", "rtnprd", "version", "gendt", "itcsumm", "docdata", "docRejdata");
        data.GetProperty("gstin").GetString().Should().Be("27AAPFU0939F1ZV");
        data.GetProperty("rtnprd").GetString().Should().Be("112025");
        data.GetProperty("version").GetString().Should().Be("GSTN-IMS-ims-rules");
        data.GetProperty("gendt").GetString().Should().Be("14-12-2025");
        Keys(data.GetProperty("itcsumm")).Should().Equal("itcavl", "itcunavl", "itcRejected");
        Keys(data.GetProperty("itcsumm").GetProperty("itcavl")).Should().Equal("igst", "cgst", "sgst", "cess", "nonrevsup", "isdsup", "revsup", "imports");
        Keys(data.GetProperty("itcsumm").GetProperty("itcavl").GetProperty("imports")).Should().Equal("igst", "cgst", "sgst", "cess", "impg", "impgsez", "impga", "impgasez");
        Keys(data.GetProperty("docdata")).Should().Equal("b2b", "cdnr", "ecom", "isd", "impg", "impgsez");
        Keys(data.GetProperty("docRejdata")).Should().Equal("b2b");

        var supplier = data.GetProperty("docdata").GetProperty("b2b")[0];
        Keys(supplier).Should().Equal("ctin", "trdnm", "supprd", "supfildt", "inv");
        supplier.GetProperty("ctin").GetString().Should().Be("29AABCT1332L1ZA");
        supplier.GetProperty("supprd").GetString().Should().Be("112025");
        supplier.GetProperty("supfildt").GetString().Should().Be("10-12-2025");
        Keys(supplier.GetProperty("inv")[0]).Should().Equal("inum", "typ", "dt", "val", "pos", "rev", "itcavl", "rsn", "txval", "igst", "cgst", "sgst", "cess");
        Keys(data.GetProperty("docdata").GetProperty("cdnr")[0].GetProperty("nt")[0]).Should().Equal(
            "ntnum", "typ", "suptyp", "dt", "val", "pos", "rev", "itcavl", "rsn", "txval", "igst", "cgst", "sgst", "cess");
        Keys(data.GetProperty("docdata").GetProperty("isd")[0].GetProperty("doclist")[0]).Should().Equal(
            "doctyp", "docnum", "docdt", "itcelg", "igst", "cgst", "sgst", "cess");
        Keys(data.GetProperty("docdata").GetProperty("impg")[0]).Should().Equal(
            "refdt", "recdt", "portcode", "boenum", "boedt", "isamd", "txval", "igst", "cess");
        Keys(data.GetProperty("docdata").GetProperty("impgsez")[0]).Should().Equal("ctin", "trdnm", "boe");
    }

    [Fact]
    public void Write_Amounts_HaveTwoDecimalsAndCreditNotesTheirType()
    {
        var (statement, imsCase) = Computed();

        var json = Gstr2bWriter.Write(statement, imsCase).Json;

        json.Should().Contain("\"inum\": \"INV-1\"").And.Contain("\"igst\": 180.00").And.Contain("\"val\": 1980.00").And.Contain("\"cess\": 12.50");
        using var document = JsonDocument.Parse(json);
        var notes = document.RootElement.GetProperty("data").GetProperty("docdata").GetProperty("cdnr")[0].GetProperty("nt");
        notes.EnumerateArray().Select(n => (n.GetProperty("ntnum").GetString(), n.GetProperty("typ").GetString()))
            .Should().Equal(("CN-1", "C"), ("DN-1", "D"));
        notes[0].GetProperty("igst").GetRawText().Should().Be("36.00");
    }

    [Fact]
    public void Write_Summary_MatchesTheStatementsOwn()
    {
        var (statement, imsCase) = Computed();

        using var json = JsonDocument.Parse(Gstr2bWriter.Write(statement, imsCase).Json);

        var summary = json.RootElement.GetProperty("data").GetProperty("itcsumm");
        Heads(summary.GetProperty("itcavl")).Should().Be(statement.Summary.ItcAvailable);
        Heads(summary.GetProperty("itcunavl")).Should().Be(statement.Summary.ItcNotAvailable);
        Heads(summary.GetProperty("itcRejected")).Should().Be(TaxAmounts.OfIgst(90m));
        Heads(summary.GetProperty("itcavl").GetProperty("revsup").GetProperty("b2b")).Should().Be(TaxAmounts.OfIgst(50m));
        Heads(summary.GetProperty("itcavl").GetProperty("nonrevsup").GetProperty("cdnr")).Should().Be(TaxAmounts.OfIgst(-18m));
        Heads(summary.GetProperty("itcavl").GetProperty("isdsup")).Should().Be(TaxAmounts.OfCgstSgst(40m));
    }

    [Fact]
    public void Write_ThenRead_GivesBackTheSameDocuments()
    {
        var (statement, imsCase) = Computed();

        var read = Gstr2bReader.Read(Gstr2bWriter.Write(statement, imsCase).Json).GetValueOrThrow();

        read.Statement.Findings.Should().BeEmpty("the writer's own output has no quirks and its summary adds up");
        var back = read.Statement;
        back.Gstin.Should().Be(statement.Gstin);
        back.Period.Should().Be(statement.Period);
        back.AsOf.Should().Be(statement.AsOf);
        back.Documents.Select(Comparable).Should().Equal(statement.Documents.Select(Comparable));
        back.Documents.Should().HaveCount(11);
        back.Summary.ItcAvailable.Should().Be(statement.Summary.ItcAvailable);
        back.Summary.ItcNotAvailable.Should().Be(statement.Summary.ItcNotAvailable);
        read.Documents.Single(d => d.RecordId == SampleCase.B2b("INV-1")).Date.Should().Be(imsCase.Records[0].Date);
    }

    [Fact]
    public void Write_Amendment_NamesItsOriginal()
    {
        var imsCase = SampleCase.Create();
        var original = imsCase.Records[0];
        var amendment = original with { Id = GstnRecordIds.ForStatement(Section.B2ba, original.SupplierGstin!.Value.ToString(), "INV-1A"), Number = "INV-1A", Amends = original.Id };
        var statement = new Gstr2bStatement
        {
            Gstin = Build.Recipient,
            Period = Month("2025-12"),
            AsOf = Ist("2026-01-14"),
            RuleSet = RuleSet.Ims2025,
            Status = StatementStatus.Generated,
            Documents = [new StatementDocument { RecordId = amendment.Id, Bucket = Bucket.ItcAvailable, Section = Section.B2ba, Itc = TaxAmounts.Zero, Rules = [] }],
        };

        var result = Gstr2bWriter.Write(statement, imsCase with { Records = imsCase.Records.Add(amendment) });

        using var json = JsonDocument.Parse(result.Json);
        var row = json.RootElement.GetProperty("data").GetProperty("docdata").GetProperty("b2ba")[0].GetProperty("inv")[0];
        row.GetProperty("oinum").GetString().Should().Be("INV-1");
        row.GetProperty("oidt").GetString().Should().Be("20-11-2025");
        row.GetProperty("inum").GetString().Should().Be("INV-1A");
        var read = Gstr2bReader.Read(result.Json).GetValueOrThrow();
        read.Documents.Single().OriginalNumber.Should().Be("INV-1");
        read.Statement.Documents.Single().Section.Should().Be(Section.B2ba);
    }

    [Fact]
    public void Write_DocumentWithoutItsRecord_IsLeftOutWithAnError()
    {
        var (statement, imsCase) = Computed();

        var result = Gstr2bWriter.Write(statement, imsCase with { Records = imsCase.Records.RemoveAt(0) });

        result.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.WriteRecordMissing)
            .Which.Should().Match<Finding>(f => f.Severity == Severity.Error && f.RecordId == SampleCase.B2b("INV-1"));
        result.Json.Should().NotContain("\"INV-1\"");
    }

    [Fact]
    public void Write_NotGeneratedStatement_WritesTheHeaderOnly()
    {
        var imsCase = SampleCase.Create();
        var statement = ImsEngine.Compute(imsCase, Month("2025-11"), Ist("2025-12-01"));

        var result = Gstr2bWriter.Write(statement, imsCase);

        statement.Status.Should().Be(StatementStatus.NotGenerated);
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(GstnFindingCodes.WriteNotGenerated);
        using var json = JsonDocument.Parse(result.Json);
        Keys(json.RootElement.GetProperty("data").GetProperty("docdata")).Should().BeEmpty();
    }

    private static TaxAmounts Heads(JsonElement element) => new(
        element.GetProperty("igst").GetDecimal(),
        element.GetProperty("cgst").GetDecimal(),
        element.GetProperty("sgst").GetDecimal(),
        element.GetProperty("cess").GetDecimal());

    private static (string, Section, Bucket, NotAvailableReason?, bool, TaxAmounts, TaxAmounts, Ims.Rules.Gstin?, string, NodaTime.LocalDate) Comparable(StatementDocument d) =>
        (d.RecordId, d.Section, d.Bucket, d.Reason, d.ReverseCharge, d.Itc, d.Tax, d.SupplierGstin, d.Number, d.Date);
}
