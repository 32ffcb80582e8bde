using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Actions;
using Ims.Rules.Cases;
using Ims.Rules.Money;
using Ims.Rules.Statements;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>The engine's laws, each checked on a thousand generated cases.</summary>
public sealed class LawTests
{
    private static readonly Config Thousand = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static System.Collections.Immutable.ImmutableArray<Gstr2bStatement> Year(ImsCase imsCase) =>
        ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-02"));

    [Fact]
    public void ComputeRange_InputOrderOfRecordsAndActions_NeverChangesAnyStatement()
    {
        var gen = from imsCase in Arbitraries.CaseGen()
                  from records in Gen.Shuffle(imsCase.Records.ToArray())
                  from actions in Gen.Shuffle(imsCase.Actions.ToArray())
                  select (imsCase, shuffled: imsCase with { Records = [.. records], Actions = [.. actions] });

        Check.One(Thousand, Prop.ForAll(gen.ToArbitrary(), pair =>
            Year(pair.imsCase).Select(Canonical.Of).SequenceEqual(Year(pair.shuffled).Select(Canonical.Of))));
    }

    [Fact]
    public void ComputeRange_EveryFiledRecord_LandsInExactlyOneStatementOrIsStillCarried()
    {
        Check.One(Thousand, Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var engine = ImsEngine.Create(imsCase);
            var statements = engine.ComputeRange(Month("2025-09"), Month("2026-02"));
            var last = statements[^1];
            foreach (var record in imsCase.Records)
            {
                if (engine.Calendar.NaturalMonth(record) is not { } month || month > last.Period.End)
                {
                    continue;
                }

                var places = statements.Count(s => s.Has(record.Id)) + (last.Carries(record.Id) ? 1 : 0);
                if (places != 1)
                {
                    throw new InvalidOperationException($"{record.Id} of {month} is in {places} places.\n{CaseText.Of(imsCase)}\n" +
                        string.Join("\n", statements.Select(Canonical.Placement)));
                }
            }

            return true;
        }));
    }

    [Fact]
    public void Compute_SummaryAndGstr3bFigures_EqualTheSumsOfTheDocuments()
    {
        Check.One(Thousand, Prop.ForAll(Arbitraries.Cases(), imsCase => Year(imsCase).All(statement =>
        {
            TaxAmounts Sum(Bucket bucket) => statement.Documents.Where(d => d.Bucket == bucket).Aggregate(TaxAmounts.Zero, (a, d) => a + d.Itc);
            var figures = statement.Summary.Gstr3b;
            return statement.Summary.ItcAvailable == Sum(Bucket.ItcAvailable)
                && statement.Summary.ItcNotAvailable == Sum(Bucket.ItcNotAvailable)
                && statement.Summary.ItcRejected == TaxAmounts.Zero
                && figures.NetItc == statement.Summary.ItcAvailable
                && !figures.Table4A5.HasNegative && !figures.Table4B2.HasNegative;
        })));
    }

    [Fact]
    public void ComputeRange_ReplacingNoActionWithAccept_LeavesEveryPlacementUnchanged()
    {
        Check.One(Thousand, Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var accepted = imsCase with
            {
                Actions = [.. imsCase.Actions.Select(a => a.Action == ActionKind.NoAction ? a with { Action = ActionKind.Accept, ItcReduction = null } : a)],
            };
            var before = string.Join("\n", Year(imsCase).Select(Canonical.Placement));
            var after = string.Join("\n", Year(accepted).Select(Canonical.Placement));
            return before == after ? true : throw new InvalidOperationException($"{CaseText.Of(imsCase)}\n--- no action:\n{before}\n--- accept:\n{after}");
        }));
    }
}
