using System.Collections.Generic;
using System.Linq;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Engine;

/// <summary>The moment a statement is taken at (R17, R28, R32, R33): as generated, as filed, or at an instant.</summary>
public sealed class StatementMomentTests
{
    private static readonly Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-09");

    [Fact]
    public void R17_RejectBetweenGenerationAndFiling_ShowsInTheFiledStatementNotTheGeneratedOne()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-11-20T10:00" };
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-15T10:00")], filings));

        var generated = engine.Compute(Month("2025-10"), StatementMoment.Generated);
        var filed = engine.Compute(Month("2025-10"), StatementMoment.Filed);

        generated.Moment.Should().Be(StatementMoment.Generated);
        generated.AsOf.Should().Be(Ist("2025-11-14"));
        generated.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        filed.Moment.Should().Be(StatementMoment.Filed);
        filed.AsOf.Should().Be(Ist("2025-11-20T10:00"));
        filed.Doc("r").Bucket.Should().Be(Bucket.ItcRejected);
    }

    [Fact]
    public void R17_AtAnInstantAfterTheFiling_IsTheFiledStatementAndSaysSo()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-11-20T10:00" };
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-15T10:00")], filings));

        var late = engine.Compute(Month("2025-10"), Ist("2025-12-01"));

        late.Should().Be(engine.Compute(Month("2025-10"), StatementMoment.Filed));
        engine.Compute(Month("2025-10"), Ist("2025-11-16")).Moment.Should().Be(StatementMoment.At(Ist("2025-11-16")));
    }

    [Fact]
    public void R17_FiledMomentOfAnUnfiledPeriod_IsShownAsGeneratedAndSaysSo()
    {
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], gstr3b: Filed));

        var filed = engine.Compute(Month("2025-10"), StatementMoment.Filed);
        var generated = engine.Compute(Month("2025-10"));

        filed.Moment.Should().Be(StatementMoment.Generated);
        filed.Findings.Should().ContainSingle(f => f.Code == FindingCodes.StatementNotFiled).Which.Message.Should().Contain("R17");
        filed.Should().Be(generated with { Findings = [.. filed.Findings] });
        generated.Findings.Should().NotContain(f => f.Code == FindingCodes.StatementNotFiled);
    }

    [Fact]
    public void R33_Gstr3bBeforeGeneration_GivesOneStatementWhicheverMomentIsAsked()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-10-30T10:00" };
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-10-10T18:00")], gstr3b: filings));

        var filed = engine.Compute(Month("2025-10"), StatementMoment.Filed);

        filed.Status.Should().Be(StatementStatus.Generated);
        filed.AsOf.Should().Be(Ist("2025-11-14"));
        filed.Findings.Should().Contain(f => f.Code == FindingCodes.Gstr3bBeforeStatement && f.Severity == Severity.Warning);
        engine.Compute(Month("2025-10")).Should().Be(filed);
        engine.ComputeRange(Month("2025-10"), Month("2025-10")).Single().Should().Be(filed);
    }

    [Fact]
    public void ComputeRange_EveryMoment_EqualsComputeOfEachPeriodAtThatMoment()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-11-20T10:00" };
        var engine = ImsEngine.Create(Case(
            [Invoice("a", "2025-11-10T18:00"), Invoice("b", "2025-11-10T18:00"), Invoice("c", "2025-12-05T18:00")],
            [Pending("a", "2025-11-15T10:00"), Accept("a", "2025-12-02T10:00"), Reject("b", "2025-11-18T10:00")],
            filings));

        foreach (var moment in new[] { StatementMoment.Generated, StatementMoment.Filed, StatementMoment.At(Ist("2025-12-20")) })
        {
            var range = engine.ComputeRange(Month("2025-09"), Month("2025-12"), moment);
            range.Should().Equal(range.Select(s => engine.Compute(s.Period, moment)));
        }
    }

    [Fact]
    public void Equals_TwoComputationsOfTheSameStatement_AreEqualByValue()
    {
        var imsCase = Case([Invoice("a", "2025-11-10T18:00"), Invoice("b", "2025-11-10T18:00")], [Reject("b", "2025-11-18T10:00")], Filed);

        var one = ImsEngine.Compute(imsCase, Month("2025-10"));
        var other = ImsEngine.Compute(imsCase, Month("2025-10"));

        (one == other).Should().BeTrue();
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Documents[0].Should().Be(other.Documents[0] with { Rules = [.. other.Documents[0].Rules] });
        (one == (other with { Findings = [.. other.Findings, other.Findings.FirstOrDefault() ?? new Finding("X", Severity.Info, null, "x")] })).Should().BeFalse();
    }

    [Fact]
    public void R17_RejectAfterTheFilingWithNoLaterFiling_IsReportedInTheNextStatementAtEveryMoment()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-11-20T10:00" };
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-25T10:00")], filings));

        foreach (var moment in new[] { StatementMoment.Generated, StatementMoment.Filed, StatementMoment.At(Ist("2025-12-20")) })
        {
            engine.Compute(Month("2025-11"), moment).Findings.Should().ContainSingle(f => f.Code == FindingCodes.ActionAfterClose && f.RecordId == "r");
            engine.Compute(Month("2025-10"), moment).Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        }
    }

    [Fact]
    public void Match_EachCase_CallsItsOwnFunction()
    {
        StatementMoment.Generated.Match(() => "g", () => "f", i => "a").Should().Be("g");
        StatementMoment.Filed.Match(() => "g", () => "f", i => "a").Should().Be("f");
        StatementMoment.At(Ist("2025-11-16")).Match(() => "g", () => "f", i => i.ToString()).Should().Be(Ist("2025-11-16").ToString());
        default(StatementMoment).Should().Be(StatementMoment.Generated);
    }
}
