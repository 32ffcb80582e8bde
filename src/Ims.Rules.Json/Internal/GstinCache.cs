using System;
using System.Collections.Generic;
using Ims.Rules.Registration;

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

    private readonly Dictionary<string, Gstin> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gstin>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public GstinCache() => _byText = _known.GetAlternateLookup<ReadOnlySpan<char>>();

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

        // A GSTIN is ASCII; a byte of a longer character widens to a char no GSTIN holds, and finds nothing.
        Span<char> text = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            text[i] = (char)utf8[i];
        }

        return _byText.TryGetValue(text, out gstin);
    }

    /// <summary>Remembers a GSTIN just read.</summary>
    /// <param name="gstin">The GSTIN.</param>
    public void Add(Gstin gstin)
    {
        if (_known.Count < MaxEntries)
        {
            _known.TryAdd(gstin.ToString(), gstin);
        }
    }
}
