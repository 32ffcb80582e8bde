using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>Laws of amendments (R39–R43).</summary>
public sealed class AmendmentLawTests : CoveredLaw
{
    /// <summary>An original and one to three amendments in later months, each accepted or left without action.</summary>
    private static Gen<(List<InwardRecord> Chain, List<ImsAction> Actions)> ChainGen() =>
        from kind in Gen.Elements(RecordKind.Invoice, RecordKind.CreditNote, RecordKind.DebitNote, RecordKind.BillOfEntry)
        from values in Gen.ListOf(Gen.Choose(0, 500000), 4)
        from length in Gen.Choose(2, 4)
        from gaps in Gen.ListOf(Gen.Choose(0, 70), 4)
        from accepts in Gen.ListOf(Gen.Elements(true, false), 4)
        select Chain(kind, values.Take(length).Select(v => v / 100m).ToList(), gaps, accepts);

    private static (List<InwardRecord>, List<ImsAction>) Chain(RecordKind kind, List<decimal> values, List<int> gaps, List<bool> accepts)
    {
        var chain = new List<InwardRecord>();
        var actions = new List<ImsAction>();
        var filed = Ist("2025-10-20");
        for (var i = 0; i < values.Count; i++)
        {
            filed += Duration.FromDays(20 + gaps[i]);
            var text = IndianTime.InIst(filed).ToString("uuuu-MM-dd'T'HH:mm", null);
            var record = kind == RecordKind.BillOfEntry
                ? BillOfEntry("v" + i, text[..10], values[i]) with { Amends = i == 0 ? null : "v" + (i - 1) }
                : (i == 0 ? Invoice("v0", text, values[0]) : Amendment(chain[^1], "v" + i, text, values[i])) with { Kind = kind };
            chain.Add(record);
            if (accepts[i])
            {
                actions.Add(new ImsAction { RecordId = record.Id, Action = ActionKind.Accept, At = record.SavedAt!.Value + Duration.FromDays(40) });
            }
        }

        return (chain, actions);
    }

    [Law]
    public Property ComputeRange_AllVersionsAccepted_EffectsAddUpToTheLastAmendedValue()
    {
        return Prop.ForAll(ChainGen().ToArbitrary(), generated =>
        {
            var imsCase = Case(generated.Chain, generated.Actions, FiledMonthly("2024-04", "2026-12"));
            var statements = ImsEngine.Create(imsCase).ComputeRange(Month("2025-10"), Month("2026-12"));
            var total = statements.SelectMany(s => s.Documents).Aggregate(TaxAmounts.Zero, (sum, d) => sum + d.Itc);
            var last = generated.Chain[^1];
            var expected = last.Kind == RecordKind.CreditNote ? last.Tax.Negate() : last.Tax;
            var accepted = generated.Actions.Select(a => a.RecordId).ToHashSet();
            return Covered(total == expected,
                (generated.Chain.Skip(1).Any(r => accepted.Contains(r.Id)), "an amendment accepted"),
                (generated.Chain.Skip(1).Any(r => !accepted.Contains(r.Id)), "an amendment left without action"));
        });
    }

    [Law]
    public Property ComputeRange_NoRecord_AppearsInTwoStatements(ImsCase imsCase)
    {
        var documents = ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-02")).SelectMany(s => s.Documents).ToList();
        return Covered(documents.Select(d => d.RecordId).Distinct().Count() == documents.Count,
            (imsCase.Records.Any(r => r.Amends is not null), "a case with an amendment"));
    }
}
