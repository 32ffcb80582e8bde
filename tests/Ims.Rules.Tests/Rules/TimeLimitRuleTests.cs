using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Rules;

/// <summary>R35–R37 as settled for the engine: the time limit bars taking ITC, never a reduction, and a record Pending at its deadline cannot be revived.</summary>
public sealed class TimeLimitRuleTests
{
    // An invoice of FY 2024-25 (deadline 30 November 2025), filed in April 2025 and deemed accepted in March 2025.
    private static readonly Ims.Rules.InwardRecord Original = Invoice("inv", "2025-04-10T18:00", 1000m, date: "2025-03-10");

    [Fact]
    public void R35_R36_R41_DownwardAmendmentFiledAfterTheCutoff_ReducesItcAsUsual()
    {
        var amended = Amendment(Original, "inv-a", "2025-12-10T18:00", 600m);
        var november = ImsEngine.Compute(Case([Original, amended], gstr3b: FiledMonthly("2024-04", "2025-11")), Month("2025-11"));

        november.Doc("inv-a").Bucket.Should().Be(Bucket.ItcAvailable);
        november.Doc("inv-a").Itc.Igst.Should().Be(-400m);
        november.Summary.ItcNotAvailable.IsZero.Should().BeTrue();
        november.Summary.Gstr3b.Table4D2.IsZero.Should().BeTrue();
        november.Summary.Gstr3b.Table4B2.Igst.Should().Be(400m);
    }

    [Fact]
    public void R35_R36_R42_UpwardAmendmentFiledAfterTheCutoff_IsNotAvailableForItsDeltaOnly()
    {
        var amended = Amendment(Original, "inv-a", "2025-12-10T18:00", 1300m);
        var november = ImsEngine.Compute(Case([Original, amended], gstr3b: FiledMonthly("2024-04", "2025-11")), Month("2025-11"));

        november.Doc("inv-a").Bucket.Should().Be(Bucket.ItcNotAvailable);
        november.Doc("inv-a").Reason.Should().Be(NotAvailableReason.TimeLimit);
        november.Doc("inv-a").Itc.Igst.Should().Be(300m);
        november.Summary.Gstr3b.Table4D2.Igst.Should().Be(300m);
    }

    [Fact]
    public void R35_R45_CreditNoteFiledAfterTheCutoff_StillReducesItc()
    {
        var note = CreditNote("cn", "2025-12-10T18:00", 250m, date: "2025-03-10");
        var november = ImsEngine.Compute(Case([note], gstr3b: FiledMonthly("2024-04", "2025-11")), Month("2025-11"));

        november.Doc("cn").Bucket.Should().Be(Bucket.ItcAvailable);
        november.Doc("cn").Itc.Igst.Should().Be(-250m);
    }

    [Fact]
    public void R37_PendingAtTheDeadlineAcceptedAfterIt_StaysNotAvailableReasonCWithAFinding()
    {
        var record = Invoice("r", "2025-11-10T18:00", date: "2025-03-10");
        var imsCase = Case([record], [Pending("r", "2025-11-11T10:00"), Accept("r", "2025-12-05T10:00")], FiledMonthly("2024-04", "2025-11"));

        var november = ImsEngine.Compute(imsCase, Month("2025-11"));

        november.Doc("r").Bucket.Should().Be(Bucket.ItcNotAvailable);
        november.Doc("r").Reason.Should().Be(NotAvailableReason.TimeLimit);
        november.Summary.ItcAvailable.IsZero.Should().BeTrue();
        november.Findings.Should().Contain(f => f.Code == FindingCodes.ActionAfterTimeLimit && f.RecordId == "r" && f.Message.Contains("R37"));
    }

    [Fact]
    public void R37_DraftShowingTimeBarred_DoesNotFlipToAvailableAfterALateAcceptAndRecompute()
    {
        var record = Invoice("r", "2025-11-10T18:00", date: "2025-03-10");
        var imsCase = Case([record], [Pending("r", "2025-11-11T10:00"), Accept("r", "2025-12-16T10:00")], FiledMonthly("2024-04", "2025-10"));
        var engine = ImsEngine.Create(imsCase);

        var draft = engine.Compute(Month("2025-11"));
        var recomputed = engine.Compute(Month("2025-11"), Ist("2025-12-17T10:00"));

        draft.Doc("r").Bucket.Should().Be(Bucket.ItcNotAvailable);
        recomputed.Doc("r").Bucket.Should().Be(Bucket.ItcNotAvailable);
        recomputed.Doc("r").Reason.Should().Be(NotAvailableReason.TimeLimit);
    }

    [Fact]
    public void R37_AcceptedBeforeTheDeadline_IsAvailable()
    {
        var record = Invoice("r", "2025-11-10T18:00", date: "2025-03-10");
        var imsCase = Case([record], [Pending("r", "2025-11-11T10:00"), Accept("r", "2025-11-29T10:00")], FiledMonthly("2024-04", "2025-11"));

        ImsEngine.Compute(imsCase, Month("2025-11")).Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
    }
}
