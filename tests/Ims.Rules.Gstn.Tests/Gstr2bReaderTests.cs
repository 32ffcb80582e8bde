using System.Linq;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class Gstr2bReaderTests
{
    private static Gstr2bDownload V4() => Gstr2bReader.Read(Fixtures.Read(Fixtures.Gstr2bV4)).GetValueOrThrow();

    private static Gstr2bDownload V3() => Gstr2bReader.Read(Fixtures.Read(Fixtures.Gstr2bV3)).GetValueOrThrow();

    private static StatementDocument Doc(Gstr2bDownload result, string id) =>
        result.Statement.Documents.Single(d => d.RecordId == id);

    [SharedFixtureFact]
    public void Read_V4Fixture_ReadsTheHeader()
    {
        var result = V4();
        var statement = result.Statement;

        statement.Gstin.ToString().Should().Be("01AABCE2207R1Z5");
        statement.Gstin.HasValidCheckCharacter.Should().BeFalse();
        statement.Period.Should().Be(Month("2020-03"));
        statement.AsOf.Should().Be(Ist("2020-04-14"));
        statement.Status.Should().Be(StatementStatus.Generated);
        statement.RuleSet.Should().Be(RuleSet.PreIms);
        result.Version.Should().Be("1.0");
        result.Checksum.Should().Be("ADFADRGA4GADFADGERER");
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_ReadsEveryDocumentOfDocdataAndDocRejdata()
    {
        var documents = V4().Statement.Documents;

        var perSection = documents.Where(d => d.Bucket != Bucket.ItcRejected).GroupBy(d => d.Section).ToDictionary(g => g.Key, g => g.Count());
        perSection.Should().Equal(new System.Collections.Generic.Dictionary<Section, int>
        {
            [Section.B2b] = 1, [Section.B2ba] = 1, [Section.Cdnr] = 1, [Section.Cdnra] = 1, [Section.Ecom] = 2, [Section.Ecoma] = 2,
            [Section.Isd] = 1, [Section.Isda] = 1, [Section.Impg] = 1, [Section.Impgsez] = 1,
        });
        documents.Count(d => d.Bucket == Bucket.ItcRejected).Should().Be(12);
        documents.Select(d => d.RecordId).Should().BeInAscendingOrder(System.StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        documents.Should().OnlyContain(d => d.Rules.IsEmpty && d.Since == Month("2020-03"));
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_B2bInvoiceIsNotAvailableForThePlaceOfSupply()
    {
        var result = V4();
        var invoice = Doc(result, "b2b/01AABCE2207R1Z5/S008400");
        var portal = result.Documents.Single(d => d.RecordId == invoice.RecordId);

        invoice.Bucket.Should().Be(Bucket.ItcNotAvailable);
        invoice.Reason.Should().Be(NotAvailableReason.PlaceOfSupply);
        invoice.Itc.Should().Be(TaxAmounts.OfIgst(183m));
        invoice.ReverseCharge.Should().BeFalse();
        portal.Value.Should().Be(729248.16m);
        portal.TaxableValue.Should().Be(12200m);
        portal.Date.Should().Be(Date("2016-11-24"));
        portal.PlaceOfSupply.Should().Be(StateCode.Parse("06"));
        portal.SupplierPeriod.Should().Be(Month("2019-11"));
        portal.SupplierFiledOn.Should().Be(Date("2019-11-18"));
        portal.TradeName.Should().Be("GSTN");
        portal.Path.Should().Be("$.data.docdata.b2b[0].inv[0]");
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_CreditNoteCarriesANegativeItc()
    {
        var note = Doc(V4(), "cdnr/01AAAAP1208Q1ZS/533515");

        note.Bucket.Should().Be(Bucket.ItcNotAvailable);
        note.Reason.Should().Be(NotAvailableReason.TimeLimit);
        note.Tax.Should().Be(TaxAmounts.OfIgst(-183m));
        note.Itc.Should().Be(TaxAmounts.OfIgst(-183m));
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_AmendmentsKeepTheirOriginals()
    {
        var result = V4();

        var amended = result.Documents.Single(d => d.RecordId == "cdnra/01AAAAP1208Q1ZS/533515");
        amended.OriginalNumber.Should().Be("533515");
        amended.OriginalDate.Should().Be(Date("2016-09-23"));
        Doc(result, "isda/16DEFPS8555D1Z7/S0080").Should().Match<StatementDocument>(d =>
            d.Bucket == Bucket.ItcAvailable && d.Itc == TaxAmounts.OfCgstSgst(200m));
        result.Documents.Single(d => d.RecordId == "isda/16DEFPS8555D1Z7/S0080").OriginalNumber.Should().Be("1004");
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_BillsOfEntryAreIdentifiedByPortAndNumber()
    {
        var result = V4();

        var impg = Doc(result, "impg/18272A/2566282");
        impg.Bucket.Should().Be(Bucket.ItcAvailable);
        impg.Itc.Should().Be(new TaxAmounts(123.02m, 0m, 0m, 0.5m));
        var sez = result.Documents.Single(d => d.RecordId == "impgsez/18272A/2566282");
        sez.SupplierGstinText.Should().Be("01AABCE2207R1Z5");
        sez.ReferenceDate.Should().Be(Date("2019-11-28"));
        result.Documents.Single(d => d.RecordId == "impg/18272A/2566282").SupplierGstinText.Should().BeNull();
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_DocumentsCarryTheirSupplierNumberAndDate()
    {
        var result = V4();

        var invoice = Doc(result, "b2b/01AABCE2207R1Z5/S008400");
        invoice.SupplierGstin.Should().Be(Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5"));
        invoice.Number.Should().Be("S008400");
        invoice.Date.Should().Be(Date("2016-11-24"));
        var sez = Doc(result, "impgsez/18272A/2566282");
        sez.SupplierGstin.Should().Be(Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5"));
        sez.Number.Should().Be("2566282");
        var impg = Doc(result, "impg/18272A/2566282");
        impg.SupplierGstin.Should().BeNull("a bill of entry of goods from abroad has no supplier GSTIN");
        impg.Number.Should().Be("2566282");
        result.Statement.Documents.Should().OnlyContain(d => d.Number.Length > 0 && d.Date != default);
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_RejectedDocumentsTakeNoItc()
    {
        var result = V4();
        var rejected = Doc(result, "b2b/01AABCE2207R1Z5/S008400#2");

        rejected.Bucket.Should().Be(Bucket.ItcRejected);
        rejected.Reason.Should().BeNull();
        rejected.Itc.Should().Be(TaxAmounts.Zero);
        rejected.Tax.Should().Be(TaxAmounts.OfIgst(183m));
        rejected.Action.Should().Be(Ims.Rules.ActionKind.Reject);
        result.Statement.Findings.Where(f => f.Code == GstnFindingCodes.DuplicateDocument).Should().HaveCount(12)
            .And.OnlyContain(f => f.Severity == Severity.Warning);
        result.Statement.Summary.ItcRejected.Should().Be(TaxAmounts.Zero);
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_ReportsTheBadCheckCharacterOfGstnsSampleGstinOnce()
    {
        var findings = V4().Statement.Findings.Where(f => f.Code == GstnFindingCodes.GstinCheckCharacter).ToList();

        findings.Where(f => f.Message.Contains("01AABCE2207R1Z5", System.StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Severity.Should().Be(Severity.Warning);
        findings.Select(f => f.Message).Should().OnlyHaveUniqueItems();
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_KeepsThePortalSummaryApartAndReportsThatItDoesNotAddUp()
    {
        var result = V4();
        var available = result.PortalSummary.ItcAvailable!;

        available.Total.Should().Be(new TaxAmounts(4800m, 2400m, 2400m, 1200m));
        available.Groups.Keys.Should().Equal("imports", "isdsup", "nonrevsup", "othersup", "revsup");
        available.Groups["imports"].Sections["impgasez"].Should().Be(new TaxAmounts(400m, 200m, 200m, 100m));
        available.Groups["nonrevsup"].Total.Should().Be(new TaxAmounts(1600m, 800m, 800m, 400m));
        result.PortalSummary.ItcReversal.Should().NotBeNull();
        result.PortalSummary.ItcRejected.Should().NotBeNull();
        result.Statement.Findings.Where(f => f.Code == GstnFindingCodes.SummaryMismatch).Should().HaveCount(3)
            .And.OnlyContain(f => f.Severity == Severity.Info);
        result.Statement.Should().NotBeNull();
    }

    [SharedFixtureFact]
    public void Read_V4Fixture_IgnoresReversalDocumentsAndNotesOneDecimalMoney()
    {
        var findings = V4().Statement.Findings;

        findings.Should().Contain(f => f.Code == GstnFindingCodes.SectionIgnored && f.Message.Contains("itcrev", System.StringComparison.Ordinal));
        findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.AmountOneDecimal).Which.Message.Should().Contain("cess = 0.5");
        findings.Should().NotContain(f => f.Severity == Severity.Error);
    }

    [SharedFixtureFact]
    public void Read_V3Fixture_SumsTheRateWiseItems()
    {
        var result = V3();
        var statement = result.Statement;

        statement.Documents.Should().HaveCount(8);
        statement.Documents.Should().NotContain(d => d.Bucket == Bucket.ItcRejected);
        Doc(result, "b2b/01AABCE2207R1Z5/S008400").Itc.Should().Be(TaxAmounts.OfCgstSgst(200m));
        Doc(result, "cdnr/01AAAAP1208Q1ZS/533515").Itc.Should().Be(TaxAmounts.OfIgst(-400m));
        result.Documents.Single(d => d.RecordId == "b2b/01AABCE2207R1Z5/S008400").TaxableValue.Should().Be(400m);
        result.Statement.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.ItemsSummed).Which.Message.Should().StartWith("4 document(s)");
        result.PortalSummary.ItcRejected.Should().BeNull();
        result.PortalSummary.ItcNotAvailable.Should().NotBeNull();
    }

    [Fact]
    public void Read_MalformedJson_GivesAnErrorFindingAndNoStatement()
    {
        var result = Gstr2bReader.Read("{\"data\": {\"rtnprd\": \"032020\",");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(GstnFindingCodes.JsonMalformed);
    }

    [Fact]
    public void Read_WithoutReturnPeriod_GivesNoStatement()
    {
        var result = Gstr2bReader.Read("""{"data": {"gstin": "27AAPFU0939F1ZV", "rtnprd": "2020-03"}}""");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(GstnFindingCodes.StatementUnreadable);
    }

    [Fact]
    public void Read_PortalQuirks_GiveFindingsNotExceptions()
    {
        var result = Gstr2bReader.Read(
            """
            {"data": {"gstin": "27AAPFU0939F1ZV", "rtnprd": "112025",
              "docdata": {
                "b2b": [ {"ctin": "29AABCT1332L1ZA", "supprd": "11-2025", "inv": [ {"inum": "A", "dt": "32-11-2025", "itcavl": "T", "igst": "18.5"},
                                                                                   {"inum": "Q", "dt": "01-11-2025", "itcavl": "?", "igst": 5} ]},
                         {"inv": [ {"inum": "B"} ]} ],
                "cdnr": "none",
                "impg": [ {"portcode": "INMAA1", "boenum": "77", "isamd": "Y", "igst": 10} ],
                "xyz": [] } } }
            """).GetValueOrThrow();

        var statement = result.Statement;
        statement.AsOf.Should().Be(Ist("2025-12-14"));
        statement.Documents.Select(d => d.RecordId).Should().Equal("b2b/29AABCT1332L1ZA/A", "impga/INMAA1/77");
        statement.Documents[0].Bucket.Should().Be(Bucket.ItcNotAvailable);
        statement.Documents[0].Itc.Should().Be(TaxAmounts.OfIgst(18.5m));
        statement.Documents[1].Section.Should().Be(Section.Impga);
        result.Statement.Findings.Select(f => f.Code).Should().Contain([
            GstnFindingCodes.PeriodInvalid, GstnFindingCodes.DateInvalid, GstnFindingCodes.CodeUnknown,
            GstnFindingCodes.RecordUnreadable, GstnFindingCodes.JsonShape, GstnFindingCodes.SectionIgnored, GstnFindingCodes.Assumption,
            GstnFindingCodes.AmountAsText, GstnFindingCodes.AmountOneDecimal]);
        result.Statement.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.CodeUnknown)
            .Which.Message.Should().Contain("itcavl").And.Contain("left out");
    }

    [Theory]
    [InlineData("itcavl", "\"Maybe\"")]
    [InlineData("rsn", "\"Z\"")]
    [InlineData("rev", "\"X\"")]
    [InlineData("igst", "null")]
    [InlineData("igst", "-180")]
    [InlineData("igst", "1e400")]
    [InlineData("igst", "79228162514264337593543950335")]
    public void Read_AnUnknownCodeOrBadAmount_LeavesTheDocumentOutWithAnError(string field, string value)
    {
        var fields = new System.Collections.Generic.Dictionary<string, string>
        {
            ["inum"] = "\"A\"", ["dt"] = "\"01-11-2025\"", ["itcavl"] = "\"N\"", ["rsn"] = "\"P\"", ["igst"] = "18",
        };
        fields[field] = value;
        var document = "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";

        var result = Gstr2bReader.Read(
            "{\"data\": {\"gstin\": \"27AAPFU0939F1ZV\", \"rtnprd\": \"112025\", \"docdata\": {\"b2b\": [ {\"ctin\": \"29AABCT1332L1ZA\", \"inv\": [ " +
            document + " ]} ]}}}").GetValueOrThrow();

        result.Statement.Documents.Should().BeEmpty();
        result.Statement.Findings.Should().Contain(f => f.Severity == Severity.Error && f.Message.Contains("$.data.docdata.b2b[0].inv[0]", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}", "not a GSTR-2B download")]
    [InlineData("""{"b2b": [{"stin": "29AABCT1332L1ZA", "inum": "1"}]}""", "IMS invoice data")]
    [InlineData("""{"data": {"docdata": null, "rtnprd": null}}""", "not a GSTR-2B download")]
    public void Read_AFileOfTheWrongKind_SaysWhatWasExpected(string json, string message)
    {
        var result = Gstr2bReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.WrongKind).Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("""{"data": {"rtnprd": "112025", "docdata": {}}}""")]
    [InlineData("""{"data": {"gstin": "27AAPFU0939", "rtnprd": "112025", "docdata": {}}}""")]
    public void Read_WithoutTheRecipientsGstin_GivesNoStatement(string json)
    {
        var result = Gstr2bReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Code == GstnFindingCodes.StatementUnreadable && f.Message.Contains("gstin", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ADuplicateName_IsMalformedNamingTheLine()
    {
        var result = Gstr2bReader.Read("{\"data\": {\"gstin\": \"27AAPFU0939F1ZV\",\n \"gstin\": \"29AABCT1332L1ZA\", \"rtnprd\": \"112025\"}}");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Message.Should().Contain("line 2");
    }

    [SharedFixtureFact]
    public void Read_FromAStream_ReadsTheSameAsFromText()
    {
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Fixtures.Read(Fixtures.Gstr2bV4)));

        var result = Gstr2bReader.Read(stream).GetValueOrThrow();

        result.Statement.Documents.Should().Equal(V4().Statement.Documents);
        result.Statement.Findings.Should().Equal(V4().Statement.Findings);
    }
}
