using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The JSON spellings of one closed set of values, both ways. Built from a switch
/// expression over the enum, so a new enum value without a spelling breaks the build (CS8509).
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class TextMap<T>
    where T : struct, Enum
{
    private readonly Func<T, string> _toText;
    private readonly Dictionary<string, T> _fromText;
    private readonly (byte[] Utf8, T Value)[] _fromUtf8;

    public TextMap(Func<T, string> toText)
    {
        _toText = toText;
        _fromText = Enum.GetValues<T>().ToDictionary(toText, value => value, StringComparer.Ordinal);
        _fromUtf8 = [.. _fromText.Select(pair => (Encoding.UTF8.GetBytes(pair.Key), pair.Value))];
        Expected = string.Join(", ", Enum.GetValues<T>().Select(toText));
    }

    /// <summary>Every spelling, comma-separated, for messages.</summary>
    public string Expected { get; }

    public string Text(T value) => _toText(value);

    public bool TryParse(string text, out T value) => _fromText.TryGetValue(text, out value);

    /// <summary>Finds a spelling from its UTF-8 bytes (unescaped), without making a string.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="value">The value spelled, when known.</param>
    /// <returns>Whether the text is one of the spellings.</returns>
    public bool TryParse(ReadOnlySpan<byte> utf8, out T value)
    {
        // A handful of spellings: a scan beats hashing the bytes.
        foreach (var (spelling, known) in _fromUtf8)
        {
            if (utf8.SequenceEqual(spelling))
            {
                value = known;
                return true;
            }
        }

        value = default;
        return false;
    }
}
