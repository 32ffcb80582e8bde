using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Generators of realistic cases for the engine's laws: monthly and quarterly recipients with
/// frequency changes, several suppliers, every record kind and form, amendments, filing
/// instants on window edges (11th/12th, 13th/14th, month ends, 30 November), action timelines
/// around generation and filing, revisions, declarations, and GSTR-3B filings present or missing.
/// </summary>
internal static class Arbitraries
{
    private static readonly Gstin[] Suppliers = [Supplier, Gstin.Parse("07AAACB2894G1ZP"), Gstin.Parse("27AABCS1429B1ZU")];

    /// <summary>Every case, GSTR-3B filed for every period: statements all exist and each closes.</summary>
    public static Arbitrary<ImsCase> Cases() => Arb.From(CaseGen(), Shrink);

    /// <summary>Cases whose GSTR-3B filings may stop or skip a period.</summary>
    public static Arbitrary<ImsCase> CasesWithGaps() => Arb.From(CaseGen(completeFilings: false), Shrink);

    public static Gen<ImsCase> CaseGen(bool completeFilings = true) =>
        from profile in ProfileGen()
        from count in Gen.Choose(1, 14)
        from drafts in Gen.ListOf(Gen.Zip(RecordGen(), StepsGen()), count)
        from lateness in Gen.ListOf(Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Choose(1, 4)), (1, Gen.Choose(5, 40))), 30)
        from gap in completeFilings ? Gen.Constant(-1) : Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(14, 24)))
        from policies in Gen.Frequency((4, Gen.Constant(ImsPolicies.Default)), (1, Gen.Constant(ImsPolicies.Default with { AmendmentOriginal = AmendmentOriginalPolicy.Independent })))
        let records = Link(drafts.Select(d => d.Item1))
        select Assemble(profile, records, drafts.SelectMany((d, i) => Actions(records[i], d.Item2)), lateness, gap, policies);

    /// <summary>
    /// The cases <see cref="ReplayModel"/> reads (its scope, said there): a monthly recipient; invoices, debit and
    /// credit notes in monthly suppliers' GSTR-1, with the place-of-supply rule, reverse charge and late and
    /// time-barred filings; no amendments, revisions or declarations; at most one action on a record at one
    /// instant; default policies; GSTR-3B filed for every period, some late.
    /// </summary>
    public static Arbitrary<ImsCase> ReplayCases() => Arb.From(
        from count in Gen.Choose(1, 14)
        from drafts in Gen.ListOf(Gen.Zip(RecordGen(), StepsGen()), count)
        from lateness in Gen.ListOf(Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Choose(1, 4)), (1, Gen.Choose(5, 40))), 30)
        // GSTR-3B filed for every period. With one left unfiled the replay keeps that period's Pending records in it for
        // good (nothing moves on until its GSTR-3B commits it), while the engine carries them into the statement open
        // at the instant (R14), as it does for a projected statement; a later period's GSTR-3B closes none of them in
        // either (R17, R32, R33: pinned by ActionRuleTests.R17_Gstr3bOfALaterPeriodFiledFirst_...). The gap corner
        // stays in CasesWithGaps for the other laws.
        let gap = -1
        let records = drafts.Select((d, i) => Replayable(d.Item1, i)).ToList()
        let actions = drafts.SelectMany((d, i) => Actions(records[i], d.Item2.Select(s => (s.Kind, s.Hours, 0)).DistinctBy(s => s.Hours)))
        select Assemble([new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly)], records, actions, lateness, gap, ImsPolicies.Default),
        Shrink);

    private static InwardRecord Replayable(InwardRecord record, int index) => record with
    {
        Id = "r" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = record.Kind is RecordKind.Invoice or RecordKind.CreditNote or RecordKind.DebitNote ? record.Kind : RecordKind.Invoice,
        Form = SupplierForm.Gstr1,
        SupplierFrequency = ReturnFrequency.Monthly,
        SupplierGstin = record.SupplierGstin ?? Supplier,
        PlaceOfSupply = record.PlaceOfSupply ?? StateCode.Parse("27"),
        Sez = false,
        ReferenceDate = null,
        PortCode = null,
        Eco = false,
        ItcEligible = true,
        RevisedAt = [],
        FiledAt = record.FiledAt ?? record.SavedAt,
        SupplierPeriod = record.SupplierPeriod ?? ReturnPeriod.Month(IndianTime.DateOf((record.FiledAt ?? record.SavedAt)!.Value).ToYearMonth().PlusMonths(-1)),
    };

    private static ImsCase Assemble(ImmutableArray<FrequencyChange> profile, List<InwardRecord> records, IEnumerable<ImsAction> actions, List<int> lateness, int gap, ImsPolicies policies)
    {
        var imsCase = Case(records, actions, policies: policies) with { Recipient = new Recipient { Gstin = Support.Build.Recipient, Profile = profile } };
        var calendar = new ImsCalendar(imsCase);
        var filings = ImmutableDictionary.CreateBuilder<YearMonth, Instant>();
        var index = 0;
        Instant? previous = null;
        for (var month = new YearMonth(2024, 4); month <= new YearMonth(2026, 6); month = month.PlusMonths(1))
        {
            var period = calendar.ReturnPeriodOf(month);
            if (period.Start != month)
            {
                continue;
            }

            index++;
            if (gap >= 0 && index == gap)
            {
                continue; // a period left unfiled: later statements wait (R32)
            }

            // Returns are filed in order: a late one delays the next.
            var due = IndianTime.StartOf(calendar.Gstr3bDueDate(period).PlusDays(lateness[index % lateness.Count])) + Duration.FromHours(17);
            previous = previous is { } last && last >= due ? last + Duration.FromHours(1) : due;
            filings[month] = previous.Value;
        }

        return imsCase with { Filings = new Filings { Gstr3b = filings.ToImmutable() } };
    }

    private static Gen<ImmutableArray<FrequencyChange>> ProfileGen() =>
        Gen.Frequency(
            (7, Gen.Constant<ImmutableArray<FrequencyChange>>([new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly)])),
            (2, Gen.Elements(StateGroup.A, StateGroup.B).Select(g => ImmutableArray.Create(new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Quarterly, g)))),
            (2, Gen.Elements(new YearMonth(2025, 10), new YearMonth(2026, 1), new YearMonth(2025, 11)).Select(m => ImmutableArray.Create(
                new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly), new FrequencyChange(m, ReturnFrequency.Quarterly)))));

    /// <summary>Lets some records amend an earlier one of the same kind.</summary>
    private static List<InwardRecord> Link(IEnumerable<InwardRecord> records)
    {
        var result = new List<InwardRecord>();
        foreach (var (record, index) in records.Select((r, i) => (r, i)))
        {
            var original = result.LastOrDefault(r => r.Kind == record.Kind && r.FiledAt < record.FiledAt && r.Eco == record.Eco);
            var id = "r" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(index % 4 == 3 && original is not null ? record with { Id = id, Amends = original.Id, Number = original.Number } : record with { Id = id });
        }

        return result;
    }

    private static Gen<Instant> FilingGen() =>
        from month in Gen.Choose(0, 6)
        from edge in Gen.Frequency(
            (2, Gen.Constant((11, 23, 59))), (2, Gen.Constant((12, 0, 0))), (2, Gen.Constant((13, 23, 59))), (2, Gen.Constant((14, 0, 0))),
            (1, Gen.Constant((28, 23, 59))), (1, Gen.Constant((1, 0, 0))), (1, Gen.Constant((30, 23, 59))),
            (6, from day in Gen.Choose(1, 28) from hour in Gen.Choose(0, 23) select (day, hour, 0)))
        let first = new YearMonth(2025, 10).PlusMonths(month)
        let day = System.Math.Min(edge.Item1, first.Calendar.GetDaysInMonth(first.Year, first.Month))
        select new LocalDateTime(first.Year, first.Month, day, edge.Item2, edge.Item3).WithOffset(IndianTime.Offset).ToInstant();

    private static Gen<InwardRecord> RecordGen() =>
        from kind in Gen.Frequency(
            (8, Gen.Constant(RecordKind.Invoice)), (3, Gen.Constant(RecordKind.CreditNote)), (2, Gen.Constant(RecordKind.DebitNote)),
            (2, Gen.Constant(RecordKind.BillOfEntry)), (1, Gen.Constant(RecordKind.IsdInvoice)), (1, Gen.Constant(RecordKind.IsdCreditNote)))
        from form in Gen.Frequency((12, Gen.Constant(SupplierForm.Gstr1)), (2, Gen.Constant(SupplierForm.Iff)), (2, Gen.Constant(SupplierForm.Gstr1A)), (1, Gen.Constant(SupplierForm.Gstr5)))
        from quarterlySupplier in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
        from filed in FilingGen()
        from age in Gen.Frequency((6, Gen.Choose(0, 40)), (2, Gen.Choose(200, 420)), (1, Gen.Elements(245, 246, 611, 612)))
        from savedEarly in Gen.Choose(0, 240)
        from revised in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from tax in Gen.Choose(1, 100000)
        from intraState in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from supplier in Gen.Elements(Suppliers)
        from reverseCharge in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        from eco in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from sez in Gen.Elements(false, true)
        from eligible in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Record(kind, form, quarterlySupplier, filed, age, savedEarly, revised, tax / 100m * 18, intraState, supplier, reverseCharge, eco, sez, eligible);

    private static InwardRecord Record(RecordKind kind, SupplierForm form, bool quarterlySupplier, Instant filed, int age, int savedEarlyHours, bool revised,
        decimal tax, bool intraState, Gstin supplier, bool reverseCharge, bool eco, bool sez, bool eligible)
    {
        var saved = filed - Duration.FromHours(savedEarlyHours);
        var filedOn = IndianTime.DateOf(filed);
        if (kind == RecordKind.BillOfEntry)
        {
            return BillOfEntry("x", filedOn.ToString("uuuu-MM-dd", null), tax, sez) with { Date = filedOn.PlusDays(-age % 30), SavedAt = filed };
        }

        var isd = kind is RecordKind.IsdInvoice or RecordKind.IsdCreditNote;
        return new InwardRecord
        {
            Id = "x",
            Kind = kind,
            Form = isd ? SupplierForm.Gstr6 : form,
            SupplierFrequency = quarterlySupplier ? ReturnFrequency.Quarterly : ReturnFrequency.Monthly,
            SupplierPeriod = ReturnPeriod.Month(filedOn.ToYearMonth().PlusMonths(-1)),
            SupplierGstin = supplier,
            Number = "N" + tax.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date = filedOn.PlusDays(-age),
            PlaceOfSupply = intraState ? supplier.State : StateCode.Parse("27"),
            ReverseCharge = reverseCharge && !isd,
            Eco = eco && kind == RecordKind.Invoice && !isd,
            ItcEligible = eligible || !isd,
            TaxableValue = tax * 5,
            Tax = intraState ? TaxAmounts.OfCgstSgst(tax / 2) : TaxAmounts.OfIgst(tax),
            SavedAt = saved,
            FiledAt = filed,
            RevisedAt = revised && savedEarlyHours > 2 ? [saved + Duration.FromHours(1)] : [],
        };
    }

    private static Gen<List<(ActionKind Kind, int Hours, int Reduction)>> StepsGen() =>
        from count in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Choose(1, 2)), (1, Gen.Choose(3, 4)))
        from steps in Gen.ListOf(
            from kind in Gen.Frequency((3, Gen.Constant(ActionKind.Accept)), (2, Gen.Constant(ActionKind.Reject)), (3, Gen.Constant(ActionKind.Pending)), (1, Gen.Constant(ActionKind.NoAction)))
            from hours in Gen.Frequency((3, Gen.Choose(0, 72)), (2, Gen.Choose(72, 24 * 40)), (2, Gen.Choose(24 * 40, 24 * 160)))
            from reduction in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
            select (kind, hours, reduction),
            count)
        select steps;

    private static IEnumerable<ImsAction> Actions(InwardRecord record, IEnumerable<(ActionKind Kind, int Hours, int Reduction)> steps) =>
        steps.Select(step => new ImsAction
        {
            RecordId = record.Id,
            Action = step.Kind,
            At = (record.SavedAt ?? Ist("2025-10-01")) + Duration.FromHours(step.Hours),
            ItcReduction = step.Reduction switch
            {
                1 => ItcReduction.None,
                2 => ItcReduction.Full,
                3 => ItcReduction.Partial(new TaxAmounts(record.Tax.Igst / 2, record.Tax.Cgst / 2, record.Tax.Sgst / 2, 0)),
                4 => ItcReduction.Partial(new TaxAmounts(record.Tax.Igst + 1, 0, 0, 0)),
                _ => null,
            },
            Remark = step.Reduction == 1 ? "already reversed" : null,
        });

    /// <summary>Smaller cases: one record (with its actions) or one action fewer.</summary>
    private static IEnumerable<ImsCase> Shrink(ImsCase imsCase)
    {
        foreach (var record in imsCase.Records)
        {
            yield return imsCase with
            {
                Records = imsCase.Records.Remove(record),
                Actions = [.. imsCase.Actions.Where(a => a.RecordId != record.Id)],
            };
        }

        foreach (var action in imsCase.Actions)
        {
            yield return imsCase with { Actions = imsCase.Actions.Remove(action) };
        }
    }
}
