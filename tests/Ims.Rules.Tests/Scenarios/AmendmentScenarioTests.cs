using System.Linq;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S43–S46: amendments (R39–R43).</summary>
public sealed class AmendmentScenarioTests
{
    [Fact]
    public void S43_R41_UpwardAmendmentOfAcceptedInvoice_AddsTheDeltaInItsOwnStatement()
    {
        var original = Invoice("inv-n", "2025-12-10T18:00", 10000m);
        var amended = Amendment(original, "inv-na", "2026-02-10T18:00", 12000m);
        var imsCase = Case([original, amended], [Accept("inv-n", "2025-12-11T10:00")], FiledMonthly("2025-04", "2025-12"));
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-11")).Doc("inv-n").Itc.Igst.Should().Be(10000m);
        var january = engine.Compute(Month("2026-01"));
        january.Doc("inv-na").Section.Should().Be(Section.B2ba);
        january.Doc("inv-na").Itc.Igst.Should().Be(2000m);
        january.Doc("inv-na").Rules.Should().StartWith(["R11", "R12"]).And.Contain(["R39", "R41", "R42"]);
    }

    [Fact]
    public void S44_R42_AmendmentOfRejectedInvoice_GivesTheFullAmendedValue()
    {
        var original = Invoice("inv-o", "2025-12-10T18:00", 10000m);
        var amended = Amendment(original, "inv-oa", "2026-02-10T18:00", 9000m);
        var imsCase = Case([original, amended], [Reject("inv-o", "2025-12-11T10:00"), Accept("inv-oa", "2026-02-11T10:00")], FiledMonthly("2025-04", "2025-12"));

        ImsEngine.Compute(imsCase, Month("2026-01")).Doc("inv-oa").Itc.Igst.Should().Be(9000m);
    }

    [Fact]
    public void S45_R43_AmendmentWhileOriginalPending_CannotBeActionedAndWaits()
    {
        var original = Invoice("inv-p", "2025-12-10T18:00", 10000m);
        var amended = Amendment(original, "inv-pa", "2026-02-10T18:00", 9000m);
        var imsCase = Case([original, amended], [Pending("inv-p", "2025-12-11T10:00"), Accept("inv-pa", "2026-02-11T10:00")], FiledMonthly("2025-04", "2026-01"));

        var january = ImsEngine.Compute(imsCase, Month("2026-01"));

        january.Has("inv-pa").Should().BeFalse();
        january.Carries("inv-pa").Should().BeTrue();
        january.Carries("inv-p").Should().BeTrue();
        january.Findings.Should().Contain(f => f.Code == FindingCodes.AmendmentOriginalUnsettled && f.RecordId == "inv-pa");
    }

    [Fact]
    public void S45_R43_AmendmentWhileOriginalPending_PolicyOff_IsActionedAndSupersedesTheOriginal()
    {
        var original = Invoice("inv-p", "2025-12-10T18:00", 10000m);
        var amended = Amendment(original, "inv-pa", "2026-02-10T18:00", 9000m);
        var actions = new[] { Pending("inv-p", "2025-12-11T10:00"), Accept("inv-pa", "2026-02-11T10:00"), Accept("inv-p", "2026-03-01T10:00") };
        var imsCase = Case([original, amended], actions, FiledMonthly("2025-04", "2026-01"), ImsPolicies.Default with { AmendmentOriginal = AmendmentOriginalPolicy.Independent });
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2026-01")).Doc("inv-pa").Itc.Igst.Should().Be(9000m);
        var february = engine.Compute(Month("2026-02"));
        february.Doc("inv-p").Itc.IsZero.Should().BeTrue();
        february.Findings.Should().Contain(f => f.Code == FindingCodes.AmendmentSuperseded);
    }

    [Fact]
    public void S46_R40_R43_OriginalAndGstr1AAmendmentInTheSameWindow_OriginalStaysAndTheDeltaFollowsInTheNextStatement()
    {
        var original = Invoice("inv-q", "2025-11-05T12:00", 10000m);
        var amended = Amendment(original, "inv-qa", "2025-11-12T12:00", 8000m) with { Form = SupplierForm.Gstr1A, SupplierPeriod = Month("2025-10") };
        var engine = ImsEngine.Create(Case([original, amended], gstr3b: FiledMonthly("2025-04", "2025-11")));

        var october = engine.Compute(Month("2025-10"));
        var november = engine.Compute(Month("2025-11"));

        october.Doc("inv-q").Itc.Igst.Should().Be(10000m);
        october.Has("inv-qa").Should().BeFalse();
        november.Doc("inv-qa").Itc.Igst.Should().Be(-2000m);
        november.Summary.Gstr3b.Table4B2.Igst.Should().Be(2000m);
    }

    [Fact]
    public void S46_R40_R43_OriginalAndAmendmentInOneGstr1Window_OnlyTheAmendmentCountsAtItsFullValue()
    {
        var original = Invoice("inv-q", "2025-11-05T12:00", 10000m);
        var amended = Amendment(original, "inv-qa", "2025-11-08T12:00", 8000m);
        var engine = ImsEngine.Create(Case([original, amended], gstr3b: FiledMonthly("2025-04", "2025-11")));

        var october = engine.Compute(Month("2025-10"));
        var november = engine.Compute(Month("2025-11"));

        october.Has("inv-q").Should().BeFalse("the original is superseded in its own period (seed 001 item 7)");
        october.Doc("inv-qa").Itc.Igst.Should().Be(8000m);
        october.Doc("inv-qa").Section.Should().Be(Section.B2ba);
        october.CarryForward.Should().BeEmpty();
        october.Findings.Should().Contain(f => f.Code == FindingCodes.AmendmentSuperseded && f.RecordId == "inv-q" && f.Severity == Severity.Info);
        november.Has("inv-qa").Should().BeFalse();
        (october.Summary.ItcAvailable + november.Summary.ItcAvailable).Igst.Should().Be(8000m);
    }

    [Fact]
    public void R42_ChainOfAmendments_SettlesAgainstTheLatestSettledVersion()
    {
        var original = Invoice("v0", "2025-05-10T18:00", 1000m);
        var first = Amendment(original, "v1", "2025-06-10T18:00", 1200m);
        var second = Amendment(first, "v2", "2025-07-10T18:00", 900m);
        var imsCase = Case([original, first, second], [Reject("v1", "2025-06-11T10:00")], FiledMonthly("2024-04", "2025-07"));
        var engine = ImsEngine.Create(imsCase);

        var total = new[] { "2025-04", "2025-05", "2025-06" }
            .Select(p => engine.Compute(Month(p)).Summary.ItcAvailable.Igst).Sum();

        engine.Compute(Month("2025-06")).Doc("v2").Itc.Igst.Should().Be(-100m);
        total.Should().Be(900m);
    }

    [Fact]
    public void R39_AmendmentOfUnknownOriginal_CountsItsFullValueWithAWarning()
    {
        var orphan = Invoice("a", "2025-11-10T18:00") with { Amends = "missing" };
        var statement = ImsEngine.Compute(Case([orphan], gstr3b: FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        statement.Doc("a").Itc.Igst.Should().Be(1800m);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.AmendsUnknown);
    }

    [Fact]
    public void R39_AmendmentOfAnotherKind_IsLeftOut()
    {
        var invoice = Invoice("inv", "2025-11-10T18:00");
        var wrong = CreditNote("cn", "2025-11-10T18:00") with { Amends = "inv" };
        var statement = ImsEngine.Compute(Case([invoice, wrong], gstr3b: FiledMonthly("2025-04", "2025-09")), Month("2025-10"));

        statement.Has("cn").Should().BeFalse();
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.AmendsInvalid && f.Severity == Severity.Error);
    }
}
