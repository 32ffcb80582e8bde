using System;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;
using NodaTime;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class ConvertCommandTests : IDisposable
{
    private const string Recipient = "27AAPFU0939F1ZV";

    private readonly TempFolder _folder = new();

    private static string Ims => Repository.GstnFixture("test_ims.json");

    private static string Gstr2bV3 => Repository.GstnFixture("test_gstr_2b_v3_0.json");

    private static string Gstr2bV4 => Repository.GstnFixture("test_gstr_2b_v4_0.json");

    private static string OwnIms => PortalFixtures.Own("ims-invoices.json");

    private static string OwnGstr2bV4 => PortalFixtures.Own("gstr2b-v4.json");

    [Fact]
    public void Run_ConvertOwnImsFixture_PrintsACaseTheCaseReaderReads()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", OwnIms, "--gstin", Recipient, "--period", "2025-10");

        run.Exit.Should().Be(0, run.ToString());
        var read = CaseReader.Read(run.Out);
        read.Findings.Should().BeEmpty();
        var imsCase = read.GetValueOrThrow();
        imsCase.Recipient.Gstin.Should().Be(Gstin.Parse(Recipient));
        imsCase.Records.Should().HaveCount(9);
        imsCase.Actions.Should().HaveCount(9).And.OnlyContain(a => a.At == Ist(2025, 11, 13, 23, 59));
    }

    [Fact]
    public void Run_ConvertOwn2bV4Fixture_PrintsAResultTheResultReaderReads()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", OwnGstr2bV4);

        run.Exit.Should().Be(0, run.ToString());
        var statement = ResultReader.Read(run.Out).GetValueOrThrow();
        statement.Period.Should().Be(ReturnPeriod.Month(2025, 10));
        statement.Documents.Should().HaveCount(7);
        statement.Documents.Single(d => d.RecordId == "impg/INNSA1/7654321").SupplierGstin.Should().BeNull();
        statement.Documents.Count(d => d.Bucket == Bucket.ItcRejected).Should().Be(1);
    }

    [SharedFixtureFact]
    public void Run_ConvertImsFixture_PrintsACaseTheCaseReaderReads()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", Ims, "--gstin", Recipient);

        run.Exit.Should().Be(0, run.ToString());
        var read = CaseReader.Read(run.Out);
        read.Findings.Should().BeEmpty();
        var imsCase = read.GetValueOrThrow();
        imsCase.Recipient.Gstin.Should().Be(Gstin.Parse(Recipient));
        imsCase.Records.Select(r => r.Id).Should().Equal(
            "b2b/24MAYAS0100J1JD/b1", "b2ba/24MAYAS0100J1JD/b1a", "b2bdn/24MAYAS0100J1JD/dn2",
            "b2bdna/24MAYAS0100J1JD/dna2", "b2bcn/24MAYAS0100J1JD/cn2", "b2bcna/24MAYAS0100J1JD/cna2");
        imsCase.Actions.Should().HaveCount(6).And.OnlyContain(a => a.Action == ActionKind.Accept);
    }

    [SharedFixtureFact]
    public void Run_ConvertImsFixture_PutsTheReadersFindingsOnStandardError()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", Ims, "--gstin", Recipient);

        run.Err.Should().Contain("test_ims.json: INFO GSTN-ASSUMPTION")
            .And.Contain("every action is dated 2023-02-13T23:59+05:30")
            .And.Contain("WARNING GSTN-GSTIN-MALFORMED b2b/24MAYAS0100J1JD/b1")
            .And.Contain("WARNING GSTN-AMENDS-ORIGINAL-MISSING");
        run.Out.Should().NotContain("GSTN-");
    }

    [SharedFixtureFact]
    public void Run_ConvertImsWithoutPeriodOrInstant_DatesTheActionsJustBeforeTheLatestPeriodsStatement()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", Ims, "--gstin", Recipient);

        var actions = CaseReader.Read(run.Out).GetValueOrThrow().Actions;
        actions.Should().OnlyContain(a => a.At == Ist(2023, 2, 13, 23, 59), "the data's latest rtnprd is 012023, whose GSTR-2B is generated on 14-02-2023");
    }

    [SharedFixtureFact]
    public void Run_ConvertImsWithAPeriod_DatesTheActionsJustBeforeThatPeriodsStatement()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", Ims, "--gstin", Recipient, "--period", "2023-03");

        run.Exit.Should().Be(0, run.ToString());
        CaseReader.Read(run.Out).GetValueOrThrow().Actions.Should().OnlyContain(a => a.At == Ist(2023, 4, 13, 23, 59));
    }

    [SharedFixtureFact]
    public void Run_ConvertImsAtAnInstant_DatesTheActionsThen()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", Ims, "--gstin", Recipient, "--at", "2023-02-12T10:00:00+05:30");

        run.Exit.Should().Be(0, run.ToString());
        CaseReader.Read(run.Out).GetValueOrThrow().Actions.Should().OnlyContain(a => a.At == Ist(2023, 2, 12, 10, 0));
    }

    [Theory]
    [InlineData(null, 11)]
    [InlineData("last-day-of-window", 11)]
    [InlineData("first-day-after-period", 1)]
    public void Run_ConvertImsWithAFilingAssumption_DatesTheFiledRecordsByIt(string? filing, int day)
    {
        string[] arguments = ["convert", "--from", "gstn-ims", OwnIms, "--gstin", Recipient];
        var run = CliRun.Of(filing is null ? arguments : [.. arguments, "--filing", filing]);

        var debitNote = CaseReader.Read(run.Out).GetValueOrThrow().Records.Single(r => r.Id == "b2bdn/27AAACI1681G1ZP/DN-7");
        debitNote.FiledAt.Should().Be(Ist(2025, 11, day, 0, 0));
    }

    [Fact]
    public void Run_ConvertImsWithoutGstin_ExitsTwoAskingForIt()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", OwnIms);

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("--gstin");
    }

    [Fact]
    public void Run_ConvertImsNamingItsRecipient_TakesItFromTheData()
    {
        var file = _folder.Write("ims.json", "{ \"rtin\": \"" + Recipient + "\", \"b2b\": [] }");

        var run = CliRun.Of("convert", "--from", "gstn-ims", file);

        run.Exit.Should().Be(0, run.ToString());
        CaseReader.Read(run.Out).GetValueOrThrow().Recipient.Gstin.Should().Be(Gstin.Parse(Recipient));
        run.Err.Should().NotContain("GSTN-SECTION-IGNORED");
    }

    [Fact]
    public void Run_ConvertMalformedIms_ExitsTwoWithTheLine()
    {
        var file = _folder.Write("broken.json", "{ \"b2b\": [\n  { \"stin\": }\n] }");

        var run = CliRun.Of("convert", "--from", "gstn-ims", file, "--gstin", Recipient);

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("ERROR GSTN-JSON-MALFORMED").And.NotContain("   at ");
    }

    [Fact]
    public void Run_ConvertImsWithAnUnreadableRecord_PrintsTheRestAndExitsOne()
    {
        var file = _folder.Write("partial.json", """
            { "b2b": [
              { "stin": "29AABCT1332L1ZA", "inum": "INV-1", "idt": "15-10-2025", "rtnprd": "102025", "txval": 1000, "iamt": 180, "pos": "27", "action": "A" },
              { "stin": "29AABCT1332L1ZA", "idt": "16-10-2025", "rtnprd": "102025" }
            ] }
            """);

        var run = CliRun.Of("convert", "--from", "gstn-ims", file, "--gstin", Recipient);

        run.Exit.Should().Be(1, run.ToString());
        run.Err.Should().Contain("ERROR GSTN-RECORD-UNREADABLE");
        CaseReader.Read(run.Out).GetValueOrThrow().Records.Select(r => r.Id).Should().Equal("b2b/29AABCT1332L1ZA/INV-1");
    }

    [Theory]
    [InlineData("--gstin", Recipient)]
    [InlineData("--period", "2025-10")]
    [InlineData("--at", "2025-11-12")]
    [InlineData("--filing", "first-day-after-period")]
    public void Run_Convert2bWithAnImsOption_ExitsTwo(string option, string value)
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", OwnGstr2bV4, option, value);

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain(option + " applies to --from gstn-ims only");
    }

    [Theory]
    [InlineData("--from", "gstn-csv")]
    [InlineData("--gstin", "27AAPFU0939")]
    [InlineData("--filing", "tomorrow")]
    public void Run_ConvertWithABadOption_ExitsTwo(string option, string value)
    {
        var arguments = option == "--from"
            ? new[] { "convert", OwnIms, option, value }
            : new[] { "convert", "--from", "gstn-ims", OwnIms, option, value };

        var run = CliRun.Of(arguments);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().StartWith("ims-rules: ");
    }

    [Fact]
    public void Run_ConvertWithPeriodAndInstant_ExitsTwo()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", OwnIms, "--gstin", Recipient, "--period", "2023-01", "--at", "2023-02-12");

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("not both");
    }

    [Fact]
    public void Run_ConvertWithoutFrom_ExitsTwo()
    {
        var run = CliRun.Of("convert", OwnIms, "--gstin", Recipient);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("--from");
    }

    [SharedFixtureFact]
    public void Run_Convert2bV4Fixture_PrintsAResultTheResultReaderReads()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", Gstr2bV4);

        run.Exit.Should().Be(0, run.ToString());
        var read = ResultReader.Read(run.Out);
        read.Findings.Should().NotContain(f => f.Severity == Severity.Error);
        var statement = read.GetValueOrThrow();
        statement.Period.Should().Be(ReturnPeriod.Month(2020, 3));
        statement.Documents.Should().HaveCount(24);
        var invoice = statement.Documents.Single(d => d.RecordId == "b2b/01AABCE2207R1Z5/S008400");
        invoice.Bucket.Should().Be(Bucket.ItcNotAvailable);
        invoice.Reason.Should().Be(NotAvailableReason.PlaceOfSupply);
        invoice.SupplierGstin.Should().Be(Gstin.ParseAllowingBadCheckCharacter("01AABCE2207R1Z5"));
        invoice.Number.Should().Be("S008400");
        invoice.Date.Should().Be(new LocalDate(2016, 11, 24));
        statement.Documents.Single(d => d.RecordId == "impg/18272A/2566282").SupplierGstin.Should().BeNull();
        statement.Documents.Count(d => d.Bucket == Bucket.ItcRejected).Should().Be(12);
    }

    [SharedFixtureFact]
    public void Run_Convert2bV4Fixture_PutsTheReadersFindingsOnStandardErrorAndInTheResult()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", Gstr2bV4);

        run.Err.Should().Contain("test_gstr_2b_v4_0.json: WARNING GSTN-GSTIN-CHECK-CHARACTER")
            .And.Contain("INFO GSTN-SUMMARY-MISMATCH");
        JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()).Should().Contain("GSTN-DUPLICATE-DOCUMENT");
    }

    [SharedFixtureFact]
    public void Run_Convert2bV3Fixture_SumsTheItemsIntoAReadableResult()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", Gstr2bV3);

        run.Exit.Should().Be(0, run.ToString());
        run.Err.Should().Contain("INFO GSTN-ITEMS-SUMMED");
        var statement = ResultReader.Read(run.Out).GetValueOrThrow();
        statement.Documents.Should().NotBeEmpty().And.OnlyContain(d => d.Number.Length > 0 && d.Bucket != Bucket.ItcRejected);
        statement.Findings.Should().Contain(f => f.Code == "GSTN-ITEMS-SUMMED");
    }

    [Fact]
    public void Run_Convert2bWithoutReturnPeriod_ExitsTwo()
    {
        var file = _folder.Write("gstr2b.json", "{ \"data\": { \"gstin\": \"" + Recipient + "\", \"docdata\": {} } }");

        var run = CliRun.Of("convert", "--from", "gstn-2b", file);

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("ERROR GSTN-STATEMENT-UNREADABLE");
    }

    [Fact]
    public void Run_ConvertMissingFile_ExitsTwo()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", System.IO.Path.Combine(_folder.Path, "none.json"));

        run.Exit.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Err.Should().StartWith("ims-rules: cannot read");
    }

    public void Dispose() => _folder.Dispose();

    private static Instant Ist(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).WithOffset(IndianTime.Offset).ToInstant();
}
