using System.Linq;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S15–S20: records that could not be kept Pending before Oct-2025 (R22).</summary>
public sealed class PendingRestrictionScenarioTests
{
    private static readonly System.Collections.Generic.Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-08");

    [Fact]
    public void S15_R22_R45_R47_OriginalCreditNotePendingInJan2025_IsBlockedAndDeemedAccepted()
    {
        var imsCase = Case([CreditNote("cn-1", "2025-02-11T18:00")], [Pending("cn-1", "2025-02-12T10:00")], Filed);

        var statement = ImsEngine.Compute(imsCase, Month("2025-01"), Ist("2025-02-15"));

        statement.Doc("cn-1").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("cn-1").Itc.Igst.Should().Be(-1800m);
        statement.Doc("cn-1").Rules.Should().StartWith(["R11", "R12", "R22"]).And.Contain("R45");
        statement.Findings.Should().ContainSingle(f => f.Code == FindingCodes.PendingBlocked && f.RecordId == "cn-1")
            .Which.Message.Should().Contain("R22");
        statement.Summary.Gstr3b.Table4B2.Igst.Should().Be(1800m);
    }

    [Fact]
    public void S15_R22_R45_R47_OriginalCreditNoteRejected_LeavesItcAndRaisesSupplierLiabilityInALaterPeriod()
    {
        var imsCase = Case([CreditNote("cn-1", "2025-02-11T18:00")], [Reject("cn-1", "2025-02-12T10:00")], Filed);

        var statement = ImsEngine.Compute(imsCase, Month("2025-01"));

        statement.Doc("cn-1").Bucket.Should().Be(Bucket.ItcRejected);
        statement.Doc("cn-1").Itc.IsZero.Should().BeTrue();
        statement.SupplierEffects.Should().ContainSingle().Which.Should().Be(
            new SupplierEffect("cn-1", Supplier, SupplierEffectKind.LiabilityIncrease, Ims.Rules.TaxAmounts.OfIgst(1800m), Month("2025-02")));
    }

    [Fact]
    public void S16_R22_R41_UpwardAmendmentOfCreditNote_CannotBePendingAndReducesByTheDelta()
    {
        var original = CreditNote("cn-2", "2025-01-11T18:00", 1000m);
        var amended = Amendment(original, "cn-2a", "2025-04-10T18:00", 1500m);
        var imsCase = Case([original, amended], [Accept("cn-2", "2025-01-12T10:00"), Pending("cn-2a", "2025-04-10T19:00")], Filed);

        var march = ImsEngine.Compute(imsCase, Month("2025-03"));

        march.Doc("cn-2a").Section.Should().Be(Section.Cdnra);
        march.Doc("cn-2a").Itc.Igst.Should().Be(-500m);
        march.Doc("cn-2a").Rules.Should().Contain(["R39", "R41", "R42"]);
        march.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked && f.Message.Contains("R22b"));
    }

    [Fact]
    public void S17_R22_R42_DownwardAmendmentOfRejectedCreditNote_CannotBePendingAndReducesByTheFullAmendedValue()
    {
        var original = CreditNote("cn-3", "2025-02-10T18:00", 1000m);
        var amended = Amendment(original, "cn-3a", "2025-03-10T18:00", 600m);
        var imsCase = Case([original, amended], [Reject("cn-3", "2025-02-12T10:00"), Pending("cn-3a", "2025-03-10T19:00")], Filed);

        var february = ImsEngine.Compute(imsCase, Month("2025-02"));

        february.Doc("cn-3a").Itc.Igst.Should().Be(-600m);
        february.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked && f.Message.Contains("R22c"));
        february.SupplierEffects.Should().ContainSingle(e => e.RecordId == "cn-3a" && e.Effect == SupplierEffectKind.LiabilityDecrease);
    }

    [Fact]
    public void S18_R22_R44_R47_DownwardAmendmentOfAcceptedInvoiceAfterGstr3b_CannotBePendingAndReducesByTheDelta()
    {
        var original = Invoice("inv-k", "2025-01-10T18:00", 10000m);
        var amended = Amendment(original, "inv-ka", "2025-03-10T18:00", 8000m);
        var imsCase = Case([original, amended], [Accept("inv-k", "2025-01-11T10:00"), Pending("inv-ka", "2025-03-10T19:00")], Filed);

        var february = ImsEngine.Compute(imsCase, Month("2025-02"));

        february.Doc("inv-ka").Section.Should().Be(Section.B2ba);
        february.Doc("inv-ka").Itc.Igst.Should().Be(-2000m);
        february.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked && f.Message.Contains("R22d"));
        february.Summary.Gstr3b.Table4B2.Igst.Should().Be(2000m);
    }

    [Fact]
    public void S18_R22_R44_R47_DownwardAmendmentRejected_RaisesSupplierLiabilityByTheDelta()
    {
        var original = Invoice("inv-k", "2025-01-10T18:00", 10000m);
        var amended = Amendment(original, "inv-ka", "2025-03-10T18:00", 8000m);
        var imsCase = Case([original, amended], [Accept("inv-k", "2025-01-11T10:00"), Reject("inv-ka", "2025-03-10T19:00")], Filed);

        var february = ImsEngine.Compute(imsCase, Month("2025-02"));

        february.Doc("inv-ka").Bucket.Should().Be(Bucket.ItcRejected);
        february.SupplierEffects.Should().ContainSingle().Which.Amount.Igst.Should().Be(2000m);
    }

    [Fact]
    public void S19_R2_R22_DownwardAmendmentOfAcceptedEcoDocument_CannotBePendingBeforeOct2025()
    {
        var original = Invoice("eco-1", "2025-05-10T18:00", 1000m) with { Eco = true };
        var amended = Amendment(original, "eco-1a", "2025-07-10T18:00", 700m);
        var imsCase = Case([original, amended], [Pending("eco-1a", "2025-07-10T19:00")], Filed);

        var june = ImsEngine.Compute(imsCase, Month("2025-06"));

        june.Doc("eco-1a").Section.Should().Be(Section.Ecoma);
        june.Doc("eco-1a").Itc.Igst.Should().Be(-300m);
        june.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked && f.Message.Contains("R22e"));
    }

    [Fact]
    public void S20_R44_UpwardAmendmentOfAcceptedInvoice_MayBePendingAndAddsTheDeltaWhenAccepted()
    {
        var original = Invoice("inv-l", "2025-01-10T18:00", 10000m);
        var amended = Amendment(original, "inv-la", "2025-04-10T18:00", 13000m);
        var imsCase = Case([original, amended], [Accept("inv-l", "2025-01-11T10:00"), Pending("inv-la", "2025-04-10T19:00"), Accept("inv-la", "2025-04-16T10:00")], Filed);
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-03")).Carries("inv-la").Should().BeTrue();
        var march = engine.Compute(Month("2025-03"), Ist("2025-04-17"));
        march.Doc("inv-la").Itc.Igst.Should().Be(3000m);
        march.Findings.Should().NotContain(f => f.Code == FindingCodes.PendingBlocked);
    }
}
