using System;
using System.Buffers.Binary;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The GSTINs read so far, found again from their UTF-8 bytes. A supplier appears on many
/// records: its GSTIN is then neither decoded nor checked again, and its records share one string.
/// </summary>
internal sealed class GstinCache
{
    private const int Length = 15;

    // Bounds the memory a file of all-different GSTINs would add; past it, GSTINs are read as usual.
    private const int MaxEntries = 1 << 16;

    // Open addressing, a key and its GSTIN side by side: a lookup touches one place in memory, not a bucket and then
    // an entry (with twenty thousand suppliers, the lookups miss the processor's caches). An empty slot has a zero key,
    // which no GSTIN's bytes make.
    private Slot[] _slots = new Slot[64];
    private int _count;

    /// <summary>Finds a GSTIN read before from the bytes of its text.</summary>
    /// <param name="utf8">The unescaped text.</param>
    /// <param name="gstin">The GSTIN, when found.</param>
    /// <returns>Whether the text is a GSTIN read before.</returns>
    public bool TryGet(ReadOnlySpan<byte> utf8, out Gstin gstin)
    {
        gstin = default;
        if (utf8.Length != Length)
        {
            return false;
        }

        var key = Key.Of(utf8);
        var slots = _slots;
        for (var i = key.Hash & (slots.Length - 1); !slots[i].Key.IsEmpty; i = (i + 1) & (slots.Length - 1))
        {
            if (slots[i].Key.Equals(key))
            {
                gstin = slots[i].Gstin;
                return true;
            }
        }

        return false;
    }

    /// <summary>Remembers a GSTIN just read.</summary>
    /// <param name="gstin">The GSTIN.</param>
    public void Add(Gstin gstin)
    {
        if (_count >= MaxEntries)
        {
            return;
        }

        // A GSTIN is fifteen ASCII characters, each its own byte.
        Span<byte> utf8 = stackalloc byte[Length];
        var text = gstin.ToString();
        for (var i = 0; i < Length; i++)
        {
            utf8[i] = (byte)text[i];
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            foreach (var slot in old)
            {
                if (!slot.Key.IsEmpty)
                {
                    Place(slot);
                }
            }
        }

        if (Place(new Slot(Key.Of(utf8), gstin)))
        {
            _count++;
        }
    }

    /// <summary>Puts a slot in the first free place from its key's; false when the key is there already.</summary>
    private bool Place(Slot slot)
    {
        var mask = _slots.Length - 1;
        var i = slot.Key.Hash & mask;
        for (; !_slots[i].Key.IsEmpty; i = (i + 1) & mask)
        {
            if (_slots[i].Key.Equals(slot.Key))
            {
                return false;
            }
        }

        _slots[i] = slot;
        return true;
    }

    private readonly record struct Slot(Key Key, Gstin Gstin);

    /// <summary>Fifteen bytes as two overlapping eight-byte words: bytes 0-7 and 7-14.</summary>
    private readonly struct Key(ulong head, ulong tail) : IEquatable<Key>
    {
        private readonly ulong _head = head;
        private readonly ulong _tail = tail;

        public bool IsEmpty => _head == 0 && _tail == 0;

        // GSTINs of one state share their first bytes and most end in "1Z": mixed by multiplication, not XOR of halves.
        public int Hash => unchecked((int)(((_head * 0x9E3779B97F4A7C15UL) ^ (_tail * 0xC2B2AE3D27D4EB4FUL)) >> 33));

        public static Key Of(ReadOnlySpan<byte> fifteen) =>
            new(BinaryPrimitives.ReadUInt64LittleEndian(fifteen), BinaryPrimitives.ReadUInt64LittleEndian(fifteen[(Length - 8)..]));

        public bool Equals(Key other) => _head == other._head && _tail == other._tail;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => Hash;
    }
}
