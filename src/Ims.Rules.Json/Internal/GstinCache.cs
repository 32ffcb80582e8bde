using System;
using System.Buffers.Binary;
using System.Collections.Generic;

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

    private readonly Dictionary<Key, Gstin> _known = [];

    /// <summary>Finds a GSTIN read before from the bytes of its text.</summary>
    /// <param name="utf8">The unescaped text.</param>
    /// <param name="gstin">The GSTIN, when found.</param>
    /// <returns>Whether the text is a GSTIN read before.</returns>
    public bool TryGet(ReadOnlySpan<byte> utf8, out Gstin gstin)
    {
        gstin = default;
        return utf8.Length == Length && _known.TryGetValue(Key.Of(utf8), out gstin);
    }

    /// <summary>Remembers a GSTIN just read.</summary>
    /// <param name="gstin">The GSTIN.</param>
    public void Add(Gstin gstin)
    {
        if (_known.Count >= MaxEntries)
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

        _known.TryAdd(Key.Of(utf8), gstin);
    }

    /// <summary>Fifteen bytes as two overlapping eight-byte words: bytes 0-7 and 7-14.</summary>
    private readonly struct Key(ulong head, ulong tail) : IEquatable<Key>
    {
        private readonly ulong _head = head;
        private readonly ulong _tail = tail;

        public static Key Of(ReadOnlySpan<byte> fifteen) =>
            new(BinaryPrimitives.ReadUInt64LittleEndian(fifteen), BinaryPrimitives.ReadUInt64LittleEndian(fifteen[(Length - 8)..]));

        public bool Equals(Key other) => _head == other._head && _tail == other._tail;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        // GSTINs of one state share their first bytes and most end in "1Z": mixed by multiplication, not XOR of halves.
        public override int GetHashCode() => unchecked((int)(((_head * 0x9E3779B97F4A7C15UL) ^ (_tail * 0xC2B2AE3D27D4EB4FUL)) >> 32));
    }
}
