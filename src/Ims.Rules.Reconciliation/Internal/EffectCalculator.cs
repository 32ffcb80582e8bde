using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Ims.Rules.Reconciliation.Suggestions;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The statement effect of each suggestion: <see cref="ImsEngine.Compute(ReturnPeriod, StatementMoment)"/>
/// with the suggested actions added, against the case without them, record by record in the
/// statement where the record lands at the suggestion instant (or in the one period asked for).
/// </summary>
/// <remarks>
/// Linear in the lines. Records interact only through amendment chains, so the case with the
/// actions is computed per target statement on the records that land there (with their chains)
/// and the actions on them: a statement then never re-evaluates the Pending records of earlier
/// statements, whose effects are read from their own. Every statement is computed once and indexed
/// by record id (documents, findings, supplier effects), so a suggestion's effect is a few look-ups.
/// </remarks>
internal sealed class EffectCalculator
{
    private readonly Landings _landings;
    private readonly ReturnPeriod? _period;
    private readonly Dictionary<string, Target> _targetOf;
    private readonly Target[] _lineTargets;

    public EffectCalculator(ImsEngine without, Landings landings, IReadOnlyList<Suggestion> suggestions, IReadOnlyList<Landing?> landed, ReturnPeriod? period)
    {
        _landings = landings;
        _period = period;
        _targetOf = new Dictionary<string, Target>(suggestions.Count, StringComparer.Ordinal);
        _lineTargets = new Target[suggestions.Count];
        var targets = new Dictionary<ReturnPeriod, Target>();
        var notFiled = new Target(null);
        for (var i = 0; i < suggestions.Count; i++)
        {
            var suggestion = suggestions[i];
            if (suggestion.Actions.IsEmpty)
            {
                continue;
            }

            var targetPeriod = _period ?? landed[i]?.Period;
            Target target;
            if (targetPeriod is { } p)
            {
                if (!targets.TryGetValue(p, out target!))
                {
                    targets[p] = target = new Target(p);
                }
            }
            else
            {
                target = notFiled;
            }

            foreach (var action in suggestion.Actions)
            {
                target.Actions.Add(action);
                ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_targetOf, action.RecordId, out _);
                first ??= target;
                _lineTargets[i] = first; // the last action's record is the line's own: its effect is read where that record went first
            }
        }

        if (_targetOf.Count == 0)
        {
            return;
        }

        Distribute(without.Case);
        var all = targets.Values.Append(notFiled).Where(t => t.Actions.Count > 0).ToList();
        var caseFindingsWithout = new HashSet<Finding>(without.CaseFindings);
        // Each target's statement with the actions, and the same statement without them (which EffectOf reads), all side by side.
        var work = all.Select(target => (Action)(() => target.Compute(without, caseFindingsWithout, landings)))
            .Concat(all.Where(target => target.Period is not null).Select(target => (Action)(() => landings.Without(target.Period!.Value))));
        Parallel.Invoke([.. work]);
    }

    /// <summary>The effect of the suggestion of line <paramref name="line"/> (as given to the constructor); none without actions.</summary>
    public StatementEffect? EffectOf(int line, Suggestion suggestion)
    {
        if (suggestion.Actions.IsEmpty)
        {
            return null;
        }

        var actions = suggestion.Actions;
        var target = _lineTargets[line];
        var caseFindings = Collect(actions, target.NewCaseFindings, null);
        if (target.Period is not { } period)
        {
            return new StatementEffect
            {
                Without = EffectPlacement.NotInStatement,
                With = EffectPlacement.NotInStatement,
                Summary = "Saved but not filed: the record enters no statement until the supplier files it (R9); the action counts from then.",
                Findings = caseFindings,
            };
        }

        var without = _landings.Without(period);
        var with = target.Statement!;
        EffectPlacement placeWithout = default, placeWith = default;
        TaxAmounts itcWithout = TaxAmounts.Zero, itcWith = TaxAmounts.Zero, supplier = TaxAmounts.Zero;
        List<Finding>? found = null;
        for (var i = 0; i < actions.Length; i++)
        {
            var id = actions[i].RecordId; // each version of a document once: the suggestion's actions name distinct records
            var before = without.Of(id);
            var after = with.Of(id);
            itcWithout += Itc(before);
            itcWith += Itc(after);
            supplier += with.SupplierChangeOf(id) - without.SupplierChangeOf(id);
            foreach (var finding in after.Findings ?? [])
            {
                if (!without.Findings.Contains(finding))
                {
                    (found ??= []).Add(finding);
                }
            }

            if (i == actions.Length - 1)
            {
                (placeWithout, placeWith) = (Place(before), Place(after));
            }
        }

        var deferred = placeWith == EffectPlacement.CarriedForward && placeWithout != EffectPlacement.CarriedForward ? itcWithout : TaxAmounts.Zero;
        return new StatementEffect
        {
            Period = period,
            AsOf = with.Statement.AsOf,
            Without = placeWithout,
            With = placeWith,
            ItcWithout = itcWithout,
            ItcWith = itcWith,
            ItcDeferred = deferred,
            SupplierLiabilityIncrease = supplier,
            Summary = Summary(with, placeWithout, placeWith, itcWith - itcWithout, deferred, supplier),
            Findings = found is null ? caseFindings : [.. caseFindings.Concat(found).Distinct()],
        };
    }

    /// <summary>Where a record stands in a closed statement, for a suggestion made for information only: nothing changes it now.</summary>
    public static StatementEffect Closed(Landing landing)
    {
        var statement = landing.Statement!;
        var entry = new RecordEntry { Document = landing.Document };
        var placement = Place(entry);
        var itc = Itc(entry);
        return new StatementEffect
        {
            Period = landing.Period,
            AsOf = statement.Statement.AsOf,
            Without = placement,
            With = placement,
            ItcWithout = itc,
            ItcWith = itc,
            Summary = statement.SharedTexts.GetOrAdd((0, (int)placement, 0), static (key, closed) => $"Already in {closed}: {Words((EffectPlacement)key.A)}; no IMS action can change it now (R17).", landing.ClosedText),
        };
    }

    /// <summary>Gives every record of the case to the target of its amendment chain, so that each target's case holds whole chains.</summary>
    private void Distribute(ImsCase imsCase)
    {
        var records = imsCase.Records.IsDefault ? [] : imsCase.Records;
        Dictionary<string, string>? amends = null;
        foreach (var record in records)
        {
            if (record?.Amends is { } original && record.Id is { } id)
            {
                amends ??= new Dictionary<string, string>(StringComparer.Ordinal);
                amends.TryAdd(id, original);
            }
        }

        Dictionary<string, Target>? targetOfRoot = null;
        if (amends is not null)
        {
            targetOfRoot = new Dictionary<string, Target>(StringComparer.Ordinal);
            foreach (var (id, target) in _targetOf)
            {
                targetOfRoot.TryAdd(Root(id, amends), target);
            }
        }

        foreach (var record in records)
        {
            if (record?.Id is not { } id)
            {
                continue;
            }

            if (_targetOf.TryGetValue(id, out var target))
            {
                target.Ids.Add(id);
            }
            else if (targetOfRoot is not null && targetOfRoot.TryGetValue(Root(id, amends!), out target))
            {
                target.Ids.Add(id);
            }
        }
    }

    private static string Root(string id, Dictionary<string, string> amends)
    {
        var seen = 0;
        while (amends.TryGetValue(id, out var original) && seen++ < amends.Count)
        {
            id = original;
        }

        return id;
    }

    private static ImmutableArray<Finding> Collect(ImmutableArray<ImsAction> actions, Dictionary<string, List<Finding>> byRecord, HashSet<Finding>? except, ImmutableArray<Finding> first = default)
    {
        List<Finding>? found = null;
        foreach (var action in actions)
        {
            if (byRecord.TryGetValue(action.RecordId, out var list))
            {
                foreach (var finding in list)
                {
                    if (except is null || !except.Contains(finding))
                    {
                        found ??= [];
                        found.Add(finding);
                    }
                }
            }
        }

        if (found is null)
        {
            return first.IsDefault ? [] : first;
        }

        return [.. (first.IsDefault ? [] : first).Concat(found).Distinct()];
    }

    private static EffectPlacement Place(RecordEntry entry) => entry.Document?.Bucket switch
    {
        Bucket.ItcAvailable => EffectPlacement.ItcAvailable,
        Bucket.ItcNotAvailable => EffectPlacement.ItcNotAvailable,
        Bucket.ItcRejected => EffectPlacement.ItcRejected,
        null => entry.Carried ? EffectPlacement.CarriedForward : EffectPlacement.NotInStatement,
    };

    private static TaxAmounts Itc(RecordEntry entry) =>
        entry.Document is { } document && document.Bucket != Bucket.ItcNotAvailable ? document.Itc : TaxAmounts.Zero;

    private static string Summary(IndexedStatement indexed, EffectPlacement without, EffectPlacement with, TaxAmounts gained, TaxAmounts deferred, TaxAmounts supplier)
    {
        var statement = indexed.Statement;
        if (statement.Status == StatementStatus.NotGenerated)
        {
            var why = statement.Findings.FirstOrDefault(f => f.RecordId is null)?.Message ?? "no statement";
            return $"The {statement.Period} statement is not generated as of {Text.Instant(statement.AsOf)}: {why}";
        }

        if (gained.IsZero && deferred.IsZero && supplier.IsZero)
        {
            return indexed.SharedTexts.GetOrAdd((1, (int)without, (int)with), static (key, indexed) => Plain(indexed, (EffectPlacement)key.A, (EffectPlacement)key.B), indexed);
        }

        return Plain(indexed, without, with, gained, deferred, supplier);
    }

    private static string Plain(IndexedStatement indexed, EffectPlacement without, EffectPlacement with, TaxAmounts gained = default, TaxAmounts deferred = default, TaxAmounts supplier = default)
    {
        var summary = $"{indexed.Title}: {Words(without)} → {Words(with)}; ITC gained {Text.SignedMoney(gained.Total)}";
        if (without == EffectPlacement.ItcAvailable && with == EffectPlacement.ItcAvailable && gained.IsZero)
        {
            summary += "; no change, since left without action it would be deemed accepted (R11), but the decision is on record";
        }

        if (!deferred.IsZero)
        {
            summary += $"; ITC deferred {Text.Money(deferred.Total)} to the statement where it is decided";
        }

        if (!supplier.IsZero)
        {
            summary += $"; supplier liability {Text.SignedMoney(supplier.Total)} in a later period (R47)";
        }

        return summary + ".";
    }

    private static string Words(EffectPlacement placement) => placement switch
    {
        EffectPlacement.ItcAvailable => "ITC Available",
        EffectPlacement.ItcNotAvailable => "ITC Not Available",
        EffectPlacement.ItcRejected => "ITC Rejected",
        EffectPlacement.CarriedForward => "carried forward as Pending",
        EffectPlacement.NotInStatement => "not in it",
    };

    /// <summary>One statement the suggestions land in (or none: saved, not filed), with its records, the suggested actions on them, and the statement computed with the actions.</summary>
    private sealed class Target(ReturnPeriod? period)
    {
        public ReturnPeriod? Period { get; } = period;

        /// <summary>The ids of its records, with their whole amendment chains.</summary>
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        /// <summary>The suggested actions on them.</summary>
        public List<ImsAction> Actions { get; } = [];

        public IndexedStatement? Statement { get; private set; }

        public Dictionary<string, List<Finding>> NewCaseFindings { get; } = new(StringComparer.Ordinal);

        public void Compute(ImsEngine without, HashSet<Finding> caseFindingsWithout, Landings landings)
        {
            // The records already prepared, with the actions on them and the suggested ones: only the actions are prepared again.
            var engine = without.OnlyWith(Ids, Actions);
            foreach (var finding in engine.CaseFindings)
            {
                if (finding.RecordId is { } id && !caseFindingsWithout.Contains(finding))
                {
                    IndexedStatement.Add(NewCaseFindings, id, finding);
                }
            }

            if (Period is { } p)
            {
                Statement = new IndexedStatement(engine.Compute(p, landings.AsOf(p)));
            }
        }
    }
}
