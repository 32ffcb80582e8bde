using System.Collections.Generic;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S36–S42: which statement a record falls in, and when statements exist.</summary>
public sealed class TimingScenarioTests
{
    [Fact]
    public void S36_R30_OldInvoiceFiledInJul2020Gstr1_FallsInTheJul2020Statement()
    {
        var engine = ImsEngine.Create(Case([Invoice("inv-1", "2020-08-11T18:00", date: "2020-05-15")]));

        engine.Compute(Month("2020-07")).Doc("inv-1").Rules.Should().Contain("R29");
        engine.Compute(Month("2020-05")).Has("inv-1").Should().BeFalse();
    }

    [Theory]
    [InlineData(SupplierForm.Gstr1, "2021-01-12T00:00", "2021-01")]
    [InlineData(SupplierForm.Gstr1, "2021-02-11T23:59", "2021-01")]
    [InlineData(SupplierForm.Gstr1, "2021-02-12T00:00", "2021-02")]
    [InlineData(SupplierForm.Iff, "2021-01-14T00:00", "2021-01")]
    [InlineData(SupplierForm.Iff, "2021-02-13T23:59", "2021-01")]
    [InlineData(SupplierForm.Gstr5, "2021-02-14T00:00", "2021-02")]
    public void S37_R29_Jan2021Windows_PlaceRecordsByFilingInstant(SupplierForm form, string filed, string expected)
    {
        var engine = ImsEngine.Create(Case([Invoice("r", filed) with { Form = form }]));

        engine.Compute(Month(expected)).Has("r").Should().BeTrue();
        engine.Calendar.GenerationInstant(Month("2021-01")).Should().Be(Ist("2021-02-14"));
    }

    [Fact]
    public void S38_R30_LateMonthlyGstr1_FallsInTheFilingMonthsStatement()
    {
        var engine = ImsEngine.Create(Case([Invoice("r", "2025-08-20T12:00") with { SupplierPeriod = Month("2025-07") }], gstr3b: FiledMonthly("2025-04", "2025-07")));

        var august = engine.Compute(Month("2025-08"));

        august.AsOf.Should().Be(Ist("2025-09-14"));
        august.Has("r").Should().BeTrue();
        engine.Compute(Month("2025-07")).Has("r").Should().BeFalse();
    }

    [Theory]
    [InlineData("2026-05-13T20:00", "2026-04")]
    [InlineData("2026-05-14T09:00", "2026-05")]
    public void S39_R29_R34_QuarterlySuppliersIff_ReachesAMonthlyRecipientsMonth(string filed, string expected)
    {
        var iff = Invoice("r", filed) with { Form = SupplierForm.Iff, SupplierFrequency = ReturnFrequency.Quarterly };
        var engine = ImsEngine.Create(Case([iff], gstr3b: FiledMonthly("2025-04", "2026-04")));

        engine.Compute(Month(expected)).Has("r").Should().BeTrue();
    }

    [Fact]
    public void S40_R34_QuarterlyRecipient_GetsOneStatementPerQuarterOn14July()
    {
        var imsCase = Case([Invoice("apr", "2026-05-10T18:00"), Invoice("jun", "2026-07-10T18:00")], gstr3b: new Dictionary<string, string> { ["2026-01"] = "2026-04-22T10:00" });
        imsCase = imsCase with { Recipient = imsCase.Recipient with { Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly)] } };
        var engine = ImsEngine.Create(imsCase);

        var quarter = engine.Compute(Month("2026-04"));
        var may = engine.Compute(Month("2026-05"));

        quarter.Period.Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2026, 4)));
        quarter.AsOf.Should().Be(Ist("2026-07-14"));
        quarter.Documents.Should().HaveCount(2);
        quarter.Doc("apr").Rules.Should().Contain("R34");
        may.Status.Should().Be(StatementStatus.NotGenerated);
        may.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedQrmpMonth);
    }

    [Fact]
    public void S40_R34_QrmpMonthlyStatementsPolicy_GivesEveryMonthItsOwnStatement()
    {
        var imsCase = Case([Invoice("may", "2026-06-05T18:00")], gstr3b: new Dictionary<string, string> { ["2026-01"] = "2026-04-22T10:00" },
            policies: ImsPolicies.Default with { QrmpStatements = QrmpStatementsPolicy.Monthly });
        imsCase = imsCase with { Recipient = imsCase.Recipient with { Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly)] } };

        var may = ImsEngine.Compute(imsCase, Month("2026-05"));

        may.Status.Should().Be(StatementStatus.Generated);
        may.Has("may").Should().BeTrue();
    }

    [Fact]
    public void S41_R32_PreviousGstr3bUnfiled_StatementIsNotGeneratedUntilItIsFiled()
    {
        var filings = FiledMonthly("2025-04", "2025-09");
        var imsCase = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: filings);
        var late = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: new Dictionary<string, string>(filings) { ["2025-10"] = "2025-12-22T11:00" });

        var refused = ImsEngine.Compute(imsCase, Month("2025-11"));
        var generated = ImsEngine.Compute(late, Month("2025-11"));

        refused.Status.Should().Be(StatementStatus.NotGenerated);
        refused.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedSequential && f.Message.Contains("R32"));
        generated.Status.Should().Be(StatementStatus.Generated);
        generated.AsOf.Should().Be(Ist("2025-12-22T11:00"));
    }

    [Fact]
    public void S41_R32_SequentialProjectPolicy_ComputesWithAWarning()
    {
        var imsCase = Case([Invoice("r", "2025-12-10T18:00")], gstr3b: FiledMonthly("2025-04", "2025-09"), policies: ImsPolicies.Default with { Sequential = SequentialPolicy.Project });

        var projected = ImsEngine.Compute(imsCase, Month("2025-11"));

        projected.Status.Should().Be(StatementStatus.Generated);
        projected.Has("r").Should().BeTrue();
        projected.Findings.Should().Contain(f => f.Code == FindingCodes.SequentialProjected);
    }

    [Fact]
    public void S42_R31_Gstr1ARecordFiledOn15th_FallsInTheNextMonthsStatement()
    {
        var record = Invoice("inv2", "2025-11-15T12:00") with { Form = SupplierForm.Gstr1A, SupplierPeriod = Month("2025-10") };
        var engine = ImsEngine.Create(Case([record], gstr3b: FiledMonthly("2025-04", "2025-10")));

        engine.Compute(Month("2025-11")).Doc("inv2").Rules.Should().Contain("R31");
        engine.Compute(Month("2025-10")).Has("inv2").Should().BeFalse();
    }
}
