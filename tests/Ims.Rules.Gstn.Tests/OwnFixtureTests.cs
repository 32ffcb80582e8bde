using System.IO;
using System.Linq;
using Ims.Rules.Gstn.Tests.Support;
using Ims.Rules.Testing;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

/// <summary>The readers over this project's own portal-format fixtures (tests/Fixtures/gstn), which every clone has.</summary>
public sealed class OwnFixtureTests
{
    private static readonly ImsReadOptions Options = new() { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-11-13T18:00") };

    private static ImsInvoiceData Ims() => ImsInvoiceReader.Read(File.ReadAllText(PortalFixtures.Own("ims-invoices.json")), Options).GetValueOrThrow();

    private static Gstr2bDownload V4() => Gstr2bReader.Read(File.ReadAllText(PortalFixtures.Own("gstr2b-v4.json"))).GetValueOrThrow();

    private static Gstr2bDownload V3() => Gstr2bReader.Read(File.ReadAllText(PortalFixtures.Own("gstr2b-v3.json"))).GetValueOrThrow();

    [Fact]
    public void ImsInvoiceReader_OwnFixture_ReadsEverySectionWithoutErrors()
    {
        var data = Ims();

        data.Findings.Should().NotContain(f => f.Severity != Severity.Info, string.Join("\n", data.Findings));
        data.Records.Select(r => r.Id).Should().Equal(
            "b2b/29AABCT1332L1ZA/INV-101", "b2b/27AAACI1681G1ZP/INV-102", "b2b/24AAACR5055K1ZD/INV-103",
            "b2ba/29AABCT1332L1ZA/INV-101R", "b2bdn/27AAACI1681G1ZP/DN-7", "b2bdna/27AAACI1681G1ZP/DN-7R",
            "b2bcn/29AABCT1332L1ZA/CN-3", "b2bcna/29AABCT1332L1ZA/CN-3R", "ecom/07AAGCS4321M1Z7/ECO-55");
        data.Records.Single(r => r.Number == "INV-103").FiledAt.Should().BeNull("srcfilstatus is 'Not Filed'");
        data.Records.Single(r => r.Number == "INV-101R").Amends.Should().Be("b2b/29AABCT1332L1ZA/INV-101");
        data.Records.Single(r => r.Number == "ECO-55").Eco.Should().BeTrue();
    }

    [Fact]
    public void ImsInvoiceReader_OwnFixture_ReadsEachActionAndThePartialReduction()
    {
        var data = Ims();

        data.Actions.Select(a => (a.RecordId, a.Action)).Should().BeEquivalentTo(new[]
        {
            ("b2b/29AABCT1332L1ZA/INV-101", ActionKind.Accept), ("b2b/27AAACI1681G1ZP/INV-102", ActionKind.NoAction),
            ("b2b/24AAACR5055K1ZD/INV-103", ActionKind.NoAction), ("b2ba/29AABCT1332L1ZA/INV-101R", ActionKind.Accept),
            ("b2bdn/27AAACI1681G1ZP/DN-7", ActionKind.Accept), ("b2bdna/27AAACI1681G1ZP/DN-7R", ActionKind.Accept),
            ("b2bcn/29AABCT1332L1ZA/CN-3", ActionKind.Reject), ("b2bcna/29AABCT1332L1ZA/CN-3R", ActionKind.Pending),
            ("ecom/07AAGCS4321M1Z7/ECO-55", ActionKind.Accept),
        });
        data.Actions.Single(a => a.RecordId == "b2bdna/27AAACI1681G1ZP/DN-7R").ItcReduction
            .Should().Be(ItcReduction.Partial(new TaxAmounts(0m, 10m, 10m, 0m)));
    }

    [Fact]
    public void ImsInvoiceReader_OwnFixture_ComputesTheOctoberStatement()
    {
        var data = Ims();

        var statement = ImsEngine.Compute(data.ToCase(), Month("2025-10"));

        statement.Status.Should().Be(StatementStatus.Generated);
        statement.Documents.Should().Contain(d => d.RecordId == "ecom/07AAGCS4321M1Z7/ECO-55" && d.Bucket == Bucket.ItcAvailable);
        statement.Documents.Should().NotContain(d => d.RecordId == "b2b/24AAACR5055K1ZD/INV-103", "a saved-only record enters no statement");
    }

    [Fact]
    public void Gstr2bReader_OwnV4Fixture_ReadsEveryDocumentIntoItsBucket()
    {
        var read = V4();

        read.Statement.Findings.Should().NotContain(f => f.Severity != Severity.Info, string.Join("\n", read.Statement.Findings));
        var statement = read.Statement;
        statement.Gstin.Should().Be(Build.Recipient);
        statement.Period.Should().Be(Month("2025-10"));
        statement.Documents.Select(d => (d.RecordId, d.Bucket)).Should().BeEquivalentTo(new[]
        {
            ("b2b/29AABCT1332L1ZA/INV-101", Bucket.ItcAvailable), ("b2b/27AAACI1681G1ZP/INV-102", Bucket.ItcNotAvailable),
            ("cdnr/29AABCT1332L1ZA/CN-3", Bucket.ItcAvailable), ("ecom/07AAGCS4321M1Z7/ECO-55", Bucket.ItcAvailable),
            ("isd/27AAACI1681G1ZP/ISD-1", Bucket.ItcAvailable), ("impg/INNSA1/7654321", Bucket.ItcAvailable),
            ("b2b/24AAACR5055K1ZD/INV-900", Bucket.ItcRejected),
        });
        statement.Documents.Single(d => d.Number == "CN-3").Itc.Should().Be(TaxAmounts.OfIgst(-360m));
        statement.Documents.Single(d => d.Number == "INV-102").Reason.Should().Be(NotAvailableReason.PlaceOfSupply);
    }

    [Fact]
    public void Gstr2bReader_OwnV4Fixture_PortalSummaryAddsUpToTheDocuments()
    {
        var read = V4();

        read.Statement.Findings.Should().NotContain(f => f.Code == GstnFindingCodes.SummaryMismatch);
        read.Statement.Summary.ItcAvailable.Should().Be(TaxAmounts.OfIgst(10630m));
        read.Statement.Summary.ItcNotAvailable.Should().Be(new TaxAmounts(0m, 450m, 450m, 0m));
    }

    [Fact]
    public void Gstr2bReader_OwnV3Fixture_SumsTheRateWiseItems()
    {
        var read = V3();

        var invoice = read.Statement.Documents.Single();
        invoice.Tax.Should().Be(TaxAmounts.OfIgst(190m));
        read.Documents.Single().TaxableValue.Should().Be(1200m);
        read.Statement.Findings.Should().Contain(f => f.Code == GstnFindingCodes.ItemsSummed);
    }

    [Fact]
    public void Gstr2bWriter_OwnFixtureCase_ReadsBackTheSameDocuments()
    {
        var imsCase = Ims().ToCase();
        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        var back = Gstr2bReader.Read(Gstr2bWriter.Write(statement, imsCase).Json).GetValueOrThrow().Statement;

        back.Documents.Should().HaveCount(statement.Documents.Length);
        back.Summary.ItcAvailable.Should().Be(statement.Summary.ItcAvailable);
    }
}
