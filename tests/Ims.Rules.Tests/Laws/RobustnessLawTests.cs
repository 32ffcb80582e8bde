using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>Law 8: bad data is a finding, never an exception.</summary>
public sealed class RobustnessLawTests : CoveredLaw
{
    private static readonly Instant[] OddInstants =
    [
        Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1999, 12, 31, 0, 0), Instant.FromUtc(2000, 1, 1, 0, 0),
        Ist("2024-10-13T23:59"), Ist("2025-11-11T23:59"), Ist("2025-11-12"), Ist("2025-11-30T23:59"), Ist("2026-03-31T23:59"),
    ];

    private static readonly LocalDate[] OddDates = [default, new(1999, 11, 3), new(2000, 3, 31), new(2021, 3, 31), new(2025, 11, 30), new(9998, 12, 31)];

    private static Gen<InwardRecord> Spoil(InwardRecord record) =>
        Gen.OneOf(
            Gen.Constant(record),
            Gen.Elements(OddInstants).Select(i => record with { FiledAt = i }),
            Gen.Elements(OddInstants).Select(i => record with { SavedAt = i, RevisedAt = [i] }),
            Gen.Elements(OddDates).Select(d => record with { Date = d }),
            Gen.Elements(OddDates).Select(d => record with { ReferenceDate = d, Form = SupplierForm.Icegate }),
            Gen.Constant(record with { Tax = new TaxAmounts(-1, 0, 0, 0) }),
            Gen.Constant(record with { SupplierGstin = null }),
            Gen.Constant(record with { SupplierGstin = default(Gstin) }),
            Gen.Constant(record with { SupplierGstin = Gstin.ParseAllowingBadCheckCharacter("29AABCT1332L1ZU") }),
            Gen.Constant(record with { Id = string.Empty }),
            Gen.Constant(record with { Id = "r0" }),
            Gen.Constant(record with { Amends = record.Id }),
            Gen.Constant(record with { Amends = "nowhere" }),
            Gen.Constant(record with { Amends = "r1" }),
            Gen.Constant(record with { Kind = RecordKind.IsdCreditNote }),
            Gen.Constant(record with { Form = SupplierForm.Gstr6, Kind = RecordKind.IsdInvoice, ItcEligible = false }),
            Gen.Constant(record with { Form = SupplierForm.Gstr1A, SupplierPeriod = null }),
            Gen.Constant(record with { PlaceOfSupply = null, InvoiceType = InvoiceType.DeemedExport }),
            Gen.Constant(record with { TransferredTo = Supplier }),
            Gen.Constant(record with { SupplierPeriod = ReturnPeriod.Month(9999, 12) }),
            Gen.Constant(record with { Kind = (RecordKind)42 }),
            Gen.Constant(record with { Form = (SupplierForm)(-1), InvoiceType = (InvoiceType)9 }),
            Gen.Constant(record with { TaxableValue = decimal.MaxValue, Tax = new TaxAmounts(decimal.MaxValue, 0, 0, 0) }),
            Gen.Constant(record with { Tax = new TaxAmounts(Paise.MaxAmount, Paise.MaxAmount, Paise.MaxAmount, Paise.MaxAmount) }),
            Gen.Constant(record with { Tax = new TaxAmounts(10, 9, 7, 0), SupplierGstin = Support.Build.Recipient }));

    private static Gen<ImsAction> SpoilAction(ImsAction action) =>
        Gen.OneOf(
            Gen.Constant(action),
            Gen.Elements(OddInstants).Select(i => action with { At = i }),
            Gen.Constant(action with { RecordId = "ghost" }),
            Gen.Constant(action with { ItcReduction = ItcReduction.Partial(new TaxAmounts(-5, 1, 2, 0)) }),
            Gen.Constant(action with { ItcReduction = ItcReduction.None, Action = ActionKind.Reject }),
            Gen.Constant(action with { Action = (ActionKind)7 }),
            Gen.Constant(action with { ItcReduction = ItcReduction.Partial(new TaxAmounts(decimal.MaxValue, decimal.MaxValue, 0, 0)) }));

    private static Gen<ImsCase> SpoiltCases() =>
        from imsCase in Arbitraries.CaseGen()
        from records in Gen.CollectToArray(imsCase.Records, Spoil)
        from actions in Gen.CollectToArray(imsCase.Actions, SpoilAction)
        from profile in Gen.Elements<IEnumerable<FrequencyChange>>(
            [], [new FrequencyChange(new YearMonth(2025, 5), ReturnFrequency.Quarterly)],
            [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Monthly), new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly, StateGroup.B)])
        from policies in Gen.Elements(null!, ImsPolicies.Default, ImsPolicies.Default with
        {
            AmendmentOriginal = AmendmentOriginalPolicy.Independent, QrmpStatements = QrmpStatementsPolicy.Monthly, Sequential = SequentialPolicy.Project,
            ExpiredPending = ExpiredPendingPolicy.KeepPending, PendingPastTimeLimit = PendingPastTimeLimitPolicy.KeepPending,
        })
        select imsCase with
        {
            Records = [.. records],
            Actions = [.. actions],
            Policies = policies,
            Recipient = imsCase.Recipient with { Profile = [.. profile] },
        };

    [Law]
    public Property ImsEngine_GeneratedCasesWithInvalidValues_NeverThrow()
    {
        return Prop.ForAll(SpoiltCases().ToArbitrary(), imsCase =>
        {
            var engine = ImsEngine.Create(imsCase);
            var statements = engine.ComputeRange(Month("2025-09"), Month("2026-03"));
            foreach (var period in new[] { "2025-10", "2025-11", "2026-02" })
            {
                engine.Compute(Month(period), Ist("2026-01-01"));
            }

            foreach (var record in imsCase.Records.Where(r => !string.IsNullOrEmpty(r.Id)))
            {
                engine.PendingAllowance(record.Id, Ist("2025-12-01"));
            }

            return Covered(statements.Length > 0,
                (engine.CaseFindings.Length > 0 || statements.Any(s => s.Findings.Length > 0), "bad data reported as findings"));
        });
    }
}
