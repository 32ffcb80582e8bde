using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Ims.Rules;

/// <summary>An Indian financial year, 1 April to 31 March, written <c>2024-25</c>.</summary>
/// <remarks>The default value is 2000-01.</remarks>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    private readonly int _offset; // years since 2000, so that default is a real year

    private FinancialYear(int startYear) => _offset = startYear - 2000;

    /// <summary>The calendar year in which the financial year starts (2024 for 2024-25).</summary>
    public int StartYear => 2000 + _offset;

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public LocalDate FirstDay => new(StartYear, 4, 1);

    /// <summary>31 March of the following year.</summary>
    public LocalDate LastDay => new(StartYear + 1, 3, 31);

    /// <summary>The financial year starting in April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">2000 or later.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is before 2000 or after 9998.</exception>
    public static FinancialYear StartingIn(int startYear) => startYear is >= 2000 and <= 9998
        ? new FinancialYear(startYear)
        : throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A financial year here starts between 2000 and 9998.");

    /// <summary>The financial year that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The financial year.</returns>
    public static FinancialYear Of(LocalDate date) => StartingIn(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The financial year that contains <paramref name="month"/>.</summary>
    /// <param name="month">A month.</param>
    /// <returns>The financial year.</returns>
    public static FinancialYear Of(YearMonth month) => StartingIn(month.Month >= 4 ? month.Year : month.Year - 1);

    /// <summary>The next financial year.</summary>
    /// <returns>The financial year.</returns>
    public FinancialYear Next() => StartingIn(StartYear + 1);

    /// <summary>Parses <c>2024-25</c>.</summary>
    /// <param name="text">The financial year.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>YYYY-YY</c> with consecutive years.</exception>
    public static FinancialYear Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var year)
            ? year
            : throw new FormatException($"'{text}' is not a financial year: expected YYYY-YY with consecutive years, for example 2024-25.");
    }

    /// <summary>Tries to parse <c>2024-25</c>.</summary>
    /// <param name="text">The financial year.</param>
    /// <param name="year">The financial year, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is <c>YYYY-YY</c> with consecutive years.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FinancialYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start is < 2000 or > 9998 || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    /// <summary>The year as written on returns: <c>2024-25</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear:0000}-{(StartYear + 1) % 100:00}");

    /// <inheritdoc />
    public bool Equals(FinancialYear other) => _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _offset;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => _offset.CompareTo(other._offset);

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Compares two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Orders two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether the first is earlier.</returns>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Orders two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether the first is later.</returns>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Orders two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether the first is earlier or equal.</returns>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two years.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether the first is later or equal.</returns>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;
}
