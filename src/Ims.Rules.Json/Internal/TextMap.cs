using System;
using System.Collections.Generic;
using System.Linq;

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

    public TextMap(Func<T, string> toText)
    {
        _toText = toText;
        _fromText = Enum.GetValues<T>().ToDictionary(toText, value => value, StringComparer.Ordinal);
        Expected = string.Join(", ", Enum.GetValues<T>().Select(toText));
    }

    /// <summary>Every spelling, comma-separated, for messages.</summary>
    public string Expected { get; }

    public string Text(T value) => _toText(value);

    public bool TryParse(string text, out T value) => _fromText.TryGetValue(text, out value);
}
