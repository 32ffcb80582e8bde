using System;
using NodaTime;

namespace Ims.Rules.Reconciliation.Matching;

/// <summary>
/// Normalises document numbers so that the books' and the supplier's spellings of one number
/// compare equal: <c>inv/24-25/0042</c>, <c>INV-42</c> and <c>INV 0042</c> (dated in FY 2024-25)
/// all become <c>INV42</c>.
/// </summary>
/// <remarks>
/// In order: letters are upper-cased; a financial-year fragment that is a token of its own
/// (<c>24-25</c>, <c>2024-25</c>, <c>2024-2025</c>, <c>24/25</c>, optionally prefixed by <c>FY</c>)
/// is removed when it names the financial year of the document's date or the year before (a
/// series numbered by the year of issue, dated just after it ends); leading zeros of every run of
/// digits are dropped (one zero is kept for a run of zeros); the separators <c>/ - _ .</c> and
/// white space are removed. Every other character is kept. When nothing is left, the upper-cased
/// number without separators is used.
/// </remarks>
public static class DocumentNumber
{
    /// <summary>Normalises a document number.</summary>
    /// <param name="number">The number as written.</param>
    /// <param name="date">The document's date; its financial year decides which year fragments are removed.</param>
    /// <returns>The normalised number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static string Normalise(string number, LocalDate date) => Normalise(number, date, out _);

    /// <summary>Normalises a document number and gives the first year of the first explicit financial-year token it holds, stripped or not: two numbers with different explicit years are different numbers.</summary>
    internal static string Normalise(string number, LocalDate date, out int? yearToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        yearToken = null;
        var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
        Span<char> upper = number.Length <= 256 ? stackalloc char[number.Length] : new char[number.Length];
        for (var i = 0; i < number.Length; i++)
        {
            upper[i] = char.ToUpperInvariant(number[i]);
        }

        Span<char> output = number.Length <= 256 ? stackalloc char[number.Length] : new char[number.Length];
        var length = 0;
        var i2 = 0;
        while (i2 < upper.Length)
        {
            if (IsTokenStart(upper, i2) && YearFragmentLength(upper, i2, out var firstYear) is var fragment and > 0)
            {
                yearToken ??= firstYear;
                if (firstYear == fyStart || firstYear == fyStart - 1)
                {
                    i2 += fragment;
                    continue;
                }
            }

            var c = upper[i2];
            if (char.IsAsciiDigit(c))
            {
                var end = i2;
                while (end < upper.Length && char.IsAsciiDigit(upper[end]))
                {
                    end++;
                }

                var first = i2;
                while (first < end - 1 && upper[first] == '0')
                {
                    first++;
                }

                upper[first..end].CopyTo(output[length..]);
                length += end - first;
                i2 = end;
                continue;
            }

            if (!IsSeparator(c))
            {
                output[length++] = c;
            }

            i2++;
        }

        return length > 0 ? new string(output[..length]) : Stripped(upper);
    }

    private static string Stripped(ReadOnlySpan<char> upper)
    {
        Span<char> output = upper.Length <= 256 ? stackalloc char[upper.Length] : new char[upper.Length];
        var length = 0;
        foreach (var c in upper)
        {
            if (!IsSeparator(c))
            {
                output[length++] = c;
            }
        }

        return new string(output[..length]);
    }

    private static bool IsSeparator(char c) => c is '/' or '-' or '_' or '.' || char.IsWhiteSpace(c);

    private static bool IsTokenStart(ReadOnlySpan<char> text, int index) => index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    /// <summary>The length of a financial-year token at <paramref name="start"/> (two consecutive years), with a separator or the end after it, and its first year; 0 when there is none.</summary>
    private static int YearFragmentLength(ReadOnlySpan<char> text, int start, out int firstYear)
    {
        firstYear = 0;
        var i = start;
        if (i + 1 < text.Length && text[i] == 'F' && text[i + 1] == 'Y')
        {
            i += 2;
            if (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }
        }

        if (!TryYear(text, ref i, out var first) || i >= text.Length || text[i] is not ('-' or '/'))
        {
            return 0;
        }

        i++;
        if (!TryYear(text, ref i, out var second) || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return 0;
        }

        var consecutive = second == first + 1 || (second < 100 && second == (first + 1) % 100);
        firstYear = first < 100 ? 2000 + first : first;
        return consecutive ? i - start : 0;
    }

    /// <summary>Reads a run of exactly two or four digits.</summary>
    private static bool TryYear(ReadOnlySpan<char> text, ref int index, out int year)
    {
        year = 0;
        var end = index;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            year = (year * 10) + (text[end] - '0');
            end++;
            if (end - index > 4)
            {
                return false;
            }
        }

        if (end - index is not (2 or 4))
        {
            return false;
        }

        index = end;
        return true;
    }
}
