using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ims.Rules;

/// <summary>
/// A GST state code: <c>01</c>–<c>38</c> for the states and Union territories, <c>97</c>
/// for "other territory" and <c>99</c> for the Centre jurisdiction. Written with two digits.
/// </summary>
/// <remarks>The default value is not a valid code; <see cref="IsValid"/> is false for it.</remarks>
public readonly struct StateCode : IEquatable<StateCode>, IComparable<StateCode>
{
    private static readonly string[] Names =
    [
        string.Empty, "Jammu and Kashmir", "Himachal Pradesh", "Punjab", "Chandigarh", "Uttarakhand", "Haryana",
        "Delhi", "Rajasthan", "Uttar Pradesh", "Bihar", "Sikkim", "Arunachal Pradesh", "Nagaland", "Manipur",
        "Mizoram", "Tripura", "Meghalaya", "Assam", "West Bengal", "Jharkhand", "Odisha", "Chhattisgarh",
        "Madhya Pradesh", "Gujarat", "Daman and Diu", "Dadra and Nagar Haveli and Daman and Diu", "Maharashtra",
        "Andhra Pradesh (before 2014)", "Karnataka", "Goa", "Lakshadweep", "Kerala", "Tamil Nadu", "Puducherry",
        "Andaman and Nicobar Islands", "Telangana", "Andhra Pradesh", "Ladakh",
    ];

    private readonly byte _value;

    private StateCode(byte value) => _value = value;

    /// <summary>The numeric code (1–38, 97 or 99).</summary>
    public int Value => _value;

    /// <summary>Whether this is one of the codes GST uses.</summary>
    public bool IsValid => IsValidNumber(_value);

    /// <summary>The state's or territory's name.</summary>
    public string Name => _value switch
    {
        97 => "Other Territory",
        99 => "Centre Jurisdiction",
        _ when _value is >= 1 and <= 38 => Names[_value],
        _ => string.Empty,
    };

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">1–38, 97 or 99.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a GST state code.</exception>
    public static StateCode FromNumber(int value)
    {
        if (!IsValidNumber(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A GST state code is 1–38, 97 or 99.");
        }

        return new StateCode((byte)value);
    }

    /// <summary>Parses a two-digit code such as <c>27</c>.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a two-digit GST state code.</exception>
    public static StateCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a GST state code: expected two digits, 01–38, 97 or 99.");
    }

    /// <summary>Tries to parse a two-digit code such as <c>27</c>.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is a GST state code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out StateCode code)
    {
        code = default;
        if (text is not { Length: 2 } || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        var value = ((text[0] - '0') * 10) + (text[1] - '0');
        if (!IsValidNumber(value))
        {
            return false;
        }

        code = new StateCode((byte)value);
        return true;
    }

    private static bool IsValidNumber(int value) => value is (>= 1 and <= 38) or 97 or 99;

    /// <inheritdoc />
    public bool Equals(StateCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StateCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(StateCode other) => _value.CompareTo(other._value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StateCode left, StateCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StateCode left, StateCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first is lower.</returns>
    public static bool operator <(StateCode left, StateCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first is higher.</returns>
    public static bool operator >(StateCode left, StateCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first is lower or equal.</returns>
    public static bool operator <=(StateCode left, StateCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first is higher or equal.</returns>
    public static bool operator >=(StateCode left, StateCode right) => left.CompareTo(right) >= 0;

    /// <summary>The code with two digits, as the portal writes it (<c>07</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.ToString("00", CultureInfo.InvariantCulture);
}
