using System;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// JSON numbers written plainly (<c>-</c>, digits, a point and digits; no exponent), as amounts
/// are, read straight into a decimal: the same value and scale <see cref="System.Text.Json.Utf8JsonReader.TryGetDecimal"/>
/// gives (<c>180.50</c> keeps its two decimals, <c>-0</c> its sign).
/// </summary>
/// <remarks>
/// A fast path: a number with an exponent or more than 18 digits returns <see langword="false"/>
/// and is left to the reader.
/// </remarks>
internal static class PlainDecimal
{
    private const int MaxDigits = 18; // 10^18 - 1 fits a long, and a decimal's 96 bits

    /// <summary>Reads a JSON number token (already known to be valid JSON).</summary>
    /// <param name="utf8">The number's bytes.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the number is plain and short enough to be read here.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0m;
        var negative = utf8.Length > 0 && utf8[0] == '-';
        var mantissa = 0L;
        var digits = 0;
        var scale = 0;
        var afterPoint = false;
        for (var i = negative ? 1 : 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == '.' && !afterPoint)
            {
                afterPoint = true;
                continue;
            }

            var digit = b - '0';
            if (digit is < 0 or > 9 || ++digits > MaxDigits)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            scale += afterPoint ? 1 : 0;
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)mantissa), (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
