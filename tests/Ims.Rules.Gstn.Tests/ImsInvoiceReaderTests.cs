using System.Linq;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class ImsInvoiceReaderTests
{
    private static readonly ImsReadOptions Options = new() { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-12-12T10:00") };

    private static ImsInvoiceData Fixture() => ImsInvoiceReader.Read(Fixtures.Read(Fixtures.Ims), Options).GetValueOrThrow();

    [SharedFixtureFact]
    public void Read_ImsFixture_ReadsOneRecordPerSection()
    {
        var data = Fixture();

        data.Records.Should().HaveCount(6);
        data.PortalRecords.Select(p => p.Section).Should().Equal(
            ImsSection.B2b, ImsSection.B2ba, ImsSection.B2bdn, ImsSection.B2bdna, ImsSection.B2bcn, ImsSection.B2bcna);
        data.Records.Select(r => r.Id).Should().Equal(
            "b2b/24MAYAS0100J1JD/b1", "b2ba/24MAYAS0100J1JD/b1a", "b2bdn/24MAYAS0100J1JD/dn2",
            "b2bdna/24MAYAS0100J1JD/dna2", "b2bcn/24MAYAS0100J1JD/cn2", "b2bcna/24MAYAS0100J1JD/cna2");
        data.Records.Select(r => r.Kind).Should().Equal(
            RecordKind.Invoice, RecordKind.Invoice, RecordKind.DebitNote, RecordKind.DebitNote, RecordKind.CreditNote, RecordKind.CreditNote);
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_MapsTheInvoicesFields()
    {
        var invoice = Fixture().Records[0];

        invoice.Form.Should().Be(SupplierForm.Gstr1);
        invoice.Number.Should().Be("b1");
        invoice.Date.Should().Be(Date("2023-01-23"));
        invoice.SupplierPeriod.Should().Be(Month("2023-01"));
        invoice.InvoiceType.Should().Be(InvoiceType.Regular);
        invoice.PlaceOfSupply.Should().Be(StateCode.Parse("24"));
        invoice.TaxableValue.Should().Be(100m);
        invoice.Tax.Should().Be(new TaxAmounts(20m, 20m, 20m, 0m));
        invoice.Amends.Should().BeNull();
        invoice.FiledAt.Should().BeNull("srcfilstatus is 'Not Filed'");
        invoice.SupplierGstin.Should().BeNull("24MAYAS0100J1JD is not the shape of a GSTIN");
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_FiledDebitNoteIsAssumedFiledOnThe11thAndReadExactly()
    {
        var data = Fixture();
        var debitNote = data.Records.Single(r => r.Id == "b2bdn/24MAYAS0100J1JD/dn2");

        debitNote.FiledAt.Should().Be(Ist("2023-02-11"));
        debitNote.Date.Should().Be(Date("2023-02-24"));
        debitNote.TaxableValue.Should().Be(1000.10m);
        data.PortalRecordOf(debitNote.Id)!.DocumentValue.Should().Be(1000.1m);
        data.PortalRecordOf(debitNote.Id)!.Filed.Should().BeTrue();
        data.Findings.Where(f => f.Code == GstnFindingCodes.AmountOneDecimal).Should().ContainSingle()
            .Which.Severity.Should().Be(Severity.Info);
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_EveryActionIsAcceptAtTheGivenInstant()
    {
        var data = Fixture();

        data.Actions.Should().HaveCount(6);
        data.Actions.Should().OnlyContain(a => a.Action == ActionKind.Accept && a.At == Options.ActionsAt && a.ItcReduction == null);
        data.PortalRecords.Should().OnlyContain(p => p.Action == ActionKind.Accept);
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_KeepsThePendingFlagsAndHash()
    {
        var data = Fixture();

        data.PortalRecords.Should().OnlyContain(p => p.PendingActionBlocked == false && p.PendingActionNotAllowed == null);
        data.PortalRecords[0].Hash.Should().Be("1f5fb5de9e491c24dcdee9ac01d3fa5f7889f20d3a8c923bfd2e3c7f0d0125f1");
        data.PortalRecords[0].SupplierGstinText.Should().Be("24MAYAS0100J1JD");
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_WrongShapeSupplierGstinGivesOneFinding()
    {
        var malformed = Fixture().Findings.Where(f => f.Code == GstnFindingCodes.GstinMalformed).ToList();

        malformed.Should().ContainSingle();
        malformed[0].Severity.Should().Be(Severity.Warning);
        malformed[0].Message.Should().Contain("24MAYAS0100J1JD").And.Contain("$.b2b[0].stin");
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_LinksAmendmentsToOriginalsInTheData()
    {
        var data = Fixture();

        data.Records.Single(r => r.Id == "b2bdna/24MAYAS0100J1JD/dna2").Amends.Should().Be("b2bdn/24MAYAS0100J1JD/dn2");
        data.Records.Single(r => r.Id == "b2bcna/24MAYAS0100J1JD/cna2").Amends.Should().Be("b2bcn/24MAYAS0100J1JD/cn2");
        data.Records.Single(r => r.Id == "b2ba/24MAYAS0100J1JD/b1a").Amends.Should().Be("b2b/24MAYAS0100J1JD/ab2");
        data.Findings.Where(f => f.Code == GstnFindingCodes.AmendsOriginalMissing).Select(f => f.RecordId)
            .Should().Equal("b2ba/24MAYAS0100J1JD/b1a");
    }

    [SharedFixtureFact]
    public void Read_ImsFixture_StatesEachAssumptionOnce()
    {
        var assumptions = Fixture().Findings.Where(f => f.Code == GstnFindingCodes.Assumption).ToList();

        assumptions.Should().OnlyContain(f => f.Severity == Severity.Info && f.RecordId == null);
        assumptions.Select(f => f.Message).Should().OnlyHaveUniqueItems();
        assumptions.Should().Contain(f => f.Message.Contains("11th", System.StringComparison.Ordinal));
        assumptions.Should().Contain(f => f.Message.Contains("Not Filed", System.StringComparison.Ordinal));
        assumptions.Should().Contain(f => f.Message.Contains("2025-12-12T10:00+05:30", System.StringComparison.Ordinal));
    }

    [SharedFixtureFact]
    public void Read_ImsDetailsWrapper_ReadsTheSameRecords()
    {
        var bare = Fixture();

        var wrapped = ImsInvoiceReader.Read("{\"imsDetails\": " + Fixtures.Read(Fixtures.Ims) + ", \"imsDetailsErr\": {}}", Options).GetValueOrThrow();

        wrapped.Records.Should().Equal(bare.Records);
        wrapped.PortalRecords.Select(p => p.Path).Should().OnlyContain(p => p.StartsWith("$.imsDetails.", System.StringComparison.Ordinal));
        wrapped.Findings.Should().NotContain(f => f.Code == GstnFindingCodes.SectionIgnored);
    }

    [Theory]
    [InlineData("{\"rtin\": \"27AAPFU0939F1ZV\", \"b2b\": [], \"rtnprd\": \"102025\"}")]
    [InlineData("{\"gstin\": \"27AAPFU0939F1ZV\", \"imsDetails\": {\"b2b\": [], \"rtin\": \"x\"}}")]
    public void Read_RecipientAtTheTop_IsNotReportedButOtherKeysAre(string json)
    {
        var data = ImsInvoiceReader.Read(json, Options).GetValueOrThrow();

        var ignored = data.Findings.Where(f => f.Code == GstnFindingCodes.SectionIgnored).Select(f => f.Message).ToList();
        ignored.Should().ContainSingle().Which.Should().MatchRegex(@"\$(\.imsDetails)?\.(rtnprd|rtin) ");
        ImsInvoiceReader.RecipientKeys.Should().Equal("rtin", "gstin");
    }

    [Fact]
    public void Read_MalformedJson_IsUnreadableWithAnErrorFindingNotAnException()
    {
        var data = ImsInvoiceReader.Read("{ \"b2b\": [ { \"stin\": ", Options);

        data.IsRead.Should().BeFalse();
        data.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == GstnFindingCodes.JsonMalformed && f.Severity == Severity.Error && f.Message.Contains("line 1", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongShapes_AreLeftOutWithFindings()
    {
        var data = ImsInvoiceReader.Read("""{ "b2b": { "stin": "x" }, "b2bcn": [ 42 ], "impg": [] }""", Options).GetValueOrThrow();

        data.Records.Should().BeEmpty();
        data.Findings.Where(f => f.Code == GstnFindingCodes.JsonShape).Should().HaveCount(2);
        data.Findings.Should().Contain(f => f.Code == GstnFindingCodes.SectionIgnored && f.Message.Contains("impg", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RowWithoutNumberOrPeriod_IsLeftOutWithAnError()
    {
        var data = ImsInvoiceReader.Read(
            """{ "b2b": [ { "stin": "29AABCT1332L1ZA", "idt": "01-11-2025", "rtnprd": "112025" }, { "stin": "29AABCT1332L1ZA", "inum": "A", "idt": "1/11/2025" } ] }""",
            Options).GetValueOrThrow();

        data.Records.Should().BeEmpty();
        var errors = data.Findings.Where(f => f.Code == GstnFindingCodes.RecordUnreadable).ToList();
        errors.Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Error);
        errors[0].Message.Should().Contain("inum");
        errors[1].Message.Should().Contain("idt").And.Contain("rtnprd");
    }

    [Fact]
    public void Read_MoneyAsTextOrWithManyDecimals_IsReadExactlyOrRoundedWithFindings()
    {
        var data = ImsInvoiceReader.Read(
            """
            { "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "05-11-2025", "rtnprd": "112025", "srcfilstatus": "FILED",
                         "val": "1180.10", "txval": "1000.10", "iamt": 180.005, "camt": 0, "samt": 0, "cess": "" } ] }
            """,
            Options).GetValueOrThrow();

        var record = data.Records.Should().ContainSingle().Subject;
        record.TaxableValue.Should().Be(1000.10m);
        record.Tax.Should().Be(new TaxAmounts(180.01m, 0m, 0m, 0m));
        data.PortalRecords[0].DocumentValue.Should().Be(1180.10m);
        data.Findings.Select(f => f.Code).Should().Contain([GstnFindingCodes.AmountAsText, GstnFindingCodes.AmountRounded]);
    }

    [Theory]
    [InlineData("\"camt\": \"abc\"")]
    [InlineData("\"iamt\": null")]
    [InlineData("\"iamt\": 1e400")]
    [InlineData("\"iamt\": -180")]
    [InlineData("\"txval\": 1000000000000000.01")]
    public void Read_AnAmountThatIsNotOne_IsAnErrorAndTheRecordIsLeftOut(string amount)
    {
        var data = ImsInvoiceReader.Read(
            "{ \"b2b\": [ { \"stin\": \"29AABCT1332L1ZA\", \"inum\": \"A-1\", \"idt\": \"05-11-2025\", \"rtnprd\": \"112025\", " + amount + " } ] }",
            Options).GetValueOrThrow();

        data.Records.Should().BeEmpty();
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.AmountInvalid && f.Severity == Severity.Error)
            .Which.Message.Should().Contain("$.b2b[0]").And.Contain("left out");
    }

    [Theory]
    [InlineData("srcfilstatus", "Submitted")]
    [InlineData("srcform", "R9")]
    [InlineData("inv_typ", "XYZ")]
    [InlineData("action", "Z")]
    [InlineData("ispendactblocked", "maybe")]
    [InlineData("pos", "77")]
    public void Read_AnUnknownCode_IsAnErrorAndTheRecordIsLeftOut(string field, string code)
    {
        var data = ImsInvoiceReader.Read(
            $$"""{ "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "05-11-2025", "rtnprd": "112025", "iamt": 18, "{{field}}": "{{code}}" } ] }""",
            Options).GetValueOrThrow();

        data.Records.Should().BeEmpty();
        data.Actions.Should().BeEmpty();
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.CodeUnknown && f.Severity == Severity.Error)
            .Which.Message.Should().Contain($"$.b2b[0].{field}").And.Contain("expected");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"b2b": null, "b2bcn": null}""")]
    [InlineData("""{"imsDetails": {"hello": []}}""")]
    public void Read_NothingToRead_IsUnreadableWithAWrongKindError(string json)
    {
        var data = ImsInvoiceReader.Read(json, Options);

        data.IsRead.Should().BeFalse();
        data.Findings.Should().Contain(f => f.Code == GstnFindingCodes.WrongKind && f.Severity == Severity.Error)
            .Which.Message.Should().Contain("expected IMS invoice data");
    }

    [Fact]
    public void Read_AGstr2bDownload_IsUnreadableAndSaysItIsOne()
    {
        var data = ImsInvoiceReader.Read("""{"data": {"gstin": "27AAPFU0939F1ZV", "rtnprd": "102025", "docdata": {}}}""", Options);

        data.IsRead.Should().BeFalse();
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.WrongKind).Which.Message.Should().Contain("GSTR-2B download");
    }

    [Theory]
    [InlineData("""{"b2b": [], "b2b": [{"stin": "29AABCT1332L1ZA"}]}""")]
    [InlineData("""{"b2b": [],}""")]
    [InlineData("""{"b2b": [] /* a comment */}""")]
    public void Read_LenientJson_IsMalformed(string json)
    {
        var data = ImsInvoiceReader.Read(json, Options);

        data.IsRead.Should().BeFalse();
        data.Findings.Should().ContainSingle().Which.Code.Should().Be(GstnFindingCodes.JsonMalformed);
        data.Findings[0].Message.Should().Contain("line 1");
    }

    [Fact]
    public void Read_Oct2025Fields_BecomeTheReductionAndRemark()
    {
        var data = ImsInvoiceReader.Read(
            """
            { "b2bcn": [
                { "stin": "29AABCT1332L1ZA", "nt_num": "CN-1", "nt_dt": "05-11-2025", "rtnprd": "112025", "srcform": "R1A", "srcfilstatus": "Filed",
                  "action": "A", "ispendactblocked": "N", "ispendactnallwd": "N", "txval": 1000, "iamt": 180, "itcRedReq": "Y", "declIgst": "90.00", "remarks": "half availed" },
                { "stin": "29AABCT1332L1ZA", "nt_num": "CN-2", "nt_dt": "05-11-2025", "rtnprd": "112025", "srcform": "IFF", "srcfilstatus": "SAVED",
                  "action": "A", "itcRedReq": "N", "iamt": 18 },
                { "stin": "29AABCT1332L1ZA", "nt_num": "CN-3", "nt_dt": "05-11-2025", "rtnprd": "112025", "srcform": "R9", "action": "Z", "iamt": 18 } ] }
            """,
            Options).GetValueOrThrow();

        data.Records.Select(r => r.Form).Should().Equal([SupplierForm.Gstr1A, SupplierForm.Iff], "CN-3's unknown codes leave it out");
        data.Actions.Should().HaveCount(2);
        data.Actions[0].ItcReduction.Should().Be(ItcReduction.Partial(new TaxAmounts(90m, 0m, 0m, 0m)));
        data.Actions[0].Remark.Should().Be("half availed");
        data.Actions[1].ItcReduction.Should().Be(ItcReduction.None);
        data.PortalRecords[0].PendingActionNotAllowed.Should().BeFalse();
        data.Records[1].FiledAt.Should().BeNull();
        data.Findings.Where(f => f.Code == GstnFindingCodes.CodeUnknown).Select(f => f.Message)
            .Should().HaveCount(2).And.Contain(m => m.Contains("srcform", System.StringComparison.Ordinal)).And.Contain(m => m.Contains("action", System.StringComparison.Ordinal));
        data.Findings.Should().Contain(f => f.Code == GstnFindingCodes.Assumption && f.Message.Contains("without srcfilstatus", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ActionsDatedBeforeTheAssumedFiling_Warn()
    {
        var early = Options with { ActionsAt = Ist("2025-12-01") };

        var data = ImsInvoiceReader.Read(
            """{ "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "05-11-2025", "rtnprd": "112025", "srcfilstatus": "Filed", "action": "A" } ] }""",
            early).GetValueOrThrow();

        data.Records[0].FiledAt.Should().Be(Ist("2025-12-11"));
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.ActionBeforeFiling).Which.RecordId.Should().Be("b2b/29AABCT1332L1ZA/A-1");
    }

    [Fact]
    public void Read_FirstDayAfterPeriodAssumption_DatesFilingsOnThe1st()
    {
        var data = ImsInvoiceReader.Read(
            """{ "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "05-11-2025", "rtnprd": "112025", "srcfilstatus": "Filed" } ] }""",
            Options with { FilingInstant = FilingInstantAssumption.FirstDayAfterPeriod }).GetValueOrThrow();

        data.Records[0].FiledAt.Should().Be(Ist("2025-12-01"));
    }

    [Fact]
    public void Read_DuplicateDocuments_GetASuffix()
    {
        var data = ImsInvoiceReader.Read(
            """
            { "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "05-11-2025", "rtnprd": "112025" },
                       { "stin": "29AABCT1332L1ZA", "inum": "A-1", "idt": "06-11-2024", "rtnprd": "112024", "extra": 1 } ] }
            """,
            Options).GetValueOrThrow();

        data.Records.Select(r => r.Id).Should().Equal("b2b/29AABCT1332L1ZA/A-1", "b2b/29AABCT1332L1ZA/A-1#2");
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.DuplicateDocument);
        data.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.FieldIgnored).Which.Message.Should().Contain("extra");
    }

    [SharedFixtureFact]
    public void Read_FromAStream_ReadsTheSameAsFromText()
    {
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Fixtures.Read(Fixtures.Ims)));

        var data = ImsInvoiceReader.Read(stream, Options).GetValueOrThrow();

        data.Records.Should().Equal(Fixture().Records);
        data.Findings.Should().Equal(Fixture().Findings);
    }
}
