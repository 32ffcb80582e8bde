using System;
using System.Numerics;

namespace Ims.Rules.Engine;

/// <summary>
/// Record ids to table indexes: open addressing over (hash, index) pairs kept at most half full,
/// so a lookup usually reads one slot. A case has millions of ids; a dictionary of them costs
/// twice the memory and two scattered reads each.
/// </summary>
internal sealed class IdIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly RecordTable _records;

    /// <summary>Makes room for <paramref name="capacity"/> ids of <paramref name="records"/>.</summary>
    public IdIndex(int capacity, RecordTable records)
    {
        _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
        _mask = _slots.Length - 1;
        _records = records;
    }

    /// <summary>Adds <paramref name="id"/> for the record at <paramref name="index"/>, unless an earlier record has it.</summary>
    /// <param name="id">The id.</param>
    /// <param name="index">The table index of its record.</param>
    /// <param name="existing">The earlier record's index, when there is one.</param>
    /// <returns>Whether the id was new.</returns>
    public bool TryAdd(string id, int index, out int existing)
    {
        var hash = id.GetHashCode(StringComparison.Ordinal);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.IndexPlusOne == 0)
            {
                slot = new Slot(hash, index + 1);
                existing = -1;
                return true;
            }

            if (slot.Hash == hash && string.Equals(_records[slot.IndexPlusOne - 1].Id, id, StringComparison.Ordinal))
            {
                existing = slot.IndexPlusOne - 1;
                return false;
            }
        }
    }

    /// <summary>The table index of the record with <paramref name="id"/>.</summary>
    public bool TryGetValue(string id, out int index)
    {
        var hash = id.GetHashCode(StringComparison.Ordinal);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot.IndexPlusOne == 0)
            {
                index = -1;
                return false;
            }

            if (slot.Hash == hash && string.Equals(_records[slot.IndexPlusOne - 1].Id, id, StringComparison.Ordinal))
            {
                index = slot.IndexPlusOne - 1;
                return true;
            }
        }
    }

    // 0 marks an empty slot, so indexes are stored one up.
    private readonly record struct Slot(int Hash, int IndexPlusOne);
}
