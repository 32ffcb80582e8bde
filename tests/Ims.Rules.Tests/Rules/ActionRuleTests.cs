using System.Collections.Generic;
using System.Linq;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Rules;

/// <summary>Rules R1, R9–R18: actions and how they decide a statement.</summary>
public sealed class ActionRuleTests
{
    private static readonly System.Collections.Generic.Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-09");

    private static Gstr2bStatement October(params ImsAction[] actions) =>
        ImsEngine.Compute(Case([Invoice("r", "2025-11-10T18:00")], actions, Filed), Month("2025-10"), Ist("2025-11-15"));

    [Fact]
    public void R1_ActionBeforeTheRecordWasSaved_IsIgnored()
    {
        var statement = October(Reject("r", "2025-11-01T10:00"));

        statement.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionBeforeVisible && f.Message.Contains("R1"));
    }

    [Fact]
    public void R1_ActionBefore14Oct2024_IsIgnored()
    {
        var record = Invoice("r", "2024-11-10T18:00") with { SavedAt = Ist("2024-10-01") };
        var statement = ImsEngine.Compute(Case([record], [Reject("r", "2024-10-10T10:00")], FiledMonthly("2024-04", "2024-09")), Month("2024-10"));

        statement.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionBeforeIms);
    }

    [Fact]
    public void R9_FiledAfterTheInstant_IsNotYetInTheStatement()
    {
        var record = Invoice("r", "2025-11-10T18:00");
        var engine = ImsEngine.Create(Case([record], gstr3b: Filed));

        engine.Compute(Month("2025-10")).Has("r").Should().BeTrue();
        engine.Calendar.NaturalMonth(record with { FiledAt = null }).Should().BeNull();
    }

    [Fact]
    public void R11_NoActionAfterAnAccept_ResetsToDeemedAcceptance()
    {
        var statement = October(Accept("r", "2025-11-11T10:00"), NoAction("r", "2025-11-12T10:00"));

        statement.Doc("r").Rules.Should().StartWith(["R11", "R12"]);
    }

    [Fact]
    public void R12_Accept_PlacesInItcAvailable()
    {
        var statement = October(Accept("r", "2025-11-11T10:00"));

        statement.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("r").Action.Should().Be(ActionKind.Accept);
        statement.Doc("r").Rules.Should().StartWith(["R12"]);
    }

    [Fact]
    public void R13_Reject_PlacesInItcRejectedWithNoItcAndNothingIn3b()
    {
        var statement = October(Reject("r", "2025-11-11T10:00", "not ours"));

        statement.Doc("r").Bucket.Should().Be(Bucket.ItcRejected);
        statement.Doc("r").Itc.IsZero.Should().BeTrue();
        statement.Doc("r").Tax.Igst.Should().Be(1800m);
        statement.Doc("r").Remark.Should().Be("not ours");
        statement.Summary.Gstr3b.NetItc.IsZero.Should().BeTrue();
    }

    [Fact]
    public void R14_Pending_LeavesTheStatementAndIsCarriedForward()
    {
        var statement = October(Pending("r", "2025-11-11T10:00"));

        statement.Documents.Should().BeEmpty();
        statement.CarryForward.Should().ContainSingle().Which.Since.Should().Be(Month("2025-10"));
    }

    [Fact]
    public void R14_PendingInAPeriodWhoseGstr3bIsFiledAfterTheInstant_WaitsThereNotInTheNextStatement()
    {
        // Accepted on 16 January, before November's late GSTR-3B: the record finally lands in November. On 15 January
        // November is still open, so the record waits there (R14 carries it forward only across a GSTR-3B filing, R17);
        // December's statement, projected that day, does not promise it.
        var imsCase = Case(
            [Invoice("r", "2025-11-05T10:00")],
            [Pending("r", "2025-11-10T10:00"), Accept("r", "2026-01-16T10:00")],
            new Dictionary<string, string> { ["2025-10"] = "2025-11-20T17:00", ["2025-11"] = "2026-01-20T17:00" },
            ImsPolicies.Default with { Sequential = SequentialPolicy.Project });
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-11"), Ist("2026-01-21T10:00")).Has("r").Should().BeTrue("it settles in November once that period is filed");
        engine.Compute(Month("2025-11"), Ist("2026-01-15T10:00")).Carries("r").Should().BeTrue();
        var december = engine.Compute(Month("2025-12"), Ist("2026-01-15T10:00"));

        december.Carries("r").Should().BeFalse();
        december.Has("r").Should().BeFalse();
    }

    [Fact]
    public void R20_RemarkWithPending_IsKeptOnTheCarryForwardEntry()
    {
        var statement = October(Pending("r", "2025-11-11T10:00", "awaiting goods receipt"));

        statement.CarryForward.Should().ContainSingle().Which.Remark.Should().Be("awaiting goods receipt");
    }

    [Fact]
    public void R15_LatestActionAtTheInstant_Counts()
    {
        var statement = October(Reject("r", "2025-11-11T10:00"), Pending("r", "2025-11-11T11:00"), Accept("r", "2025-11-11T12:00"));

        statement.Doc("r").Action.Should().Be(ActionKind.Accept);
    }

    [Fact]
    public void R15_TwoActionsAtTheSameInstant_UseTheStrongerWithAWarning()
    {
        var statement = October(Accept("r", "2025-11-11T10:00"), Reject("r", "2025-11-11T10:00"));

        statement.Doc("r").Bucket.Should().Be(Bucket.ItcRejected);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ActionConflict);
    }

    [Fact]
    public void R17_Gstr3bFiling_FreezesTheStatementAgainstLaterActions()
    {
        var filings = FiledMonthly("2024-04", "2025-10");
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], [Accept("r", "2025-11-11T10:00"), Reject("r", "2025-11-25T10:00")], filings);

        var later = ImsEngine.Compute(imsCase, Month("2025-10"), Ist("2025-12-01"));

        later.AsOf.Should().Be(Ist("2025-11-20T17:00"));
        later.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void R17_ActionAfterTheClosingGstr3bWithNoLaterStatement_IsAmongTheCaseFindings()
    {
        // October's GSTR-3B is filed late, on 20 December; November's is never filed, so no later statement sees the Reject.
        var filings = FiledMonthly("2024-04", "2025-09");
        filings["2025-10"] = "2025-12-20T17:00";
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], [Accept("r", "2025-11-12T10:00"), Reject("r", "2025-12-25T10:00")], filings);

        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-10"), StatementMoment.Filed).Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.ActionAfterClose).Which.RecordId.Should().Be("r");
    }

    [Fact]
    public void R17_ActionBeforeTheClosingGstr3b_IsNoCaseFinding()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-12T10:00")], FiledMonthly("2024-04", "2025-12"));

        ImsEngine.Create(imsCase).CaseFindings.Should().NotContain(f => f.Code == FindingCodes.ActionAfterClose);
    }

    [Fact]
    public void R17_Gstr3bOfALaterPeriodFiledFirst_DoesNotCloseTheOpenEarlierPeriodsRecords()
    {
        // February's GSTR-3B is never filed, so March's statement is never generated (R32) and its GSTR-3B,
        // filed anyway (R33), freezes March alone: February's record is still open in February when it is kept Pending.
        var filings = FiledMonthly("2024-04", "2026-01");
        filings["2026-03"] = "2026-04-20T17:00";
        var imsCase = Case([Invoice("r", "2026-03-07T10:00")], [Pending("r", "2026-06-05T10:00")], filings);

        var engine = ImsEngine.Create(imsCase);
        var april = engine.Compute(Month("2026-04"), Ist("2026-06-10"));
        var february = engine.Compute(Month("2026-02"), Ist("2026-06-10"));

        // It waits in February, still open (R14 carries forward only across a GSTR-3B filing), not in April's statement.
        february.Carries("r").Should().BeTrue();
        april.Carries("r").Should().BeFalse();
        april.Has("r").Should().BeFalse();
        april.Findings.Concat(february.Findings).Should().NotContain(f => f.Code == FindingCodes.ActionAfterClose);
    }

    [Fact]
    public void R18_RevisionAfterFiling_IsIgnoredWithAWarning()
    {
        var record = Invoice("r", "2025-11-10T18:00") with { RevisedAt = [Ist("2025-11-12T10:00")] };
        var engine = ImsEngine.Create(Case([record], [Reject("r", "2025-11-11T10:00")], Filed));

        engine.Compute(Month("2025-10")).Doc("r").Bucket.Should().Be(Bucket.ItcRejected);
        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.RevisionAfterFiling);
    }

    [Fact]
    public void R10_ActionOnAnUnknownRecord_IsAnErrorFindingAndNothingThrows()
    {
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], [Accept("ghost", "2025-11-11T10:00")], Filed));

        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.ActionUnknownRecord && f.Severity == Severity.Error);
        engine.Compute(Month("2025-10")).Findings.Should().Contain(f => f.Code == FindingCodes.ActionUnknownRecord);
    }

    [Fact]
    public void R16_RecomputeAfterTheDraft_SeesActionsUpToTheInstant()
    {
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-16T10:00")], FiledMonthly("2024-04", "2025-10")));

        engine.Compute(Month("2025-10")).Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        engine.Compute(Month("2025-10"), Ist("2025-11-17")).Doc("r").Bucket.Should().Be(Bucket.ItcRejected);
    }
}
