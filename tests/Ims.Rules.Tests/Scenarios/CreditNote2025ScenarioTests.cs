using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S21–S31: credit notes from the October 2025 period (R24–R26).</summary>
public sealed class CreditNote2025ScenarioTests
{
    private static readonly Dictionary<string, string> Filed = FiledMonthly("2025-04", "2025-08");

    [Fact]
    public void S21_R24_CreditNoteOfSep2025Statement_GetsNoPendingOption()
    {
        var imsCase = Case([CreditNote("cn", "2025-10-11T18:00", date: "2025-09-15")], [Pending("cn", "2025-10-12T10:00")], Filed);

        var september = ImsEngine.Compute(imsCase, Month("2025-09"));

        september.Doc("cn").Itc.Igst.Should().Be(-1800m);
        september.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked);
    }

    [Theory]
    [InlineData("2025-10-15", "2025-11-11T18:00")] // S22: an Oct-2025 credit note
    [InlineData("2025-03-15", "2025-11-11T18:00")] // S23: an old credit note reported in Oct-2025
    public void S22_S23_R24_R25_CreditNoteOfOct2025Statement_MayBePendingWhateverItsDate(string date, string filed)
    {
        var imsCase = Case([CreditNote("cn", filed, date: date)], [Pending("cn", "2025-11-12T10:00")], FiledMonthly("2025-04", "2025-09"));

        var october = ImsEngine.Compute(imsCase, Month("2025-10"));

        october.Has("cn").Should().BeFalse();
        october.CarryForward.Should().ContainSingle().Which.PendingUntil.Should().Be(Date("2025-12-20"));
        october.Findings.Should().NotContain(f => f.Code == FindingCodes.PendingBlocked);
    }

    [Fact]
    public void S24_R31_CreditNoteInSep2025Gstr1AFiledInOctober_BelongsToOct2025AndMayBePending()
    {
        var cn = CreditNote("cn", "2025-10-14T18:00", date: "2025-09-20") with { Form = SupplierForm.Gstr1A, SupplierPeriod = Month("2025-09") };
        var imsCase = Case([cn], [Pending("cn", "2025-10-15T10:00")], FiledMonthly("2025-04", "2025-09"));

        var october = ImsEngine.Compute(imsCase, Month("2025-10"));

        october.Carries("cn").Should().BeTrue();
    }

    [Fact]
    public void S25_R25_R48_PendingCreditNoteOfMonthlyRecipient_IsAllowedUntil20DecThenDeemedAccepted()
    {
        var filings = FiledMonthly("2025-04", "2025-10");
        filings["2025-11"] = "2025-12-18T17:00";
        var imsCase = Case([CreditNote("cn", "2025-11-10T18:00")], [Pending("cn", "2025-11-12T10:00"), Pending("cn", "2025-12-22T10:00")], filings);
        var engine = ImsEngine.Create(imsCase);

        var october = engine.Compute(Month("2025-10"));
        var november = engine.Compute(Month("2025-11"));
        var december = engine.Compute(Month("2025-12"), Ist("2026-01-14"));

        october.Summary.ItcAvailable.IsZero.Should().BeTrue();
        october.CarryForward.Single().PendingUntil.Should().Be(Date("2025-12-20"));
        november.Carries("cn").Should().BeTrue();
        december.Doc("cn").Itc.Igst.Should().Be(-1800m);
        december.Doc("cn").Rules.Should().StartWith(["R14", "R25", "R11", "R12"]).And.OnlyHaveUniqueItems();
        december.Doc("cn").Action.Should().Be(ActionKind.NoAction, "an expired Pending is treated as No action");
        december.Findings.Should().Contain(f => f.Code == FindingCodes.PendingExpired);
        december.Findings.Should().Contain(f => f.Code == FindingCodes.PendingBlocked && f.Message.Contains("2025-12-20"));
    }

    [Fact]
    public void S25_R25_R48_ExpiredPendingUnderKeepPendingPolicy_StaysCarriedForward()
    {
        var imsCase = Case([CreditNote("cn", "2025-11-10T18:00")], [Pending("cn", "2025-11-12T10:00")], FiledMonthly("2025-04", "2025-11"),
            ImsPolicies.Default with { ExpiredPending = ExpiredPendingPolicy.KeepPending });

        ImsEngine.Compute(imsCase, Month("2025-12")).Carries("cn").Should().BeTrue();
    }

    [Theory]
    [InlineData(StateGroup.A, "2026-04-22")]
    [InlineData(StateGroup.B, "2026-04-24")]
    public void S26_R25_R34_PendingCreditNoteOfQuarterlyRecipient_IsAllowedUntilTheNextQuarterGstr3bDueDate(StateGroup group, string until)
    {
        var imsCase = Case([CreditNote("cn", "2025-11-13T18:00") with { SupplierFrequency = ReturnFrequency.Quarterly }], [Pending("cn", "2025-11-14T10:00")], new Dictionary<string, string> { ["2025-07"] = "2025-10-22T10:00" });
        imsCase = imsCase with { Recipient = imsCase.Recipient with { Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly, group)] } };

        var quarter = ImsEngine.Compute(imsCase, ReturnPeriod.QuarterOf(new YearMonth(2025, 10)));

        quarter.Period.IsQuarter.Should().BeTrue();
        quarter.CarryForward.Should().ContainSingle().Which.PendingUntil.Should().Be(Date(until));
    }

    [Fact]
    public void S27_R26_AcceptWithFullReduction_ReducesByTheWholeTax()
    {
        var statement = ComputeNovember(Accept("cn", "2025-12-11T10:00", ItcReduction.Full));

        statement.Doc("cn").Itc.Igst.Should().Be(-1800m);
        statement.Doc("cn").Rules.Should().Contain(["R45", "R26"]);
        statement.SupplierEffects.Should().BeEmpty();
    }

    [Fact]
    public void S28_R26_R20_AcceptWithPartialReduction_ReducesByTheDeclaredAmount()
    {
        var statement = ComputeNovember(Accept("cn", "2025-12-11T10:00", ItcReduction.Partial(TaxAmounts.OfCgstSgst(4500m)), "only half availed"), TaxAmounts.OfCgstSgst(9000m));

        statement.Doc("cn").Itc.Should().Be(TaxAmounts.OfCgstSgst(-4500m));
        statement.Doc("cn").Remark.Should().Be("only half availed");
    }

    [Theory]
    [InlineData(0, 4500, 4000, 0)]    // CGST unequal to SGST
    [InlineData(0, 9500, 9500, 0)]    // above the note's own tax
    [InlineData(-1, 4500, 4500, 0)]   // negative head
    public void S28_R26_R20_InvalidPartialReduction_IsIgnoredAndTheFullReductionApplies(decimal igst, decimal cgst, decimal sgst, decimal cess)
    {
        var reduction = ItcReduction.Partial(new TaxAmounts(igst, cgst, sgst, cess));
        var statement = ComputeNovember(Accept("cn", "2025-12-11T10:00", reduction), TaxAmounts.OfCgstSgst(9000m));

        statement.Doc("cn").Itc.Should().Be(TaxAmounts.OfCgstSgst(-9000m));
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ReductionInvalid && f.RecordId == "cn");
    }

    [Fact]
    public void S29_R26_AcceptWithNoReduction_LeavesItcUnchanged()
    {
        var statement = ComputeNovember(Accept("cn", "2025-12-11T10:00", ItcReduction.None));

        statement.Doc("cn").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("cn").Itc.IsZero.Should().BeTrue();
        statement.Summary.Gstr3b.Table4B2.IsZero.Should().BeTrue();
    }

    [Fact]
    public void S30_R20_R47_RejectedCreditNoteFromOct2025_RaisesSupplierLiabilityInALaterPeriod()
    {
        var statement = ComputeNovember(Reject("cn", "2025-12-11T10:00", "goods never returned"));

        statement.Doc("cn").Bucket.Should().Be(Bucket.ItcRejected);
        statement.Doc("cn").Remark.Should().Be("goods never returned");
        statement.SupplierEffects.Should().ContainSingle().Which.Period.Should().Be(Month("2025-12"));
    }

    [Fact]
    public void S31_R21_BulkAcceptWithNoReduction_AppliesTheChoiceToEveryNote()
    {
        var notes = Enumerable.Range(1, 5).Select(i => CreditNote($"cn-{i}", "2025-12-10T18:00")).ToList();
        var actions = notes.Select(n => Accept(n.Id, "2025-12-11T10:00", ItcReduction.None)).ToList();

        var statement = ImsEngine.Compute(Case(notes, actions, FiledMonthly("2025-04", "2025-10")), Month("2025-11"));

        statement.Documents.Should().HaveCount(5).And.OnlyContain(d => d.Itc.IsZero);
    }

    [Fact]
    public void R26_DeclarationOnAnOriginalInvoice_IsIgnoredWithAFinding()
    {
        var imsCase = Case([Invoice("inv", "2025-12-10T18:00")], [Accept("inv", "2025-12-11T10:00", ItcReduction.None)], FiledMonthly("2025-04", "2025-10"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-11"));

        statement.Doc("inv").Itc.Igst.Should().Be(1800m);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ReductionNotApplicable);
    }

    [Fact]
    public void R45_DeclarationBeforeOct2025_IsIgnoredAndTheFullReductionApplies()
    {
        var imsCase = Case([CreditNote("cn", "2025-08-10T18:00")], [Accept("cn", "2025-08-11T10:00", ItcReduction.None)], FiledMonthly("2025-04", "2025-06"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-07"));

        statement.Doc("cn").Itc.Igst.Should().Be(-1800m);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.ReductionNotApplicable);
    }

    private static Gstr2bStatement ComputeNovember(ImsAction action, TaxAmounts? tax = null)
    {
        var cn = CreditNote("cn", "2025-12-10T18:00") with { Tax = tax ?? TaxAmounts.OfIgst(1800m) };
        return ImsEngine.Compute(Case([cn], [action], FiledMonthly("2025-04", "2025-10")), Month("2025-11"));
    }
}
