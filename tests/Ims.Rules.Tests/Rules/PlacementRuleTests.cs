using System.Collections.Generic;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Rules;

/// <summary>Rules R3–R7, R28–R37, R46, R56: routing, timing, time limits and the GSTR-3B figures.</summary>
public sealed class PlacementRuleTests
{
    private static readonly Dictionary<string, string> Filed = FiledMonthly("2024-04", "2025-09");

    [Fact]
    public void R3_SezSupplyFromTheSameStateAsPos_IsNotCaughtByThePlaceOfSupplyRule()
    {
        var sez = Invoice("sez", "2025-11-10T18:00") with { PlaceOfSupply = StateCode.Parse("29"), InvoiceType = InvoiceType.SezWithPayment };

        ImsEngine.Compute(Case([sez], gstr3b: Filed), Month("2025-10")).Doc("sez").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void R6_R61_RuleSet_IsChosenByTheStatementPeriod()
    {
        ImsCalendar.RuleSetOf(Month("2024-09")).Should().Be(RuleSet.PreIms);
        ImsCalendar.RuleSetOf(Month("2024-10")).Should().Be(RuleSet.Ims2024);
        ImsCalendar.RuleSetOf(Month("2025-10")).Should().Be(RuleSet.Ims2025);
    }

    [Fact]
    public void R7_BillOfEntryPendingFromOct2025_IsCarriedForward()
    {
        var statement = ImsEngine.Compute(Case([BillOfEntry("boe", "2025-10-05")], [Pending("boe", "2025-10-06T10:00")], Filed), Month("2025-10"));

        statement.Carries("boe").Should().BeTrue();
    }

    [Fact]
    public void R53_BillOfEntryValueAmendment_TakesItsDeltaInImpga()
    {
        var original = BillOfEntry("boe", "2025-10-05", 50000m);
        var amended = original with { Id = "boe-a", Amends = "boe", Tax = TaxAmounts.OfIgst(45000m), ReferenceDate = Date("2025-11-04"), SavedAt = Ist("2025-11-04") };
        var statement = ImsEngine.Compute(Case([original, amended], gstr3b: FiledMonthly("2024-04", "2025-10")), Month("2025-11"));

        statement.Doc("boe-a").Section.Should().Be(Section.Impga);
        statement.Doc("boe-a").Itc.Igst.Should().Be(-5000m);
        statement.Summary.Gstr3b.Table4B2.Igst.Should().Be(5000m);
    }

    [Fact]
    public void R28_StatementAskedBeforeThe14th_IsNotGeneratedYet()
    {
        var statement = ImsEngine.Compute(Case([Invoice("r", "2025-11-10T18:00")], gstr3b: Filed), Month("2025-10"), Ist("2025-11-13T23:00"));

        statement.Status.Should().Be(StatementStatus.NotGenerated);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.NotGeneratedYet);
    }

    [Fact]
    public void R28_Gstr1DueDateExtension_MovesTheWindowAndTheGeneration()
    {
        var imsCase = Case([Invoice("r", "2025-11-13T18:00")], gstr3b: Filed) with
        {
            Filings = new Filings
            {
                Gstr3b = Case([], gstr3b: Filed).Filings.Gstr3b,
                DueDateExtensions = [new DueDateExtension(ExtendedReturn.Gstr1, new YearMonth(2025, 10), Date("2025-11-15"))],
            },
        };
        var engine = ImsEngine.Create(imsCase);

        var october = engine.Compute(Month("2025-10"));

        october.AsOf.Should().Be(Ist("2025-11-16"));
        october.Has("r").Should().BeTrue();
    }

    [Fact]
    public void R33_Gstr3bRecordedBeforeTheStatementWasGenerated_IsReportedAndFrozenAtGeneration()
    {
        var filings = new Dictionary<string, string>(Filed) { ["2025-10"] = "2025-11-13T10:00" };
        var statement = ImsEngine.Compute(Case([Invoice("r", "2025-11-10T18:00")], [Reject("r", "2025-11-15T10:00")], filings), Month("2025-10"), Ist("2025-12-01"));

        statement.AsOf.Should().Be(Ist("2025-11-14"));
        statement.Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.Gstr3bBeforeStatement);
    }

    [Fact]
    public void R30_LateGstr1_CitesR30()
    {
        var late = Invoice("late", "2025-11-20T12:00") with { SupplierPeriod = Month("2025-10") };

        ImsEngine.Compute(Case([late], gstr3b: FiledMonthly("2024-04", "2025-10")), Month("2025-11")).Doc("late").Rules.Should().EndWith(["R29", "R30"]);
    }

    [Fact]
    public void R32_FirstPeriodThatCanExist_IsComputedWithoutAPreviousPeriod()
    {
        var imsCase = Case([Invoice("r", "2000-05-05T10:00", date: "2000-04-20")]);

        ImsEngine.Compute(imsCase, Month("2000-01")).Status.Should().Be(StatementStatus.Generated);
        ImsEngine.Create(imsCase).ComputeRange(Month("2000-01"), Month("2000-04")).Should().HaveCount(4).And.Contain(s => s.Has("r"));
    }

    [Fact]
    public void Compute_PeriodBeyondTheSupportedYears_ThrowsArgumentOutOfRange()
    {
        var engine = ImsEngine.Create(Case([]));

        engine.Invoking(e => e.Compute(ReturnPeriod.Month(9999, 12))).Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("period");
        engine.Invoking(e => e.Compute(Month("2025-10"), NodaTime.Instant.MaxValue)).Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("at");
    }

    [Fact]
    public void R30_DocumentDate_NeverDecidesThePeriod()
    {
        var old = Invoice("old", "2025-11-10T18:00", date: "2024-12-01");

        ImsEngine.Compute(Case([old], gstr3b: Filed), Month("2025-10")).Has("old").Should().BeTrue();
    }

    [Fact]
    public void R32_FirstPeriodOfTheProfile_NeedsNoEarlierGstr3b()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")]) with
        {
            Recipient = new Recipient { Gstin = Support.Build.Recipient, Profile = [new FrequencyChange(new YearMonth(2025, 10), ReturnFrequency.Monthly)] },
        };

        ImsEngine.Compute(imsCase, Month("2025-10")).Status.Should().Be(StatementStatus.Generated);
    }

    [Fact]
    public void R34_ProfileChangeToQuarterlyInMay_TakesEffectInJulyWithAWarning()
    {
        var imsCase = Case([Invoice("r", "2026-06-10T18:00")], gstr3b: FiledMonthly("2024-04", "2026-05")) with
        {
            Recipient = new Recipient
            {
                Gstin = Support.Build.Recipient,
                Profile = [new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly), new FrequencyChange(new YearMonth(2026, 5), ReturnFrequency.Quarterly)],
            },
        };
        var engine = ImsEngine.Create(imsCase);

        engine.Calendar.FrequencyAt(new YearMonth(2026, 6)).Should().Be(ReturnFrequency.Monthly);
        engine.Calendar.FrequencyAt(new YearMonth(2026, 7)).Should().Be(ReturnFrequency.Quarterly);
        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.ProfileChangeMidQuarter);
        engine.Compute(Month("2026-05")).Has("r").Should().BeTrue();
    }

    [Fact]
    public void R35_R37_PendingPastTheSection16_4Deadline_IsItcNotAvailableReasonC()
    {
        var record = Invoice("r", "2025-11-10T18:00", date: "2025-03-10");
        var imsCase = Case([record], [Pending("r", "2025-11-11T10:00")], FiledMonthly("2024-04", "2025-11"));
        var engine = ImsEngine.Create(imsCase);

        var october = engine.Compute(Month("2025-10"));
        var november = engine.Compute(Month("2025-11"));

        october.CarryForward.Should().ContainSingle().Which.TimeBarredAfter.Should().Be(Date("2025-11-30"));
        november.Doc("r").Bucket.Should().Be(Bucket.ItcNotAvailable);
        november.Doc("r").Reason.Should().Be(NotAvailableReason.TimeLimit);
        november.Doc("r").Rules.Should().StartWith(["R14", "R37", "R35"]);
        november.Findings.Should().Contain(f => f.Code == FindingCodes.PendingTimeBarred);
    }

    [Fact]
    public void R37_KeepPendingPolicy_LeavesATimeBarredRecordCarried()
    {
        var record = Invoice("r", "2025-11-10T18:00", date: "2025-03-10");
        var imsCase = Case([record], [Pending("r", "2025-11-11T10:00")], FiledMonthly("2024-04", "2025-11"),
            ImsPolicies.Default with { PendingPastTimeLimit = PendingPastTimeLimitPolicy.KeepPending });

        ImsEngine.Compute(imsCase, Month("2025-11")).Carries("r").Should().BeTrue();
    }

    [Fact]
    public void R27_OrdinaryInvoicePending_HasNoOnePeriodLimit()
    {
        var imsCase = Case([Invoice("r", "2025-11-10T18:00")], [Pending("r", "2025-11-11T10:00")], FiledMonthly("2024-04", "2026-02"));

        var february = ImsEngine.Compute(imsCase, Month("2026-02"));

        february.CarryForward.Should().ContainSingle().Which.PendingUntil.Should().BeNull();
    }

    [Fact]
    public void R36_AnnualReturnFiledBeforeNovember_PullsTheCutoffEarlier()
    {
        var record = Invoice("r", "2025-10-20T18:00", date: "2025-03-10");
        var imsCase = Case([record], gstr3b: Filed) with
        {
            Filings = new Filings { Gstr3b = Case([], gstr3b: Filed).Filings.Gstr3b, AnnualReturn = ImmutableDictionaryOf(FinancialYear.Parse("2024-25"), Date("2025-10-15")) },
        };

        ImsEngine.Compute(imsCase, Month("2025-10")).Doc("r").Reason.Should().Be(NotAvailableReason.TimeLimit);
        ImsEngine.Compute(imsCase with { Policies = ImsPolicies.Default with { TimeBarCutoff = TimeBarCutoffPolicy.IgnoreAnnualReturn } }, Month("2025-10"))
            .Doc("r").Bucket.Should().Be(Bucket.ItcAvailable);
    }

    [Fact]
    public void R46_CreditNotesNettedBelowZero_GoTo4B2()
    {
        var imsCase = Case([Invoice("inv", "2025-11-10T18:00", 1000m), CreditNote("cn", "2025-11-10T18:00", 1500m)], gstr3b: Filed);

        var figures = ImsEngine.Compute(imsCase, Month("2025-10")).Summary.Gstr3b;

        figures.Table4A5.Igst.Should().Be(0m);
        figures.Table4B2.Igst.Should().Be(500m);
    }

    [Fact]
    public void R46_ReversalPolicy_PutsEveryReductionIn4B2()
    {
        var imsCase = Case([Invoice("inv", "2025-11-10T18:00", 1000m), CreditNote("cn", "2025-11-10T18:00", 400m)], gstr3b: Filed,
            policies: ImsPolicies.Default with { CreditNotesInGstr3b = CreditNotesInGstr3bPolicy.Reversal });

        var figures = ImsEngine.Compute(imsCase, Month("2025-10")).Summary.Gstr3b;

        figures.Table4A5.Igst.Should().Be(1000m);
        figures.Table4B2.Igst.Should().Be(400m);
        figures.NetItc.Igst.Should().Be(600m);
    }

    [Fact]
    public void R56_EachSection_FeedsItsTable4Row()
    {
        var rcm = Invoice("rcm", "2025-11-10T18:00", 100m) with { ReverseCharge = true };
        var isd = Invoice("isd", "2025-11-10T18:00", 200m) with { Kind = RecordKind.IsdInvoice, Form = SupplierForm.Gstr6 };
        var imsCase = Case([Invoice("b2b", "2025-11-10T18:00", 300m), rcm, isd, BillOfEntry("boe", "2025-10-05", 400m)], gstr3b: Filed);

        var figures = ImsEngine.Compute(imsCase, Month("2025-10")).Summary.Gstr3b;

        figures.Should().BeEquivalentTo(new Gstr3bFigures
        {
            Table4A1 = TaxAmounts.OfIgst(400m),
            Table4A3 = TaxAmounts.OfIgst(100m),
            Table4A4 = TaxAmounts.OfIgst(200m),
            Table4A5 = TaxAmounts.OfIgst(300m),
        });
    }

    [Fact]
    public void R3_BadRecord_IsLeftOutWithAnErrorWhileTheRestIsComputed()
    {
        var negative = Invoice("bad", "2025-11-10T18:00") with { Tax = new TaxAmounts(-1, 0, 0, 0) };
        var statement = ImsEngine.Compute(Case([negative, Invoice("good", "2025-11-10T18:00")], gstr3b: Filed), Month("2025-10"));

        statement.Has("bad").Should().BeFalse();
        statement.Has("good").Should().BeTrue();
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.RecordAmountNegative && f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("1999-11-03")]
    [InlineData("0001-01-01")]
    public void R35_DocumentDatedBeforeApril2000_IsLeftOutWithAnErrorInsteadOfThrowing(string date)
    {
        var old = Invoice("old", "2025-12-10T18:00") with { Date = Date(date) };

        var engine = ImsEngine.Create(Case([old, Invoice("good", "2025-12-10T18:00")], gstr3b: FiledMonthly("2024-04", "2025-10")));

        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.RecordUnplaceable && f.RecordId == "old");
        engine.Compute(Month("2025-11")).Has("good").Should().BeTrue();
    }

    private static System.Collections.Immutable.ImmutableDictionary<FinancialYear, LocalDate> ImmutableDictionaryOf(FinancialYear year, LocalDate date) =>
        System.Collections.Immutable.ImmutableDictionary<FinancialYear, LocalDate>.Empty.Add(year, date);
}
