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

    /// <summary>A known name the given one is probably a misspelling of: the same ignoring case, or one or two letters away.</summary>
    /// <param name="name">A name that is not known.</param>
    /// <returns>The known name, or <see langword="null"/>.</returns>
    public string? Near(string name)
    {
        if (name.Length > 64)
        {
            return null;
        }

        foreach (var names in _byLength)
        {
            foreach (var (_, known) in names)
            {
                if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase) || Distance(known, name) <= (known.Length >= 7 ? 2 : known.Length >= 4 ? 1 : 0))
                {
                    return known;
                }
            }
        }

        return null;
    }

    /// <summary>The edit distance of two short names (insertions, deletions, substitutions).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
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
