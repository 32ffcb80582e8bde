using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Engine;

namespace Ims.Rules;

/// <summary>Questions asked for many records at once (a reconciliation asks them for every record of a large case).</summary>
public sealed partial class ImsEngine
{
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
