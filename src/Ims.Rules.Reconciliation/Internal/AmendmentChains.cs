using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Amendment chains of the IMS records (R39): the books hold a document's final values, so only
/// the latest version of each chain is matched; the versions it amends ride along with it.
/// </summary>
internal sealed class AmendmentChains
{
    private readonly Dictionary<string, InwardRecord> _byId;
    private Dictionary<string, string>? _amendedBy;

    private AmendmentChains(Dictionary<string, InwardRecord> byId, List<InwardRecord> latest)
    {
        _byId = byId;
        Latest = latest;
    }

    /// <summary>The records no other record amends, in case order.</summary>
    public IReadOnlyList<InwardRecord> Latest { get; }

    public static AmendmentChains Of(ImmutableArray<InwardRecord> records)
    {
        var list = records.IsDefault ? [] : records;
        if (!list.Any(r => r?.Amends is not null))
        {
            return new AmendmentChains([], [.. list.Where(r => r?.Id is not null)]);
        }

        var byId = new Dictionary<string, InwardRecord>(list.Length, StringComparer.Ordinal);
        foreach (var record in list)
        {
            if (record?.Id is { } id)
            {
                byId.TryAdd(id, record);
            }
        }

        var amended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in list)
        {
            if (record?.Amends is { } original && byId.ContainsKey(original) && !string.Equals(original, record.Id, StringComparison.Ordinal))
            {
                amended.Add(original);
            }
        }

        var latest = new List<InwardRecord>(list.Length - amended.Count);
        foreach (var record in list)
        {
            // A record without an id is left out by the engine and here; records sharing an id are told apart by their data.
            if (record?.Id is { } id && !amended.Contains(id))
            {
                latest.Add(record);
            }
        }

        return new AmendmentChains(byId, latest);
    }

    /// <summary>The id of the latest version of the chain <paramref name="id"/> belongs to (the id itself when nothing amends it).</summary>
    public string LatestVersionOf(string id)
    {
        if (_byId.Count == 0)
        {
            return id;
        }

        _amendedBy ??= AmendedBy();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (_amendedBy.TryGetValue(id, out var later) && seen.Add(later))
        {
            id = later;
        }

        return id;
    }

    private Dictionary<string, string> AmendedBy()
    {
        var amendedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in _byId.Values)
        {
            if (record.Amends is { } original && !string.Equals(original, record.Id, StringComparison.Ordinal))
            {
                amendedBy.TryAdd(original, record.Id);
            }
        }

        return amendedBy;
    }

    /// <summary>The versions <paramref name="record"/> amends, original first.</summary>
    public ImmutableArray<string> EarlierVersionsOf(InwardRecord record)
    {
        if (record.Amends is null)
        {
            return [];
        }

        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { record.Id };
        for (var current = record.Amends; current is not null && _byId.TryGetValue(current, out var earlier) && seen.Add(current); current = earlier.Amends)
        {
            chain.Add(current);
        }

        chain.Reverse();
        return [.. chain];
    }
}
