using System.Linq;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Rules;

/// <summary>R47 with seed 001 item 10: the four rejections that raise the supplier's liability in a later GSTR-3B.</summary>
public sealed class SupplierEffectRuleTests
{
    private static readonly System.Collections.Generic.Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-10");

    // Originals in the September 2025 statement (filed 10 October), amendments in October (filed 10 November).
    private static InwardRecord OriginalNote(decimal igst) => CreditNote("cn", "2025-10-10T18:00", igst);

    private static Gstr2bStatement October(InwardRecord[] records, params Ims.Rules.ImsAction[] actions) =>
        ImsEngine.Compute(Case(records, actions, Filed), Month("2025-10"));

    [Fact]
    public void R47_OriginalCreditNoteRejected_RaisesTheSupplierLiabilityByItsTax()
    {
        var statement = October([CreditNote("cn", "2025-11-10T18:00", 500m)], Reject("cn", "2025-11-11T10:00"));

        var effect = statement.SupplierEffects.Should().ContainSingle().Subject;
        effect.Effect.Should().Be(SupplierEffectKind.LiabilityIncrease);
        effect.Amount.Igst.Should().Be(500m);
        effect.Period.Should().Be(Month("2025-11"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void R47_UpwardCreditNoteAmendmentRejected_RaisesTheLiabilityByTheDeltaWhateverHappenedToTheOriginal(bool originalRejected)
    {
        var amended = Amendment(OriginalNote(500m), "cn-a", "2025-11-10T18:00", 700m);
        Ims.Rules.ImsAction[] actions = originalRejected
            ? [Reject("cn", "2025-10-11T10:00"), Reject("cn-a", "2025-11-11T10:00")]
            : [Reject("cn-a", "2025-11-11T10:00")];

        var statement = October([OriginalNote(500m), amended], actions);

        var effect = statement.SupplierEffects.Should().ContainSingle(e => e.RecordId == "cn-a").Subject;
        effect.Effect.Should().Be(SupplierEffectKind.LiabilityIncrease);
        effect.Amount.Igst.Should().Be(200m);
    }

    [Fact]
    public void R47_DownwardCreditNoteAmendmentRejectedAfterTheOriginalWasRejected_RaisesTheLiabilityByTheAmendedTax()
    {
        var amended = Amendment(OriginalNote(500m), "cn-a", "2025-11-10T18:00", 300m);

        var statement = October([OriginalNote(500m), amended], Reject("cn", "2025-10-11T10:00"), Reject("cn-a", "2025-11-11T10:00"));

        var effect = statement.SupplierEffects.Should().ContainSingle(e => e.RecordId == "cn-a").Subject;
        effect.Effect.Should().Be(SupplierEffectKind.LiabilityIncrease);
        effect.Amount.Igst.Should().Be(300m);
    }

    [Fact]
    public void R47_DownwardInvoiceAmendmentRejectedAfterTheOriginalWasAcceptedAndFiled_RaisesTheLiabilityByTheDelta()
    {
        var original = Invoice("inv", "2025-10-10T18:00", 1000m);
        var amended = Amendment(original, "inv-a", "2025-11-10T18:00", 700m);

        var statement = October([original, amended], Accept("inv", "2025-10-11T10:00"), Reject("inv-a", "2025-11-11T10:00"));

        var effect = statement.SupplierEffects.Should().ContainSingle(e => e.RecordId == "inv-a").Subject;
        effect.Effect.Should().Be(SupplierEffectKind.LiabilityIncrease);
        effect.Amount.Igst.Should().Be(300m);
    }

    [Fact]
    public void R47_DownwardDebitNoteAmendmentRejectedAfterTheOriginalWasRejected_RaisesNothing()
    {
        var original = DebitNote("dn", "2025-10-10T18:00", 1000m);
        var amended = Amendment(original, "dn-a", "2025-11-10T18:00", 700m);

        var statement = October([original, amended], Reject("dn", "2025-10-11T10:00"), Reject("dn-a", "2025-11-11T10:00"));

        statement.SupplierEffects.Where(e => e.RecordId == "dn-a").Should().BeEmpty("the recipient took no ITC on the original, so the supplier reduced nothing it must add back");
    }
}
