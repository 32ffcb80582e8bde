using System;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The plain spellings of dates, instants and months (those <see cref="CaseWriter"/> writes),
/// read straight from UTF-8 bytes without making a string.
/// </summary>
/// <remarks>
/// A fast path, not a second parser: it recognises only spellings that <see cref="IsoTime"/> and
/// <see cref="ReturnPeriod.TryParse"/> certainly accept, and gives the same value. Anything else,
/// wrong or merely unusual (a comma before the fraction, an offset of hours alone), returns
/// <see langword="false"/> and is left to them, so what is accepted and every message stay theirs.
/// </remarks>
internal static class CanonicalIso
{
    private const int DateLength = 10; // 2025-10-15

    /// <summary>Reads <c>YYYY-MM-DD</c>, from year 0001.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="date">The date, when read.</param>
    /// <returns>Whether the text is a plain, valid date.</returns>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != DateLength || !TryReadDate(utf8, out var year, out var month, out var day))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Reads a date alone (00:00 IST), or <c>YYYY-MM-DDTHH:mm</c>, optionally <c>:ss</c> and a
    /// fraction after a point, followed by <c>Z</c> or an offset <c>±HH:mm</c>.
    /// </summary>
    /// <param name="utf8">The text.</param>
    /// <param name="instant">The instant, when read.</param>
    /// <returns>Whether the text is a plain, valid instant.</returns>
    public static bool TryParseInstant(ReadOnlySpan<byte> utf8, out Instant instant)
    {
        instant = default;
        if (utf8.Length == DateLength)
        {
            if (!TryParseDate(utf8, out var date))
            {
                return false;
            }

            instant = IndianTime.StartOf(date);
            return true;
        }

        // 2025-10-11T18:30 is the shortest date and time; an offset must follow.
        if (utf8.Length < 17 || utf8[10] != 'T' || utf8[13] != ':'
            || !TryReadDate(utf8, out var year, out var month, out var day)
            || !TryReadNumber(utf8.Slice(11, 2), 23, out var hour)
            || !TryReadNumber(utf8.Slice(14, 2), 59, out var minute))
        {
            return false;
        }

        var rest = utf8[16..];
        var second = 0;
        var nanosecond = 0L;
        if (rest.Length > 0 && rest[0] == ':')
        {
            if (rest.Length < 3 || !TryReadNumber(rest.Slice(1, 2), 59, out second))
            {
                return false;
            }

            rest = rest[3..];
            if (rest.Length > 0 && rest[0] == '.' && !TryReadFraction(ref rest, out nanosecond))
            {
                return false;
            }
        }

        if (!TryReadOffset(rest, out var offset))
        {
            return false;
        }

        var local = new LocalDate(year, month, day).At(LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, nanosecond));
        instant = local.WithOffset(offset).ToInstant();
        return true;
    }

    /// <summary>Reads <c>YYYY-MM</c> from 2000-01, as a month.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="period">The month, when read.</param>
    /// <returns>Whether the text is a plain, valid month.</returns>
    public static bool TryParseMonth(ReadOnlySpan<byte> utf8, out ReturnPeriod period)
    {
        period = default;
        if (utf8.Length != 7 || utf8[4] != '-'
            || !TryReadNumber(utf8[..4], 9999, out var year) || year < 2000
            || !TryReadNumber(utf8.Slice(5, 2), 12, out var month) || month < 1)
        {
            return false;
        }

        period = ReturnPeriod.Month(year, month);
        return true;
    }

    /// <summary>Reads the <c>YYYY-MM-DD</c> that starts <paramref name="utf8"/>, checking the day exists.</summary>
    private static bool TryReadDate(ReadOnlySpan<byte> utf8, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        return TryReadNumber(utf8[..4], 9999, out year) && year >= 1
            && utf8[4] == '-' && TryReadNumber(utf8.Slice(5, 2), 12, out month) && month >= 1
            && utf8[7] == '-' && TryReadNumber(utf8.Slice(8, 2), CalendarSystem.Iso.GetDaysInMonth(year, month), out day) && day >= 1;
    }

    /// <summary>Reads a point and one to nine digits of a second, leaving what follows.</summary>
    private static bool TryReadFraction(ref ReadOnlySpan<byte> rest, out long nanosecond)
    {
        nanosecond = 0;
        var digits = 0;
        while (digits < rest.Length - 1 && char.IsAsciiDigit((char)rest[digits + 1]))
        {
            digits++;
        }

        if (digits is < 1 or > 9 || !TryReadNumber(rest.Slice(1, digits), 999_999_999, out var fraction))
        {
            return false;
        }

        nanosecond = fraction;
        for (var scale = digits; scale < 9; scale++)
        {
            nanosecond *= 10;
        }

        rest = rest[(digits + 1)..];
        return true;
    }

    /// <summary>Reads <c>Z</c>, or <c>+HH:mm</c> or <c>-HH:mm</c> up to 14 hours (never <c>-00:00</c>), ending the text.</summary>
    private static bool TryReadOffset(ReadOnlySpan<byte> utf8, out Offset offset)
    {
        offset = Offset.Zero;
        if (utf8.Length == 1)
        {
            return utf8[0] == 'Z';
        }

        if (utf8.Length != 6 || utf8[0] is not ((byte)'+' or (byte)'-') || utf8[3] != ':'
            || !TryReadNumber(utf8.Slice(1, 2), 14, out var hours)
            || !TryReadNumber(utf8.Slice(4, 2), 59, out var minutes))
        {
            return false;
        }

        var seconds = (hours * 3600) + (minutes * 60);
        if (utf8[0] == '-')
        {
            if (seconds == 0)
            {
                return false;
            }

            seconds = -seconds;
        }

        offset = Offset.FromSeconds(seconds);
        return true;
    }

    /// <summary>Reads ASCII digits, all of <paramref name="utf8"/>, as a number no greater than <paramref name="max"/>.</summary>
    private static bool TryReadNumber(ReadOnlySpan<byte> utf8, int max, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            var digit = b - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return value <= max;
    }
}
