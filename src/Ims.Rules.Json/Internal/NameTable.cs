using System;
using System.Linq;
using System.Text;

namespace Ims.Rules.Json.Internal;

/// <summary>Known property names, found from their UTF-8 bytes without allocating a string.</summary>
internal sealed class NameTable
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;

    public NameTable(params string[] names)
    {
        _names = names;
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The known name spelled by <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The name's bytes.</param>
    /// <returns>The name, or <see langword="null"/> when it is not known.</returns>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (utf8.SequenceEqual(_utf8[i]))
            {
                return _names[i];
            }
        }

        return null;
    }
}
