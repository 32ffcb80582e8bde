using System;
using System.Globalization;

namespace Ims.Rules.Json.Internal;

/// <summary>State codes read straight from UTF-8 bytes, by a table that <see cref="StateCode.TryParse"/> fills.</summary>
internal static class StateCodes
{
    // Every two-digit text 00 to 99, as StateCode.TryParse reads it: null where it is no code.
    private static readonly StateCode?[] ByNumber = BuildTable();

    /// <summary>Reads a two-digit state code, such as <c>27</c>.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="code">The code, when read.</param>
    /// <returns>Whether the text is a state code; when not, <see cref="StateCode.TryParse"/> says the same.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out StateCode code)
    {
        code = default;
        if (utf8.Length != 2 || !char.IsAsciiDigit((char)utf8[0]) || !char.IsAsciiDigit((char)utf8[1])
            || ByNumber[((utf8[0] - '0') * 10) + utf8[1] - '0'] is not { } known)
        {
            return false;
        }

        code = known;
        return true;
    }

    private static StateCode?[] BuildTable()
    {
        var table = new StateCode?[100];
        for (var number = 0; number < table.Length; number++)
        {
            table[number] = StateCode.TryParse(number.ToString("00", CultureInfo.InvariantCulture), out var code) ? code : null;
        }

        return table;
    }
}
