using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Engine;
using NodaTime;

namespace Ims.Rules;

/// <summary>Questions asked of many records at once (a reconciliation asks them of every record of a large case).</summary>
public sealed partial class ImsEngine
{
    /// <summary>
    /// Decisions at <paramref name="at"/> for many records, each the same as <see cref="Decide(string, Instant)"/>, sharing one
    /// evaluation per statement period instead of building one per record. Not safe across threads: one per thread.
    /// </summary>
    internal Decider DeciderAt(Instant at)
    {
        CheckRange(default, at);
        return new Decider(this, at);
    }

    /// <summary>
    /// <c>Only(recordIds).With(added)</c> in one step: the records of <paramref name="recordIds"/> with the actions on them and
    /// <paramref name="added"/> after those, prepared once instead of twice.
    /// </summary>
    internal ImsEngine OnlyWith(IReadOnlySet<string> recordIds, IReadOnlyList<ImsAction> added)
    {
        var actions = Case.Actions.Where(a => a?.RecordId is { } id && recordIds.Contains(id)).Concat(added.Where(a => a is not null)).ToImmutableArray();
        var rows = new List<int>(recordIds.Count);
        foreach (var id in recordIds)
        {
            if (id is not null && _prepared.ById.TryGetValue(id, out var row))
            {
                rows.Add(row);
            }
        }

        // As Only: the rows are in the case's order, and shared only when they hold whole amendment chains and no shared id.
        rows.Sort();
        var whole = !_prepared.HasDuplicateIds && !recordIds.Contains(string.Empty) && rows.TrueForAll(row =>
            (_records[row].Record.Amends is not { } original || !_prepared.ById.ContainsKey(original) || recordIds.Contains(original))
            && AllKept(_records[row].Amendments, recordIds));
        if (!whole)
        {
            return Create(Case with { Records = [.. Case.Records.Where(r => r?.Id is { } id && recordIds.Contains(id))], Actions = actions });
        }

        var imsCase = Case with { Records = [.. rows.Select(row => _records[row].Record)], Actions = actions };
        return new ImsEngine(imsCase, Calendar, _prepared.Rows(imsCase, rows));

        static bool AllKept(AmendmentList amendments, IReadOnlySet<string> kept)
        {
            foreach (var amendment in amendments)
            {
                if (!kept.Contains(amendment.Id))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The answers of <see cref="ImsEngine.Decide(string, Instant)"/> at one instant, with one evaluation per statement period (an evaluation memoises, so it is kept to one thread).</summary>
    internal sealed class Decider
    {
        private readonly ImsEngine _engine;
        private readonly Instant _at;
        private readonly Dictionary<ReturnPeriod, Evaluation> _evaluations = [];

        public Decider(ImsEngine engine, Instant at)
        {
            _engine = engine;
            _at = at;
        }

        /// <summary>The same answer as <see cref="ImsEngine.Decide(string, Instant)"/>; <see langword="null"/> when the case has no record with that id.</summary>
        public RecordDecision? Decide(string recordId)
        {
            ArgumentNullException.ThrowIfNull(recordId);
            if (!_engine._prepared.ById.TryGetValue(recordId, out var index))
            {
                return null;
            }

            var record = _engine._records[index];
            var period = _engine.EvaluationPeriod(record, _at);
            if (!_evaluations.TryGetValue(period, out var evaluation))
            {
                _evaluations[period] = evaluation = new Evaluation(_engine.Calendar, _engine.Case.Policies, period, _at);
            }

            var pending = _engine.Allowance(record, _at, evaluation);
            return Decision(record, _at, pending, evaluation.ActionInForce(record, _at));
        }
    }
}
