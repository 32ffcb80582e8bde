using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// A return period: one month, or a quarter (April–June, July–September, October–December,
/// January–March) for a taxpayer under QRMP. A quarter is named by its first month.
/// </summary>
/// <remarks>
/// ISO notation is <c>2025-10</c>; the portal's is <c>102025</c> (a quarter in the portal's
/// notation is written as its last month, as GSTN does for quarterly returns).
/// The default value is the month January 2000.
/// </remarks>
public readonly struct ReturnPeriod : IEquatable<ReturnPeriod>, IComparable<ReturnPeriod>
{
    // The index of December 9999, the last month YearMonth can hold.
    private const int MaxIndex = ((9999 - 2000) * 12) + 11;

    // Months since January 2000 (so that default is a real month), and the length in months.
    private readonly int _index;
    private readonly bool _quarter;

    private ReturnPeriod(int index, bool quarter)
    {
        _index = index;
        _quarter = quarter;
    }

    /// <summary>The first month of the period.</summary>
    public YearMonth Start => new(2000 + (_index / 12), (_index % 12) + 1);

    /// <summary>The last month of the period.</summary>
    public YearMonth End => _quarter ? Start.PlusMonths(2) : Start;

    /// <summary>Whether this is a quarter.</summary>
    public bool IsQuarter => _quarter;

    /// <summary>Monthly or quarterly.</summary>
    public ReturnFrequency Frequency => _quarter ? ReturnFrequency.Quarterly : ReturnFrequency.Monthly;

    /// <summary>The financial year the period belongs to.</summary>
    public FinancialYear FinancialYear => FinancialYear.Of(Start);

    /// <summary>The month period of <paramref name="month"/>.</summary>
    /// <param name="month">A month from January 2000.</param>
    /// <returns>The monthly period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is before January 2000.</exception>
    public static ReturnPeriod Month(YearMonth month) => new(IndexOf(month), quarter: false);

    /// <summary>The month period of <paramref name="year"/> and <paramref name="month"/>.</summary>
    /// <param name="year">The year, 2000 or later.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The monthly period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReturnPeriod Month(int year, int month) => Month(new YearMonth(year, month));

    /// <summary>The quarter that contains <paramref name="month"/>.</summary>
    /// <param name="month">Any month of the quarter, from January 2000.</param>
    /// <returns>The quarterly period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is before January 2000.</exception>
    public static ReturnPeriod QuarterOf(YearMonth month)
    {
        var index = IndexOf(month);
        return new ReturnPeriod(index - (index % 3), quarter: true);
    }

    /// <summary>The period of the given frequency that contains <paramref name="month"/>.</summary>
    /// <param name="month">A month.</param>
    /// <param name="frequency">Monthly or quarterly.</param>
    /// <returns>The month itself, or its quarter.</returns>
    public static ReturnPeriod Containing(YearMonth month, ReturnFrequency frequency) =>
        frequency == ReturnFrequency.Quarterly ? QuarterOf(month) : Month(month);

    /// <summary>Whether the period contains <paramref name="month"/>.</summary>
    /// <param name="month">A month.</param>
    /// <returns><see langword="true"/> when the month is one of the period's.</returns>
    public bool Contains(YearMonth month)
    {
        var index = (month.Year - 2000) * 12 + month.Month - 1;
        return index >= _index && index <= _index + (_quarter ? 2 : 0);
    }

    /// <summary>The period <paramref name="count"/> periods of the same length later (or earlier, when negative).</summary>
    /// <param name="count">How many periods to move.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period would start before January 2000 or end after December 9999.</exception>
    public ReturnPeriod Plus(int count)
    {
        var index = _index + ((long)count * (_quarter ? 3 : 1));
        if (index < 0 || index + (_quarter ? 2 : 0) > MaxIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Return periods run from January 2000 to December 9999.");
        }

        return new ReturnPeriod((int)index, _quarter);
    }

    /// <summary>The next period of the same length.</summary>
    /// <returns>The period.</returns>
    public ReturnPeriod Next() => Plus(1);

    /// <summary>The previous period of the same length.</summary>
    /// <returns>The period.</returns>
    public ReturnPeriod Previous() => Plus(-1);

    /// <summary>Parses ISO notation, <c>2025-10</c>, as a month.</summary>
    /// <param name="text">The period.</param>
    /// <returns>The monthly period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>YYYY-MM</c> from 2000-01.</exception>
    public static ReturnPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a return period: expected YYYY-MM, for example 2025-10.");
    }

    /// <summary>Tries to parse ISO notation, <c>2025-10</c>, as a month.</summary>
    /// <param name="text">The period.</param>
    /// <param name="period">The monthly period, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is <c>YYYY-MM</c> from 2000-01.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReturnPeriod period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return false;
        }

        return TryCreate(year, month, out period);
    }

    /// <summary>Parses the portal's notation, <c>102025</c> (MMYYYY), as a month.</summary>
    /// <param name="text">The period.</param>
    /// <returns>The monthly period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>MMYYYY</c> from 012000.</exception>
    public static ReturnPeriod ParsePortal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParsePortal(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a portal return period: expected MMYYYY, for example 102025.");
    }

    /// <summary>Tries to parse the portal's notation, <c>102025</c> (MMYYYY), as a month.</summary>
    /// <param name="text">The period.</param>
    /// <param name="period">The monthly period, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is <c>MMYYYY</c> from 012000.</returns>
    public static bool TryParsePortal([NotNullWhen(true)] string? text, out ReturnPeriod period)
    {
        period = default;
        if (text is not { Length: 6 }
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(2, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        return TryCreate(year, month, out period);
    }

    private static bool TryCreate(int year, int month, out ReturnPeriod period)
    {
        period = default;
        if (year is < 2000 or > 9999 || month is < 1 or > 12)
        {
            return false;
        }

        period = Month(year, month);
        return true;
    }

    private static int IndexOf(YearMonth month)
    {
        if (month.Year < 2000)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Return periods start in January 2000.");
        }

        return ((month.Year - 2000) * 12) + month.Month - 1;
    }

    /// <summary>The ISO notation of the first month: <c>2025-10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start.Year:0000}-{Start.Month:00}");

    /// <summary>The portal's notation, <c>MMYYYY</c>, of the last month: <c>102025</c>, or <c>122025</c> for the October–December quarter.</summary>
    /// <returns>The text.</returns>
    public string ToPortalString() =>
        string.Create(CultureInfo.InvariantCulture, $"{End.Month:00}{End.Year:0000}");

    /// <inheritdoc />
    public bool Equals(ReturnPeriod other) => _index == other._index && _quarter == other._quarter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReturnPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_index << 1) | (_quarter ? 1 : 0);

    /// <summary>Orders by first month, then a month before the quarter that starts with it.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ReturnPeriod other) =>
        _index != other._index ? _index.CompareTo(other._index) : _quarter.CompareTo(other._quarter);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReturnPeriod left, ReturnPeriod right) => left.Equals(right);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReturnPeriod left, ReturnPeriod right) => !left.Equals(right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first is earlier.</returns>
    public static bool operator <(ReturnPeriod left, ReturnPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first is later.</returns>
    public static bool operator >(ReturnPeriod left, ReturnPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first is earlier or equal.</returns>
    public static bool operator <=(ReturnPeriod left, ReturnPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first is later or equal.</returns>
    public static bool operator >=(ReturnPeriod left, ReturnPeriod right) => left.CompareTo(right) >= 0;
}
