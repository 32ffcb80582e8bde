using System;
using System.Linq;
using System.Text;

namespace Ims.Rules.Json.Internal;

/// <summary>Known property names, found from their UTF-8 bytes without allocating a string.</summary>
internal sealed class NameTable
{
    // The names by the length of their UTF-8 bytes, so that a lookup compares only names of its length.
    private readonly (byte[] Utf8, string Name)[][] _byLength;

    public NameTable(params string[] names)
    {
        var spelled = names.Select(name => (Utf8: Encoding.UTF8.GetBytes(name), Name: name)).ToArray();
        _byLength = new (byte[], string)[spelled.Max(name => name.Utf8.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = [.. spelled.Where(name => name.Utf8.Length == length)];
        }
    }

    /// <summary>The known name spelled by <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The name's bytes.</param>
    /// <returns>The name, or <see langword="null"/> when it is not known.</returns>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= _byLength.Length)
        {
            return null;
        }

        foreach (var (spelling, name) in _byLength[utf8.Length])
        {
            if (utf8.SequenceEqual(spelling))
            {
                return name;
            }
        }

        return null;
    }
}
