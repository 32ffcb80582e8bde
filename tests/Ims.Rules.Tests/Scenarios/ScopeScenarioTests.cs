using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S1–S9: what enters IMS and what bypasses it.</summary>
public sealed class ScopeScenarioTests
{
    [Fact]
    public void S1_R1_R16_FirstImsStatement_IsGeneratedOn14Nov2024WithTheAction()
    {
        var saved = Invoice("inv-a", "2024-11-10T18:00") with { SavedAt = Ist("2024-10-20T10:00") };
        var imsCase = Case([saved], [Reject("inv-a", "2024-11-05T10:00")], FiledMonthly("2024-04", "2024-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2024-10"));

        statement.RuleSet.Should().Be(RuleSet.Ims2024);
        statement.AsOf.Should().Be(Ist("2024-11-14"));
        statement.Doc("inv-a").Bucket.Should().Be(Bucket.ItcRejected);
    }

    [Fact]
    public void S1_R1_R16_ActionChangedAfterDraft_CountsInRecomputeUntilGstr3bFiled()
    {
        var filings = FiledMonthly("2024-04", "2024-10");
        var saved = Invoice("inv-a", "2024-11-10T18:00") with { SavedAt = Ist("2024-10-20T10:00") };
        var imsCase = Case([saved], [Reject("inv-a", "2024-11-05T10:00"), Accept("inv-a", "2024-11-16T10:00")], filings);

        var draft = ImsEngine.Compute(imsCase, Month("2024-10"));
        var final = ImsEngine.Compute(imsCase, Month("2024-10"), Ist("2025-01-01"));

        draft.Doc("inv-a").Bucket.Should().Be(Bucket.ItcRejected);
        final.AsOf.Should().Be(Ist("2024-11-20T17:00"));
        final.Doc("inv-a").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void S2_R6_PreImsRecord_StaysInItsPreImsStatementAndIgnoresActions()
    {
        var imsCase = Case([Invoice("old", "2024-10-11T18:00")], [Reject("old", "2024-10-20T10:00")], FiledMonthly("2024-04", "2024-08"));

        var statement = ImsEngine.Compute(imsCase, Month("2024-09"), Ist("2024-10-25"));

        statement.RuleSet.Should().Be(RuleSet.PreIms);
        statement.Doc("old").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("old").Rules.Should().Contain("R6");
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionBeforeIms && f.RecordId == "old");
    }

    [Fact]
    public void S3_R3_IntraStateSupplyToOtherStateRecipient_IsItcNotAvailableReasonP()
    {
        var hotel = Invoice("hotel", "2025-11-10T18:00") with { PlaceOfSupply = StateCode.Parse("29"), Tax = TaxAmounts.OfCgstSgst(900) };
        var imsCase = Case([hotel], [Accept("hotel", "2025-11-11T10:00")], FiledMonthly("2025-04", "2025-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        var document = statement.Doc("hotel");
        document.Bucket.Should().Be(Bucket.ItcNotAvailable);
        document.Reason.Should().Be(NotAvailableReason.PlaceOfSupply);
        document.Rules.Should().StartWith(["R3"]);
        statement.Summary.Gstr3b.Table4D2.Should().Be(TaxAmounts.OfCgstSgst(900));
        statement.Summary.Gstr3b.Table4A5.Should().Be(TaxAmounts.Zero);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionOnBypassedRecord && f.RecordId == "hotel");
    }

    [Fact]
    public void S4_R36_InvoiceFiledAfterSeptemberReturnOfFy2020_21_IsItcNotAvailableReasonC()
    {
        var late = Invoice("late", "2021-11-05T10:00", date: "2021-02-10");
        var statement = ImsEngine.Compute(Case([late]), Month("2021-10"));

        statement.Doc("late").Bucket.Should().Be(Bucket.ItcNotAvailable);
        statement.Doc("late").Reason.Should().Be(NotAvailableReason.TimeLimit);
        statement.Summary.Gstr3b.Table4D2.Igst.Should().Be(1800m);
    }

    [Fact]
    public void S4_R36_Fy2024_25InvoiceFirstFiledAfter30Nov2025_IsItcNotAvailableReasonC()
    {
        var late = Invoice("late", "2025-12-05T10:00", date: "2025-03-10");
        var onTime = Invoice("on-time", "2025-11-30T10:00", date: "2025-03-10");
        var imsCase = Case([late, onTime], gstr3b: FiledMonthly("2025-04", "2025-10"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-11"));

        statement.Doc("late").Reason.Should().Be(NotAvailableReason.TimeLimit);
        statement.Doc("late").Rules.Should().Contain(["R3", "R36"]);
        statement.Doc("on-time").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void S5_R4_ReverseChargeInvoice_BypassesImsIntoTable4A3()
    {
        var rcm = Invoice("rcm", "2025-11-10T18:00") with { ReverseCharge = true };
        var imsCase = Case([rcm], [Reject("rcm", "2025-11-11T10:00")], FiledMonthly("2025-04", "2025-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        statement.Doc("rcm").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("rcm").ReverseCharge.Should().BeTrue();
        statement.Doc("rcm").Rules.Should().StartWith(["R4"]);
        statement.Summary.Gstr3b.Table4A3.Igst.Should().Be(1800m);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionOnBypassedRecord);
    }

    [Fact]
    public void S6_R4_IsdDocuments_GoToIsdWithCreditNotesReducingAndIneligibleNotAvailable()
    {
        InwardRecord Isd(string id, RecordKind kind, decimal igst, bool eligible = true) =>
            Invoice(id, "2025-11-12T10:00", igst) with { Kind = kind, Form = SupplierForm.Gstr6, ItcEligible = eligible };
        var imsCase = Case(
            [Isd("isdi", RecordKind.IsdInvoice, 1000), Isd("isdc", RecordKind.IsdCreditNote, 200), Isd("isdn", RecordKind.IsdInvoice, 300, eligible: false)],
            gstr3b: FiledMonthly("2025-04", "2025-09"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-10"));

        statement.Doc("isdi").Section.Should().Be(Section.Isd);
        statement.Doc("isdc").Itc.Igst.Should().Be(-200m);
        statement.Doc("isdn").Bucket.Should().Be(Bucket.ItcNotAvailable);
        statement.Doc("isdn").Reason.Should().BeNull();
        statement.Summary.Gstr3b.Table4A4.Igst.Should().Be(800m);
        statement.Summary.Gstr3b.Table4D2.Should().Be(TaxAmounts.Zero);
    }

    [Fact]
    public void S7_R4_Gstr5Invoice_BypassesImsIntoB2b()
    {
        var nrtp = Invoice("nrtp", "2025-11-13T10:00") with { Form = SupplierForm.Gstr5 };
        var statement = ImsEngine.Compute(Case([nrtp], gstr3b: FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        statement.Doc("nrtp").Section.Should().Be(Section.B2b);
        statement.Doc("nrtp").Rules.Should().StartWith(["R4"]);
    }

    [Fact]
    public void S8_R4_R7_BillOfEntryBeforeOct2025_BypassesImsIntoImpg()
    {
        var statement = ImsEngine.Compute(Case([BillOfEntry("boe", "2025-09-05")], gstr3b: FiledMonthly("2025-04", "2025-08")), Month("2025-09"));

        statement.Doc("boe").Section.Should().Be(Section.Impg);
        statement.Doc("boe").Rules.Should().StartWith(["R4"]);
        statement.Summary.Gstr3b.Table4A1.Igst.Should().Be(50000m);
    }

    [Fact]
    public void S8_R4_R7_BillOfEntryFromOct2025_IsInImsAndDeemedAccepted()
    {
        var statement = ImsEngine.Compute(Case([BillOfEntry("boe", "2025-10-05")], gstr3b: FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        statement.Doc("boe").Section.Should().Be(Section.Impg);
        statement.Doc("boe").Rules.Should().Contain(["R11", "R12", "R7"]);
        statement.Summary.Gstr3b.Table4A1.Igst.Should().Be(50000m);
    }

    [Fact]
    public void S9_R9_SavedRecordRejectedBeforeFiling_IsRejectedOnceFiled()
    {
        var saved = Invoice("inv-b", "2025-11-11T10:00") with { SavedAt = Ist("2025-11-05T10:00") };
        var imsCase = Case([saved], [Reject("inv-b", "2025-11-06T10:00")], FiledMonthly("2025-04", "2025-09"));

        ImsEngine.Compute(imsCase, Month("2025-10")).Doc("inv-b").Bucket.Should().Be(Bucket.ItcRejected);
    }

    [Fact]
    public void S9_R9_SavedRecordNeverFiled_IsInNoStatement()
    {
        var saved = Invoice("inv-b", "2025-11-11T10:00") with { SavedAt = Ist("2025-11-05T10:00"), FiledAt = null };
        var engine = ImsEngine.Create(Case([saved], [Reject("inv-b", "2025-11-06T10:00")], FiledMonthly("2025-04", "2025-09")));

        engine.Compute(Month("2025-10")).Documents.Should().BeEmpty();
        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.RecordNotFiled && f.RecordId == "inv-b");
    }
}
