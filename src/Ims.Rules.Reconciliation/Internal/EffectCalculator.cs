using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ims.Rules.Cases;
using Ims.Rules.Findings;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Suggestions;
using Ims.Rules.Records;
using Ims.Rules.Statements;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The statement effect of each suggestion: <see cref="ImsEngine.Compute(ReturnPeriod, StatementMoment)"/>
/// on the case with every suggested action added, against the case without them, record by record
/// in the statement where the record lands at the suggestion instant (or in the one period asked for).
/// </summary>
internal sealed class EffectCalculator
{
    private const int MaxPeriodsAhead = 240;
    private readonly ImsEngine _without;
    private readonly ImsEngine _with;
    private readonly Instant _at;
    private readonly ReturnPeriod? _period;
    private readonly Dictionary<string, InwardRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<ReturnPeriod, Comparison> _comparisons = [];
    private readonly HashSet<Finding> _caseFindingsWithout;

    public EffectCalculator(ImsCase imsCase, ImsEngine without, IEnumerable<Suggestion> suggestions, Instant at, ReturnPeriod? period)
    {
        _without = without;
        _at = at;
        _period = period;
        _with = ImsEngine.Create(imsCase with { Actions = [.. imsCase.Actions.IsDefault ? [] : imsCase.Actions, .. suggestions.SelectMany(s => s.Actions)] });
        _caseFindingsWithout = [.. without.CaseFindings];
        foreach (var record in imsCase.Records.IsDefault ? [] : imsCase.Records)
        {
            if (record?.Id is { } id)
            {
                _records.TryAdd(id, record);
            }
        }
    }

    public StatementEffect? EffectOf(Suggestion suggestion)
    {
        if (suggestion.Actions.IsEmpty)
        {
            return null;
        }

        var ids = suggestion.Actions.Select(a => a.RecordId).ToList();
        var main = ids[^1];
        var caseFindings = _with.CaseFindings.Where(f => f.RecordId is { } id && ids.Contains(id) && !_caseFindingsWithout.Contains(f));
        if ((_period ?? TargetPeriod(main)) is not { } period)
        {
            return new StatementEffect
            {
                Without = EffectPlacement.NotInStatement,
                With = EffectPlacement.NotInStatement,
                Summary = "Saved but not filed: the record enters no statement until the supplier files it (R9); the action counts from then.",
                Findings = [.. caseFindings],
            };
        }

        var comparison = ComparisonOf(period);
        var without = Place(comparison.Without, main);
        var with = Place(comparison.With, main);
        var itcWithout = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + Itc(comparison.Without, id));
        var itcWith = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + Itc(comparison.With, id));
        var deferred = with == EffectPlacement.CarriedForward && without != EffectPlacement.CarriedForward ? itcWithout : TaxAmounts.Zero;
        var supplier = ids.Aggregate(TaxAmounts.Zero, (sum, id) => sum + SupplierChange(comparison.With, id) - SupplierChange(comparison.Without, id));
        var statementFindings = comparison.With.Statement.Findings.Where(f => f.RecordId is { } id && ids.Contains(id) && !comparison.Without.Findings.Contains(f));
        return new StatementEffect
        {
            Period = period,
            AsOf = comparison.With.Statement.AsOf,
            Without = without,
            With = with,
            ItcWithout = itcWithout,
            ItcWith = itcWith,
            ItcDeferred = deferred,
            SupplierLiabilityIncrease = supplier,
            Summary = Summary(comparison.With.Statement, without, with, itcWith - itcWithout, deferred, supplier),
            Findings = [.. caseFindings.Concat(statementFindings).Distinct()],
        };
    }

    /// <summary>The statement a record lands in at the suggestion instant: its own period's, or the first later one whose GSTR-3B is not yet filed (R14, R17).</summary>
    private ReturnPeriod? TargetPeriod(string recordId)
    {
        if (!_records.TryGetValue(recordId, out var record))
        {
            return null;
        }

        YearMonth? month;
        try
        {
            month = _without.Calendar.NaturalMonth(record);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        if (month is not { Year: >= 2000 and < 9000 } start)
        {
            return null;
        }

        var period = _without.Calendar.StatementPeriodOf(start);
        for (var i = 0; i < MaxPeriodsAhead && _without.Calendar.Gstr3bFiledAt(period) is { } filed && filed <= _at; i++)
        {
            period = _without.Calendar.NextStatementPeriod(period);
        }

        return period;
    }

    private Comparison ComparisonOf(ReturnPeriod period)
    {
        if (!_comparisons.TryGetValue(period, out var comparison))
        {
            var asOf = _at > _without.Calendar.GenerationInstant(period) ? StatementMoment.At(_at) : StatementMoment.Generated;
            comparison = new Comparison(new Indexed(_without.Compute(period, asOf)), new Indexed(_with.Compute(period, asOf)));
            _comparisons[period] = comparison;
        }

        return comparison;
    }

    private static EffectPlacement Place(Indexed statement, string recordId)
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

    private static TaxAmounts Itc(Indexed statement, string recordId) =>
        statement.Documents.TryGetValue(recordId, out var document) && document.Bucket != Bucket.ItcNotAvailable ? document.Itc : TaxAmounts.Zero;

    private static TaxAmounts SupplierChange(Indexed statement, string recordId)
    {
        var sum = TaxAmounts.Zero;
        foreach (var effect in statement.Statement.SupplierEffects)
        {
            if (string.Equals(effect.RecordId, recordId, StringComparison.Ordinal))
            {
                sum += effect.Effect switch
                {
                    SupplierEffectKind.LiabilityIncrease => effect.Amount,
                    SupplierEffectKind.LiabilityDecrease => effect.Amount.Negate(),
                };
            }
        }

        return sum;
    }

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

    private sealed record Comparison(Indexed Without, Indexed With);

    /// <summary>A statement with its documents and carried records by id.</summary>
    private sealed class Indexed
    {
        public Indexed(Gstr2bStatement statement)
        {
            Statement = statement;
            foreach (var document in statement.Documents)
            {
                Documents.TryAdd(document.RecordId, document);
            }

            foreach (var entry in statement.CarryForward)
            {
                Carried.Add(entry.RecordId);
            }

            Findings = [.. statement.Findings];
        }

        public Gstr2bStatement Statement { get; }

        public Dictionary<string, StatementDocument> Documents { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Carried { get; } = new(StringComparer.Ordinal);

        public HashSet<Finding> Findings { get; }
    }
}
