using System;
using System.Collections.Generic;
using NodaTime;
using Ims.Rules.Tests.Support;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Engine;

/// <summary>The typed answer of <see cref="ImsEngine.StatementOf(ReturnPeriod, StatementMoment)"/>: a statement, or why there is none.</summary>
public sealed class StatementResultTests
{
    private static readonly Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-09");

    [Fact]
    public void StatementOf_GeneratedPeriod_IsTheStatementComputeGives()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], gstr3b: Filed);

        var result = ImsEngine.StatementOf(imsCase, Month("2025-10"));

        result.IsStatement.Should().BeTrue();
        result.Match(statement => statement, _ => null!).Should().Be(ImsEngine.Compute(imsCase, Month("2025-10")));
        result.ToDocument().Should().Be(ImsEngine.Compute(imsCase, Month("2025-10")));
    }

    [Fact]
    public void StatementOf_R34_QuarterlyRecipientsMonth_IsNoStatementWithQuarterlyMonth()
    {
        var imsCase = Case([Invoice("apr", "2026-05-10T18:00")], gstr3b: new Dictionary<string, string> { ["2026-01"] = "2026-04-22T10:00" });
        imsCase = imsCase with { Recipient = imsCase.Recipient with { Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly)] } };

        var none = NoStatementOf(ImsEngine.StatementOf(imsCase, Month("2026-05")));

        none.Reason.Should().Be(NoStatementReason.QuarterlyMonth);
        none.Period.Should().Be(Month("2026-05"));
        none.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedQrmpMonth && f.Message.Contains("R34"));
        ImsEngine.StatementOf(imsCase, Month("2026-04")).IsStatement.Should().BeTrue();
    }

    [Fact]
    public void StatementOf_R3_InvalidRecipient_IsNoStatementWithRecipientInvalid()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], gstr3b: Filed);
        imsCase = imsCase with { Recipient = imsCase.Recipient with { Gstin = default } };

        var none = NoStatementOf(ImsEngine.StatementOf(imsCase, Month("2025-10")));

        none.Reason.Should().Be(NoStatementReason.RecipientInvalid);
        none.Findings.Should().Contain(f => f.Code == FindingCodes.RecipientGstinInvalid);
    }

    [Fact]
    public void StatementOf_R28_InstantBeforeThe14th_IsNoStatementWithNotYetGenerated()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], gstr3b: Filed);

        var none = NoStatementOf(ImsEngine.StatementOf(imsCase, Month("2025-10"), Ist("2025-11-13T23:00")));

        none.Reason.Should().Be(NoStatementReason.NotYetGenerated);
        none.AsOf.Should().Be(Ist("2025-11-13T23:00"));
        none.Moment.Should().Be(StatementMoment.At(Ist("2025-11-13T23:00")));
        none.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedYet);
        ImsEngine.StatementOf(imsCase, Month("2025-10"), Ist("2025-11-14")).IsStatement.Should().BeTrue();
    }

    [Fact]
    public void StatementOf_R32_PreviousGstr3bUnfiled_IsNoStatementWithPreviousGstr3bUnfiled()
    {
        var imsCase = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: Filed);

        var none = NoStatementOf(ImsEngine.StatementOf(imsCase, Month("2025-11")));

        none.Reason.Should().Be(NoStatementReason.PreviousGstr3bUnfiled);
        none.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedSequential);
        ImsEngine.StatementOf(imsCase with { Policies = ImsPolicies.Default with { Sequential = SequentialPolicy.Project } }, Month("2025-11"))
            .IsStatement.Should().BeTrue();
    }

    [Fact]
    public void StatementOf_NoStatement_ToDocumentIsWhatComputeGives()
    {
        var imsCase = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: Filed);
        var engine = ImsEngine.Create(imsCase);

        var result = engine.StatementOf(Month("2025-11"));

        result.ToDocument().Should().Be(engine.Compute(Month("2025-11")));
        engine.Compute(Month("2025-11")).NotGeneratedReason.Should().Be(NoStatementReason.PreviousGstr3bUnfiled);
        engine.Compute(Month("2025-10")).NotGeneratedReason.Should().BeNull();
        result.ToString().Should().Be("2025-11: not generated (PreviousGstr3bUnfiled)");
    }

    [Fact]
    public void Of_NotGeneratedDocumentWithoutItsReason_Throws()
    {
        var document = new Gstr2bStatement
        {
            Gstin = Build.Recipient, Period = Month("2025-10"), AsOf = Ist("2025-11-14"), RuleSet = RuleSet.Ims2025, Status = StatementStatus.NotGenerated,
        };

        FluentActions.Invoking(() => StatementResult.Of(document)).Should().Throw<ArgumentException>().WithParameterName("document");
        FluentActions.Invoking(() => StatementResult.Of(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Switch_EachCase_RunsOnlyItsAction()
    {
        var imsCase = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: Filed);
        var ran = new List<string>();

        foreach (var period in new[] { "2025-10", "2025-11" })
        {
            ImsEngine.StatementOf(imsCase, Month(period)).Switch(s => ran.Add(s.Period + " statement"), n => ran.Add(n.Period + " " + n.Reason));
        }

        ran.Should().Equal("2025-10 statement", "2025-11 PreviousGstr3bUnfiled");
    }

    private static NoStatement NoStatementOf(StatementResult result) =>
        result.Match(statement => throw new InvalidOperationException($"Expected no statement, got {statement.Period} generated."), none => none);
}
