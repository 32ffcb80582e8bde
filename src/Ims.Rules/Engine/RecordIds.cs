using System;
using System.Numerics;

namespace Ims.Rules.Engine;

/// <summary>
/// Table rows by record id, with shared ids told apart: a hash table of plain integers (open addressing, linear
/// probing) over the ids the table's records already hold. It stores no strings and no entry objects, so a million
/// ids take 12 MB instead of a dictionary's 28, and a small case's table stays out of the large-object heap.
/// </summary>
internal sealed class RecordIds
{
    private readonly RecordTable _records;

    // Per slot, one more than the row whose id hashes there (0 for an empty slot); per row, its id's hash.
    private readonly int[] _slots;
    private readonly int[] _hashes;
    private readonly int _mask;

    /// <summary>A table for up to <paramref name="capacity"/> rows of <paramref name="records"/>.</summary>
    public RecordIds(RecordTable records, int capacity)
    {
        _records = records;
        _hashes = new int[capacity];

        // At most three slots in four used, so probes stay short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, capacity + (capacity / 3) + 1));
        _slots = new int[size];
        _mask = size - 1;
    }

    /// <summary>Adds <paramref name="row"/> under <paramref name="id"/>, or finds the row that already has it.</summary>
    /// <returns>Whether it was added; otherwise <paramref name="existing"/> is the row that has the id.</returns>
    public bool TryAdd(string id, int row, out int existing)
    {
        var hash = id.GetHashCode(StringComparison.Ordinal);
        var slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            existing = _slots[slot] - 1;
            if (_hashes[existing] == hash && string.Equals(_records.Source(existing).Id, id, StringComparison.Ordinal))
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }

        _hashes[row] = hash;
        _slots[slot] = row + 1;
        existing = -1;
        return true;
    }

    /// <summary>The row of the record with <paramref name="id"/>, if any (the first, when the id is shared).</summary>
    public bool TryGetValue(string? id, out int row)
    {
        if (id is not null)
        {
            var hash = id.GetHashCode(StringComparison.Ordinal);
            for (var slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
            {
                row = _slots[slot] - 1;
                if (_hashes[row] == hash && string.Equals(_records.Source(row).Id, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        row = -1;
        return false;
    }

    /// <summary>Whether a record has <paramref name="id"/>.</summary>
    public bool ContainsKey(string? id) => TryGetValue(id, out _);
}
