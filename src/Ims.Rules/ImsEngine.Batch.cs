using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Ims.Rules.Engine;
using NodaTime;

namespace Ims.Rules;

/// <summary>Questions asked for many records at once (a reconciliation asks them for every record of a large case).</summary>
public sealed partial class ImsEngine
{
    private LedgerView? _unfolded;

    /// <summary>
    /// An empty ledger at <paramref name="at"/>, shared by every question about a record without an original: those
    /// questions read only the case's calendar and policies from it and never fold it, so one view per instant serves them
    /// all instead of one per question (a reconciliation asks about every record at one instant).
    /// </summary>
    private LedgerView UnfoldedLedgerAt(Instant at)
    {
        var view = Volatile.Read(ref _unfolded);
        if (view is null || view.AsOf != at)
        {
            view = new LedgerView(_ledger, at, []);
            Volatile.Write(ref _unfolded, view); // a race only builds an equal view twice
        }

        return view;
    }

    /// <summary>
    /// <c>Only(recordIds).With(added)</c> in one step (and <c>Only</c> itself, with nothing added): the records of
    /// <paramref name="recordIds"/> with the actions on them and <paramref name="added"/> after those, prepared once.
    /// </summary>
    internal ImsEngine OnlyWith(IReadOnlySet<string> recordIds, IReadOnlyList<ImsAction> added)
    {
        var actions = Case.Actions.Where(a => a?.RecordId is { } id && recordIds.Contains(id)).Concat(added).ToImmutableArray();
        var rows = new List<int>(recordIds.Count);
        foreach (var id in recordIds)
        {
            if (id is not null && _prepared.ById.TryGetValue(id, out var row))
            {
                rows.Add(row);
            }
        }

        // Rows are in the case's order. Each record's checks and placement stand alone, except its amendment chain and a shared id.
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
}
