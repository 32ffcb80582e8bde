using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class ImsActionUploadTests
{
    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Build_PendingOnAnOriginalCreditNoteInAJan2025Period_IsRefused()
    {
        var creditNote = Invoice("cn", "CN-1", "2025-02-10T18:00") with { Kind = RecordKind.CreditNote };
        var engine = ImsEngine.Create(Case([creditNote]));

        var payload = ImsActionUpload.Build(engine, [Act("cn", ActionKind.Pending, "2025-02-12T10:00")]);

        payload.Included.Should().BeEmpty();
        var finding = payload.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(GstnFindingCodes.UploadPendingBlocked);
        finding.Severity.Should().Be(Severity.Warning);
        finding.RecordId.Should().Be("cn");
        finding.Message.Should().Contain("original credit note").And.Contain("R22");
        using var json = JsonDocument.Parse(payload.Json);
        Keys(json.RootElement.GetProperty("invdata")).Should().BeEmpty();
    }

    [Fact]
    public void Build_AnActionOutOfRangeOrAHugeReduction_IsLeftOutWithAnError()
    {
        var engine = ImsEngine.Create(Case([Invoice("inv", "INV-1", "2025-11-10T18:00"), Invoice("inv2", "INV-2", "2025-11-10T18:00")]));
        var huge = Act("inv2", ActionKind.Accept, "2025-11-12T10:00") with { ItcReduction = ItcReduction.Partial(new TaxAmounts(decimal.MaxValue, decimal.MaxValue, 0m, 0m)) };

        var payload = ImsActionUpload.Build(engine, [Act("inv", (ActionKind)9, "2025-11-12T10:00"), huge]);

        payload.Included.Should().BeEmpty();
        payload.Findings.Where(f => f.Severity == Ims.Rules.Severity.Error).Select(f => f.RecordId).Should().BeEquivalentTo(["inv", "inv2"]);
    }

    [Fact]
    public void Build_PendingOnAnInvoice_IsSent()
    {
        var engine = ImsEngine.Create(Case([Invoice("inv", "INV-1", "2025-02-10T18:00")]));

        var payload = ImsActionUpload.Build(engine, [Act("inv", ActionKind.Pending, "2025-02-12T10:00")]);

        payload.Included.Should().ContainSingle().Which.Action.Should().Be(ActionKind.Pending);
        using var json = JsonDocument.Parse(payload.Json);
        json.RootElement.GetProperty("invdata").GetProperty("b2b")[0].GetProperty("action").GetString().Should().Be("P");
    }

    [Fact]
    public void Build_AcceptAndReject_WritesRowsInThePortalsShape()
    {
        var invoice = Invoice("inv", "INV-1", "2025-11-10T18:00");
        var creditNote = Invoice("cn", "CN-1", "2025-11-10T18:00", 36m) with { Kind = RecordKind.CreditNote };
        var engine = ImsEngine.Create(Case([invoice, creditNote]));

        var payload = ImsActionUpload.Build(engine, [
            Act("inv", ActionKind.Accept, "2025-11-12T10:00", remark: "checked"),
            Act("cn", ActionKind.Reject, "2025-11-12T10:00"),
        ]);

        payload.Included.Select(a => a.RecordId).Should().Equal("cn", "inv");
        using var json = JsonDocument.Parse(payload.Json);
        var root = json.RootElement;
        Keys(root).Should().Equal("rtin", "reqtyp", "invdata");
        root.GetProperty("rtin").GetString().Should().Be("27AAPFU0939F1ZV");
        root.GetProperty("reqtyp").GetString().Should().Be("SAVE");
        Keys(root.GetProperty("invdata")).Should().Equal("b2b", "b2bcn");
        var row = root.GetProperty("invdata").GetProperty("b2b")[0];
        Keys(row).Should().Equal("stin", "inv_typ", "srcform", "rtnprd", "inum", "idt", "val", "pos", "txval", "iamt", "camt", "samt", "cess", "action", "remarks");
        row.GetProperty("stin").GetString().Should().Be("29AABCT1332L1ZA");
        row.GetProperty("rtnprd").GetString().Should().Be("102025");
        row.GetProperty("idt").GetString().Should().Be("21-10-2025");
        row.GetProperty("val").GetRawText().Should().Be("1980.00");
        row.GetProperty("action").GetString().Should().Be("A");
        var note = root.GetProperty("invdata").GetProperty("b2bcn")[0];
        note.GetProperty("nt_num").GetString().Should().Be("CN-1");
        note.GetProperty("action").GetString().Should().Be("R");
        payload.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.Assumption);
    }

    [Fact]
    public void Build_RejectOnABillOfEntry_IsRefused()
    {
        var imsCase = SampleCase.Create();
        var billOfEntry = imsCase.Records.Single(r => r.Kind == RecordKind.BillOfEntry && !r.Sez);

        var payload = ImsActionUpload.Build(ImsEngine.Create(imsCase), [
            Act(billOfEntry.Id, ActionKind.Reject, "2025-12-12T10:00"),
            Act(SampleCase.Id(Ims.Rules.Section.Isd, SampleCase.Distributor.ToString(), "ISD-1"), ActionKind.Accept, "2025-12-12T10:00"),
        ]);

        payload.Included.Should().BeEmpty();
        payload.Findings.Select(f => f.Code).Should().BeEquivalentTo([GstnFindingCodes.UploadRejectBillOfEntry, GstnFindingCodes.UploadNotInIms]);
    }

    [Fact]
    public void Build_AcceptOnABillOfEntry_IsWrittenUnderImpgWithTheAssumptionStated()
    {
        var imsCase = SampleCase.Create();
        var billOfEntry = imsCase.Records.Single(r => r.Kind == RecordKind.BillOfEntry && !r.Sez);

        var payload = ImsActionUpload.Build(ImsEngine.Create(imsCase), [Act(billOfEntry.Id, ActionKind.Accept, "2025-12-12T10:00")]);

        using var json = JsonDocument.Parse(payload.Json);
        var row = json.RootElement.GetProperty("invdata").GetProperty("impg")[0];
        Keys(row).Should().Equal("portcode", "boenum", "boedt", "refdt", "isamd", "txval", "iamt", "cess", "action");
        row.GetProperty("cess").GetRawText().Should().Be("12.50");
        payload.Findings.Should().ContainSingle(f => f.Code == GstnFindingCodes.Assumption && f.Message.Contains("impg", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AcceptWithAPartialReduction_WritesTheDeclaration()
    {
        var creditNote = Invoice("cn", "CN-1", "2025-11-10T18:00", 36m) with { Kind = RecordKind.CreditNote };
        var engine = ImsEngine.Create(Case([creditNote]));

        var payload = ImsActionUpload.Build(engine, [
            Act("cn", ActionKind.Accept, "2025-11-12T10:00", ItcReduction.Partial(TaxAmounts.OfIgst(12m)), "a third was availed"),
        ]);

        using var json = JsonDocument.Parse(payload.Json);
        var row = json.RootElement.GetProperty("invdata").GetProperty("b2bcn")[0];
        row.GetProperty("itcRedReq").GetString().Should().Be("Y");
        row.GetProperty("declIgst").GetRawText().Should().Be("12.00");
        row.GetProperty("declCgst").GetRawText().Should().Be("0.00");
        row.GetProperty("remarks").GetString().Should().Be("a third was availed");
    }

    [Fact]
    public void Build_WithThePortalsData_EchoesHashValueAndPreviousStatus()
    {
        var data = ImsInvoiceReader.Read(
            """
            { "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "INV-9", "idt": "05-11-2025", "rtnprd": "112025", "srcfilstatus": "Filed",
                         "action": "N", "val": 1234.5, "txval": 1000, "iamt": 180, "hash": "abc123" } ] }
            """,
            new ImsReadOptions { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-12-12T09:00") }).GetValueOrThrow();
        var engine = ImsEngine.Create(data.ToCase());
        var id = data.Records[0].Id;

        var payload = ImsActionUpload.Build(engine, [Act(id, ActionKind.Reject, "2025-12-12T10:00")], data);

        using var json = JsonDocument.Parse(payload.Json);
        var row = json.RootElement.GetProperty("invdata").GetProperty("b2b")[0];
        row.GetProperty("val").GetRawText().Should().Be("1234.50");
        row.GetProperty("prev_status").GetString().Should().Be("N");
        row.GetProperty("hash").GetString().Should().Be("abc123");
        payload.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Build_NoActionSupersededAndUnknownRecords_AreLeftOutWithFindings()
    {
        var engine = ImsEngine.Create(Case([Invoice("a", "A", "2025-11-10T18:00"), Invoice("b", "B", "2025-11-10T18:00")]));

        var payload = ImsActionUpload.Build(engine, [
            Act("a", ActionKind.Reject, "2025-11-12T10:00"),
            Act("a", ActionKind.Accept, "2025-11-13T10:00"),
            Act("b", ActionKind.NoAction, "2025-11-12T10:00"),
            Act("zz", ActionKind.Accept, "2025-11-12T10:00"),
        ]);

        payload.Included.Should().ContainSingle().Which.Should().Match<ImsAction>(a => a.RecordId == "a" && a.Action == ActionKind.Accept);
        payload.Findings.Select(f => f.Code).Should().Contain([
            GstnFindingCodes.UploadSuperseded, GstnFindingCodes.UploadNoAction, GstnFindingCodes.UploadUnknownRecord]);
    }

    [Fact]
    public void Build_ActionsOnRecordsThatBypassIms_AreRefusedWithTheRule()
    {
        var placeOfSupply = Invoice("pos", "POS-1", "2025-11-10T18:00") with { PlaceOfSupply = Ims.Rules.StateCode.Parse("29") };
        var preIms = Invoice("old", "OLD-1", "2024-08-10T18:00");
        var billOfEntry = SampleCase.Create().Records.Single(r => r.Kind == RecordKind.BillOfEntry && !r.Sez) with
        {
            Id = "boe",
            ReferenceDate = Date("2025-09-20"),
        };
        var engine = ImsEngine.Create(Case([placeOfSupply, preIms, billOfEntry]));

        var payload = ImsActionUpload.Build(engine, [
            Act("pos", ActionKind.Accept, "2025-11-12T10:00"),
            Act("old", ActionKind.Reject, "2025-11-12T10:00"),
            Act("boe", ActionKind.Accept, "2025-11-12T10:00"),
        ]);

        payload.Included.Should().BeEmpty();
        payload.Findings.Should().HaveCount(3).And.OnlyContain(f => f.Code == GstnFindingCodes.UploadNotInIms);
        payload.Findings.Select(f => (f.RecordId, f.Message)).Should().Satisfy(
            f => f.RecordId == "boe" && f.Message.Contains("R7", System.StringComparison.Ordinal),
            f => f.RecordId == "old" && f.Message.Contains("R6", System.StringComparison.Ordinal),
            f => f.RecordId == "pos" && f.Message.Contains("R3", System.StringComparison.Ordinal));
    }
}
