using System.Linq;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class EndToEndTests
{
    [SharedFixtureFact]
    public void ImsFixture_ReadIntoACaseAndComputed_RunsWithoutThrowing()
    {
        var data = ImsInvoiceReader.Read(Fixtures.Read(Fixtures.Ims), new ImsReadOptions { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-12-12T10:00") }).GetValueOrThrow();
        var engine = ImsEngine.Create(data.ToCase());

        var statements = engine.ComputeRange(Month("2023-01"), Month("2023-03"));

        statements.Should().HaveCount(3).And.OnlyContain(s => s.Status == StatementStatus.Generated);
        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.RecordSupplierMissing && f.Severity == Severity.Error,
            "the sample's supplier GSTIN 24MAYAS0100J1JD is not the shape of a GSTIN, so the engine leaves its records out");
    }

    [Fact]
    public void ImsData_WithValidGstins_FlowsThroughTheEngineAndBackToGstr2bJson()
    {
        var data = ImsInvoiceReader.Read(
            """
            { "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "INV-1", "idt": "20-10-2025", "rtnprd": "102025", "srcform": "R1",
                         "srcfilstatus": "Filed", "action": "A", "ispendactblocked": "N", "pos": "27", "val": 1180, "txval": 1000, "iamt": 180 } ],
              "b2bcn": [ { "stin": "29AABCT1332L1ZA", "nt_num": "CN-1", "nt_dt": "25-10-2025", "rtnprd": "102025", "srcform": "R1",
                           "srcfilstatus": "Filed", "action": "R", "ispendactblocked": "N", "pos": "27", "val": 118, "txval": 100, "iamt": 18 } ] }
            """,
            new ImsReadOptions { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-11-12T10:00") }).GetValueOrThrow();
        var imsCase = data.ToCase();

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));
        var back = Gstr2bReader.Read(Gstr2bWriter.Write(statement, imsCase).Json).GetValueOrThrow().Statement!;

        statement.Documents.Select(d => (d.RecordId, d.Bucket)).Should().Equal(
            ("b2b/29AABCT1332L1ZA/INV-1", Bucket.ItcAvailable), ("b2bcn/29AABCT1332L1ZA/CN-1", Bucket.ItcRejected));
        back.Documents.Select(d => (d.Section, d.Bucket, d.Itc)).Should().Equal(
            (Section.B2b, Bucket.ItcAvailable, Ims.Rules.TaxAmounts.OfIgst(180m)), (Section.Cdnr, Bucket.ItcRejected, Ims.Rules.TaxAmounts.Zero));
        PendingFlagCheck.Compare(data, ImsEngine.Create(imsCase)).Should().BeEmpty();
    }
}
