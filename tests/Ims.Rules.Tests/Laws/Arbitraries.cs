using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Actions;
using Ims.Rules.Cases;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Records;
using Ims.Rules.Registration;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>Generators of realistic cases for the engine's laws.</summary>
internal static class Arbitraries
{
    private static readonly Gstin[] Suppliers = [Supplier, Gstin.Parse("07AAACB2894G1ZP")];

    /// <summary>The first instant generated filings and actions may have.</summary>
    public static readonly Instant Start = Ist("2025-09-12");

    /// <summary>A monthly recipient's Oct-2025 to Mar-2026, with every GSTR-3B filed on the 20th.</summary>
    public static Arbitrary<ImsCase> Cases() => Arb.From(CaseGen());

    public static Gen<ImsCase> CaseGen() =>
        from count in Gen.Choose(1, 12)
        from drafts in Gen.ListOf(Gen.Zip(RecordGen(), StepsGen()), count)
        let records = Link(drafts.Select(d => d.Item1))
        select Case(records, drafts.SelectMany((d, i) => Actions(records[i], d.Item2)), FiledMonthly("2024-04", "2026-02"));

    /// <summary>Lets some records amend an earlier one of the same kind.</summary>
    private static List<InwardRecord> Link(IEnumerable<InwardRecord> records)
    {
        var result = new List<InwardRecord>();
        foreach (var (record, index) in records.Select((r, i) => (r, i)))
        {
            var original = result.LastOrDefault(r => r.Kind == record.Kind && !r.IsAmendment && r.FiledAt < record.FiledAt);
            result.Add(index % 3 == 2 && original is not null ? record with { Id = "r" + index, Amends = original.Id } : record with { Id = "r" + index });
        }

        return result;
    }

    private static Gen<InwardRecord> RecordGen() =>
        from kind in Gen.Elements(RecordKind.Invoice, RecordKind.Invoice, RecordKind.CreditNote, RecordKind.DebitNote, RecordKind.BillOfEntry)
        from day in Gen.Choose(0, 180)
        from hour in Gen.Choose(0, 23)
        from tax in Gen.Choose(1, 100000)
        from supplier in Gen.Elements(Suppliers)
        from reverseCharge in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from eco in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select Record(kind, Start + Duration.FromDays(day) + Duration.FromHours(hour), tax / 100m * 18, supplier, reverseCharge, eco);

    private static InwardRecord Record(RecordKind kind, Instant filed, decimal tax, Gstin supplier, bool reverseCharge, bool eco)
    {
        if (kind == RecordKind.BillOfEntry)
        {
            return BillOfEntry("x", IndianTime.DateOf(filed).ToString("uuuu-MM-dd", null), tax);
        }

        return new InwardRecord
        {
            Id = "x",
            Kind = kind,
            Form = SupplierForm.Gstr1,
            SupplierGstin = supplier,
            Number = "N",
            Date = IndianTime.DateOf(filed).PlusDays(-10),
            PlaceOfSupply = StateCode.Parse("27"),
            ReverseCharge = reverseCharge && kind != RecordKind.CreditNote,
            Eco = eco && kind == RecordKind.Invoice,
            TaxableValue = tax * 5,
            Tax = TaxAmounts.OfIgst(tax),
            SavedAt = filed - Duration.FromDays(2),
            FiledAt = filed,
        };
    }

    private static Gen<List<(ActionKind Kind, int Hours)>> StepsGen() =>
        from count in Gen.Frequency((5, Gen.Constant(0)), (4, Gen.Choose(1, 3)))
        from steps in Gen.ListOf(
            from kind in Gen.Elements(ActionKind.Accept, ActionKind.Reject, ActionKind.Pending, ActionKind.NoAction)
            from hours in Gen.Choose(0, 24 * 90)
            select (kind, hours),
            count)
        select steps;

    private static IEnumerable<ImsAction> Actions(InwardRecord record, IEnumerable<(ActionKind Kind, int Hours)> steps) =>
        steps.Select(step => new ImsAction
        {
            RecordId = record.Id,
            Action = step.Kind,
            At = record.SavedAt!.Value + Duration.FromHours(step.Hours),
        });
}
