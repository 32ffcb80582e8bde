using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ims.Rules.Cases;
using Ims.Rules.Findings;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Suggestions;
using Ims.Rules.Statements;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The statement effect of each suggestion: <see cref="ImsEngine.Compute(ReturnPeriod, Instant?)"/>
/// on the case with every suggested action added, against the case without them, record by record
/// in the statement where the record lands at the suggestion instant (or in the one period asked for).
/// </summary>
/// <remarks>
/// Linear in the lines: each statement is computed once per period and indexed by record id
/// (documents, findings, supplier effects), so a suggestion's effect is a few look-ups, however
/// many lines share its statement.
/// </remarks>
internal sealed class EffectCalculator
{
    private readonly Landings _landings;
    private readonly Instant _at;
    private readonly ReturnPeriod? _period;
    private readonly ImsEngine? _with;
    private readonly Dictionary<ReturnPeriod, IndexedStatement> _withStatements = [];
    private readonly Dictionary<string, List<Finding>> _newCaseFindings = new(StringComparer.Ordinal);

    public EffectCalculator(ImsCase imsCase, ImsEngine without, Landings landings, IReadOnlyList<Suggestion> suggestions, Instant at, ReturnPeriod? period)
    {
        _landings = landings;
        _at = at;
        _period = period;
        var actions = suggestions.SelectMany(s => s.Actions).ToList();
        if (actions.Count == 0)
        {
            return;
        }

        _with = ImsEngine.Create(imsCase with { Actions = [.. imsCase.Actions.IsDefault ? [] : imsCase.Actions, .. actions] });
        var caseFindingsWithout = new HashSet<Finding>(without.CaseFindings);
        foreach (var finding in _with.CaseFindings)
        {
            if (finding.RecordId is { } id && !caseFindingsWithout.Contains(finding))
            {
                IndexedStatement.Add(_newCaseFindings, id, finding);
            }
        }
    }

    public StatementEffect? EffectOf(Suggestion suggestion)
    {
        if (suggestion.Actions.IsEmpty || _with is null)
        {
            return null;
        }

        var ids = suggestion.Actions.Select(a => a.RecordId).Distinct(StringComparer.Ordinal).ToList();
        var main = ids[^1];
        var caseFindings = ids.SelectMany(id => _newCaseFindings.TryGetValue(id, out var list) ? list : []);
        if ((_period ?? _landings.Of(main)?.Period) is not { } period)
        {
            return new StatementEffect
            {
                Without = EffectPlacement.NotInStatement,
                With = EffectPlacement.NotInStatement,
                Summary = "Saved but not filed: the record enters no statement until the supplier files it (R9); the action counts from then.",
                Findings = [.. caseFindings],
            };
        }

        var without = _landings.Without(period);
        var with = With(period);
        var placeWithout = Place(without, main);
        var placeWith = Place(with, main);
        var itcWithout = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + Itc(without, id));
        var itcWith = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + Itc(with, id));
        var deferred = placeWith == EffectPlacement.CarriedForward && placeWithout != EffectPlacement.CarriedForward ? itcWithout : TaxAmounts.Zero;
        var supplier = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + Change(with, id) - Change(without, id));
        var statementFindings = ids.SelectMany(id => with.FindingsByRecord.TryGetValue(id, out var list) ? list : []).Where(f => !without.Findings.Contains(f));
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
            Summary = Summary(with.Statement, placeWithout, placeWith, itcWith - itcWithout, deferred, supplier),
            Findings = [.. caseFindings.Concat(statementFindings).Distinct()],
        };
    }

    /// <summary>Where a record stands in a closed statement, for a suggestion made for information only: nothing changes it now.</summary>
    public static StatementEffect Closed(Landing landing, string recordId)
    {
        var statement = landing.Statement!;
        var placement = Place(statement, recordId);
        var itc = Itc(statement, recordId);
        return new StatementEffect
        {
            Period = landing.Period,
            AsOf = statement.Statement.AsOf,
            Without = placement,
            With = placement,
            ItcWithout = itc,
            ItcWith = itc,
            Summary = string.Create(CultureInfo.InvariantCulture,
                $"Already in GSTR-3B of {landing.Period}, filed {Text.Instant(landing.ClosedAt!.Value)}: {Words(placement)}, ITC {Text.Money(itc.Total)}; no IMS action can change it now (R17)."),
        };
    }

    private IndexedStatement With(ReturnPeriod period)
    {
        if (!_withStatements.TryGetValue(period, out var statement))
        {
            statement = new IndexedStatement(_with!.Compute(period, _landings.AsOf(period)));
            _withStatements[period] = statement;
        }

        return statement;
    }

    private static EffectPlacement Place(IndexedStatement statement, string recordId)
    {
        if (statement.Documents.TryGetValue(recordId, out var document))
        {
            return document.Bucket switch
            {
                Bucket.ItcAvailable => EffectPlacement.ItcAvailable,
                Bucket.ItcNotAvailable => EffectPlacement.ItcNotAvailable,
                Bucket.ItcRejected => EffectPlacement.ItcRejected,
            };
        }

        return statement.Carried.Contains(recordId) ? EffectPlacement.CarriedForward : EffectPlacement.NotInStatement;
    }

    private static TaxAmounts Itc(IndexedStatement statement, string recordId) =>
        statement.Documents.TryGetValue(recordId, out var document) && document.Bucket != Bucket.ItcNotAvailable ? document.Itc : TaxAmounts.Zero;

    private static TaxAmounts Change(IndexedStatement statement, string recordId) =>
        statement.SupplierChange.TryGetValue(recordId, out var change) ? change : TaxAmounts.Zero;

    private static string Summary(Gstr2bStatement statement, EffectPlacement without, EffectPlacement with, TaxAmounts gained, TaxAmounts deferred, TaxAmounts supplier)
    {
        var period = statement.Period.ToString();
        if (statement.Status == StatementStatus.NotGenerated)
        {
            var why = statement.Findings.FirstOrDefault(f => f.RecordId is null)?.Message ?? "no statement";
            return $"The {period} statement is not generated as of {Text.Instant(statement.AsOf)}: {why}";
        }

        var parts = new List<string> { $"{period} statement as of {Text.Instant(statement.AsOf)}: {Words(without)} → {Words(with)}" };
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"ITC gained {Text.SignedMoney(gained.Total)}"));
        if (without == EffectPlacement.ItcAvailable && with == EffectPlacement.ItcAvailable && gained.IsZero)
        {
            parts.Add("no change, since left without action it would be deemed accepted (R11), but the decision is on record");
        }

        if (!deferred.IsZero)
        {
            parts.Add($"ITC deferred {Text.Money(deferred.Total)} to the statement where it is decided");
        }

        if (!supplier.IsZero)
        {
            parts.Add($"supplier liability {Text.SignedMoney(supplier.Total)} in a later period (R47)");
        }

        return string.Join("; ", parts) + ".";
    }

    private static string Words(EffectPlacement placement) => placement switch
    {
        EffectPlacement.ItcAvailable => "ITC Available",
        EffectPlacement.ItcNotAvailable => "ITC Not Available",
        EffectPlacement.ItcRejected => "ITC Rejected",
        EffectPlacement.CarriedForward => "carried forward as Pending",
        EffectPlacement.NotInStatement => "not in it",
    };
}
