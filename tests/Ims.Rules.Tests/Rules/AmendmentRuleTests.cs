using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Rules;

/// <summary>R40 and R43 as scoped by seed 001 item 7: one period, only the amendment; separate periods, the amendment waits and is not Pending.</summary>
public sealed class AmendmentRuleTests
{
    [Fact]
    public void R40_SameWindowAmendmentRejected_LeavesTheOriginalOutAndGivesNoItc()
    {
        var original = Invoice("inv", "2025-11-05T12:00", 1000m);
        var amended = Amendment(original, "inv-a", "2025-11-08T12:00", 1200m);

        var october = ImsEngine.Compute(Case([original, amended], [Accept("inv", "2025-11-06T10:00"), Reject("inv-a", "2025-11-09T10:00")], FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        october.Has("inv").Should().BeFalse();
        october.Doc("inv-a").Bucket.Should().Be(Bucket.ItcRejected);
        october.Summary.ItcAvailable.IsZero.Should().BeTrue();
    }

    [Fact]
    public void R40_SameWindowChainOfAmendments_CountsOnlyTheLatest()
    {
        var original = Invoice("v0", "2025-11-05T12:00", 1000m);
        var first = Amendment(original, "v1", "2025-11-06T12:00", 1200m);
        var second = Amendment(first, "v2", "2025-11-07T12:00", 900m);

        var october = ImsEngine.Compute(Case([original, first, second], gstr3b: FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        october.Documents.Should().ContainSingle().Which.RecordId.Should().Be("v2");
        october.Doc("v2").Itc.Igst.Should().Be(900m);
    }

    [Fact]
    public void R43_AmendmentHeldForItsOriginal_IsCarriedAsAwaitingOriginalWithNoPendingDeadline()
    {
        var original = Invoice("inv", "2025-11-10T18:00", 1000m);
        var amended = Amendment(original, "inv-a", "2025-12-10T18:00", 1200m);
        var imsCase = Case([original, amended], [Pending("inv", "2025-11-11T10:00")], FiledMonthly("2025-04", "2025-10"));

        var november = ImsEngine.Compute(imsCase, Month("2025-11"));

        var held = november.CarryForward.Should().ContainSingle(c => c.RecordId == "inv-a").Subject;
        held.Reason.Should().Be(CarryForwardReason.AwaitingOriginal);
        held.PendingUntil.Should().BeNull();
        held.TimeBarredAfter.Should().BeNull();
        november.CarryForward.Should().ContainSingle(c => c.RecordId == "inv").Which.Reason.Should().Be(CarryForwardReason.Pending);
    }

    [Fact]
    public void R37_R43_AmendmentAwaitingItsOriginal_IsNeverPushedToNotAvailableByItsDeadline()
    {
        var original = Invoice("inv", "2025-11-10T18:00", 1000m, date: "2025-04-10");
        var amended = Amendment(original, "inv-a", "2025-11-28T18:00", 1200m) with { Date = Date("2025-03-10") };
        var imsCase = Case([original, amended], [Pending("inv", "2025-11-11T10:00")], FiledMonthly("2025-04", "2025-11"));

        var november = ImsEngine.Compute(imsCase, Month("2025-11"));

        november.Has("inv-a").Should().BeFalse();
        november.CarryForward.Should().ContainSingle(c => c.RecordId == "inv-a").Which.Reason.Should().Be(CarryForwardReason.AwaitingOriginal);
    }

    // An invoice accepted in September 2025 (GSTR-3B filed), amended in October to the supplier's own state as place of supply (R3).
    private static Gstr2bStatement AmendedIntoPlaceOfSupply(IneligibleAmendmentPolicy policy)
    {
        var original = Invoice("inv", "2025-10-10T18:00", 1000m);
        var amended = Amendment(original, "inv-a", "2025-11-10T18:00", 1000m) with { PlaceOfSupply = Ims.Rules.StateCode.Parse("29") };
        var imsCase = Case([original, amended], [Accept("inv", "2025-10-11T10:00")], FiledMonthly("2025-04", "2025-10"),
            ImsPolicies.Default with { IneligibleAmendment = policy });
        return ImsEngine.Compute(imsCase, Month("2025-10"));
    }

    [Fact]
    public void R3_R41_InvoiceAmendedIntoThePlaceOfSupplyRule_ReversesTheItcTakenOnTheOriginalByDefault()
    {
        ImsPolicies.Default.IneligibleAmendment.Should().Be(IneligibleAmendmentPolicy.ReverseTaken);

        var october = AmendedIntoPlaceOfSupply(IneligibleAmendmentPolicy.ReverseTaken);

        october.Doc("inv-a").Bucket.Should().Be(Bucket.ItcNotAvailable);
        october.Doc("inv-a").Reason.Should().Be(NotAvailableReason.PlaceOfSupply);
        october.Doc("inv-a").Itc.Igst.Should().Be(1000m);
        october.Doc("inv-a").ItcReversed.Igst.Should().Be(1000m);
        october.Summary.ItcAvailable.Igst.Should().Be(-1000m);
        october.Summary.Gstr3b.Table4B2.Igst.Should().Be(1000m);
        october.Summary.Gstr3b.Table4D2.Igst.Should().Be(1000m);
    }

    [Fact]
    public void R3_R41_InvoiceAmendedIntoThePlaceOfSupplyRule_KeepTakenPolicy_LeavesTheItcTaken()
    {
        var october = AmendedIntoPlaceOfSupply(IneligibleAmendmentPolicy.KeepTaken);

        october.Doc("inv-a").Bucket.Should().Be(Bucket.ItcNotAvailable);
        october.Doc("inv-a").Itc.Igst.Should().Be(1000m);
        october.Doc("inv-a").ItcReversed.IsZero.Should().BeTrue();
        october.Summary.ItcAvailable.IsZero.Should().BeTrue();
        october.Summary.Gstr3b.Table4B2.IsZero.Should().BeTrue();
        october.Summary.Gstr3b.Table4D2.Igst.Should().Be(1000m);
    }
}
