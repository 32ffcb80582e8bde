using System;
using System.Collections.Generic;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The property names of every open JSON object, to find a name given twice: RFC 8259 leaves
/// duplicates to the reader, and a reader that lets the second win (or merges a second
/// <c>records</c> array) reads something other than what a person sees. Names are kept as 64-bit
/// FNV-1a hashes of their UTF-8 text; small objects are scanned, large ones get a set.
/// </summary>
internal sealed class ObjectNames
{
    private const int ScanLimit = 32;

    private ulong[] _hashes = new ulong[64];
    private int _count;
    private int[] _starts = new int[16];
    private HashSet<ulong>?[] _sets = new HashSet<ulong>?[16];
    private int _depth;

    /// <summary>An object starts.</summary>
    public void Open()
    {
        if (_depth == _starts.Length)
        {
            Array.Resize(ref _starts, _depth * 2);
            Array.Resize(ref _sets, _depth * 2);
        }

        _starts[_depth] = _count;
        _sets[_depth] = null;
        _depth++;
    }

    /// <summary>The innermost open object ends.</summary>
    public void Close()
    {
        if (_depth == 0)
        {
            return;
        }

        _depth--;
        _count = _starts[_depth];
        _sets[_depth] = null;
    }

    /// <summary>Adds a name of the innermost open object.</summary>
    /// <param name="utf8">The name's unescaped UTF-8 text.</param>
    /// <returns><see langword="false"/> when the object already has the name.</returns>
    public bool Add(ReadOnlySpan<byte> utf8)
    {
        if (_depth == 0)
        {
            return true;
        }

        var hash = Hash(utf8);
        var level = _depth - 1;
        if (_sets[level] is { } set)
        {
            return set.Add(hash);
        }

        var start = _starts[level];
        if (_hashes.AsSpan(start, _count - start).Contains(hash))
        {
            return false;
        }

        if (_count - start == ScanLimit)
        {
            _sets[level] = [.. _hashes.AsSpan(start, _count - start), hash];
            return true;
        }

        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
        }

        _hashes[_count++] = hash;
        return true;
    }

    private static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in utf8)
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }
}
