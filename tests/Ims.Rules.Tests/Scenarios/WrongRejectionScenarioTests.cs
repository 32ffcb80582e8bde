using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S32–S35: correcting a wrongly rejected record (R50).</summary>
public sealed class WrongRejectionScenarioTests
{
    [Fact]
    public void S32_R50_RejectedInvoiceReReportedUnchangedInGstr1A_GivesFullItcInTheNextOpenStatement()
    {
        var original = Invoice("inv-m", "2026-02-10T18:00", 10000m);
        var reReported = Amendment(original, "inv-m-1a", "2026-02-25T18:00", 10000m) with { Form = SupplierForm.Gstr1A, SupplierPeriod = Month("2026-01") };
        var imsCase = Case([original, reReported], [Reject("inv-m", "2026-02-12T10:00"), Accept("inv-m-1a", "2026-03-01T10:00")], FiledMonthly("2025-04", "2026-01"));
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2026-01")).Doc("inv-m").Bucket.Should().Be(Bucket.ItcRejected);
        var february = engine.Compute(Month("2026-02"));
        february.Doc("inv-m-1a").Itc.Igst.Should().Be(10000m);
        february.Doc("inv-m-1a").Rules.Should().Contain("R31");
        february.SupplierEffects.Should().BeEmpty();
    }

    [Fact]
    public void S33_R50_RejectedInvoiceReReportedInLaterAmendmentTable_GivesFullItcThere()
    {
        var original = Invoice("inv-m", "2026-02-10T18:00", 10000m);
        var reReported = Amendment(original, "inv-m-a", "2026-04-10T18:00", 10000m);
        var imsCase = Case([original, reReported], [Reject("inv-m", "2026-02-12T10:00"), Accept("inv-m-a", "2026-04-11T10:00")], FiledMonthly("2025-04", "2026-02"));

        var march = ImsEngine.Compute(imsCase, Month("2026-03"));

        march.Doc("inv-m-a").Section.Should().Be(Section.B2ba);
        march.Doc("inv-m-a").Itc.Igst.Should().Be(10000m);
        march.SupplierEffects.Should().BeEmpty();
    }

    [Fact]
    public void S34_R50_RejectedCreditNoteReReportedAndAccepted_ReducesItcAndNetsTheSupplierToZero()
    {
        var original = CreditNote("cn-4", "2026-02-10T18:00", 2000m);
        var reReported = Amendment(original, "cn-4a", "2026-04-10T18:00", 2000m);
        var imsCase = Case([original, reReported], [Reject("cn-4", "2026-02-12T10:00"), Accept("cn-4a", "2026-04-11T10:00")], FiledMonthly("2025-04", "2026-02"));
        var engine = ImsEngine.Create(imsCase);

        var january = engine.Compute(Month("2026-01"));
        var march = engine.Compute(Month("2026-03"));

        var increase = january.SupplierEffects.Should().ContainSingle().Subject;
        var decrease = march.SupplierEffects.Should().ContainSingle().Subject;
        march.Doc("cn-4a").Itc.Igst.Should().Be(-2000m);
        increase.Effect.Should().Be(SupplierEffectKind.LiabilityIncrease);
        decrease.Effect.Should().Be(SupplierEffectKind.LiabilityDecrease);
        (increase.Amount - decrease.Amount).Should().Be(TaxAmounts.Zero);
    }

    [Fact]
    public void S35_R15_WronglyRejectedInvoiceAcceptedBeforeGstr3bAndTimeLimit_GetsItc()
    {
        var fy2023 = Invoice("inv", "2024-11-10T18:00", date: "2024-03-15") with { SavedAt = Ist("2024-10-20T10:00") };
        var imsCase = Case([fy2023], [Reject("inv", "2024-11-12T10:00"), Accept("inv", "2024-11-18T10:00")], FiledMonthly("2024-04", "2024-10"));

        var october = ImsEngine.Compute(imsCase, Month("2024-10"), Ist("2024-12-01"));

        october.Doc("inv").Bucket.Should().Be(Bucket.ItcAvailable);
    }
}
