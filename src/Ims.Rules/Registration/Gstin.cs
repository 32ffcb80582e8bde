using System;
using System.Diagnostics.CodeAnalysis;

namespace Ims.Rules;

/// <summary>
/// A GST identification number: two-digit state code, ten-character PAN, entity code
/// (1–9, A–Z), the letter <c>Z</c>, and a mod-36 check character.
/// </summary>
/// <remarks>
/// <para>
/// A wrong shape is always an error. A wrong check character is reported apart
/// (<see cref="GstinCheck.InvalidCheckCharacter"/>) because hand-made sample data, GSTN's
/// own included, often fails it; <see cref="ParseAllowingBadCheckCharacter"/> accepts such a
/// GSTIN and <see cref="HasValidCheckCharacter"/> tells it apart.
/// </para>
/// <para>The default value is not a GSTIN (<see cref="IsSpecified"/> and <see cref="IsValid"/> are false): its <see cref="ToString"/> and <see cref="Pan"/> are empty and its <see cref="State"/> is the default, so code that meets one never throws.</para>
/// </remarks>
public readonly struct Gstin : IEquatable<Gstin>, IComparable<Gstin>
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private readonly string? _text;

    private Gstin(string text, bool validCheck)
    {
        _text = text;
        HasValidCheckCharacter = validCheck;
    }

    /// <summary>The registration's state (the first two digits); <c>default</c> (no state) for the default value.</summary>
    public StateCode State => _text is null ? default : StateCode.FromNumber(((Text[0] - '0') * 10) + Text[1] - '0');

    /// <summary>The PAN embedded in characters 3–12; empty for the default value.</summary>
    public string Pan => _text is null ? string.Empty : Text.Substring(2, 10);

    /// <summary>The entity code (13th character): the registration's number under the PAN in the state; <c>'\0'</c> for the default value.</summary>
    public char EntityCode => _text is null ? '\0' : Text[12];

    /// <summary>Whether the 15th character is the correct check character.</summary>
    public bool HasValidCheckCharacter { get; }

    /// <summary>Whether this is a GSTIN at all: <see langword="false"/> only for the default value (<c>default(Gstin)</c>), which every parse refuses to give.</summary>
    public bool IsSpecified => _text is not null;

    /// <summary>Whether this is a GSTIN with the correct check character: not the default value, and <see cref="HasValidCheckCharacter"/>.</summary>
    public bool IsValid => _text is not null && HasValidCheckCharacter;

    private string Text => _text ?? string.Empty;

    /// <summary>Checks text without creating a value.</summary>
    /// <param name="text">The candidate GSTIN.</param>
    /// <returns>What was found.</returns>
    public static GstinCheck Check(string? text)
    {
        if (!IsWellFormed(text))
        {
            return GstinCheck.InvalidFormat;
        }

        return CheckCharacter(text.AsSpan(0, 14)) == text[14] ? GstinCheck.Valid : GstinCheck.InvalidCheckCharacter;
    }

    /// <summary>Parses a GSTIN, requiring a correct check character.</summary>
    /// <param name="text">The GSTIN in capitals.</param>
    /// <returns>The GSTIN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The shape or the check character is wrong; the message says which.</exception>
    public static Gstin Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Check(text) switch
        {
            GstinCheck.Valid => new Gstin(text, validCheck: true),
            GstinCheck.InvalidCheckCharacter => throw new FormatException(
                $"'{text}' has a wrong check character: expected '{CheckCharacter(text.AsSpan(0, 14))}'."),
            GstinCheck.InvalidFormat => throw new FormatException(
                $"'{text}' is not a GSTIN: expected 2-digit state code, 10-character PAN, entity code, 'Z' and a check character."),
        };
    }

    /// <summary>Tries to parse a GSTIN, requiring a correct check character.</summary>
    /// <param name="text">The GSTIN in capitals.</param>
    /// <param name="gstin">The GSTIN, when valid.</param>
    /// <returns>Whether <paramref name="text"/> is a valid GSTIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Gstin gstin)
    {
        gstin = Check(text) == GstinCheck.Valid ? new Gstin(text!, validCheck: true) : default;
        return gstin._text is not null;
    }

    /// <summary>
    /// Parses a well-formed GSTIN even when its check character is wrong; the result's
    /// <see cref="HasValidCheckCharacter"/> says so. For reading real-world data.
    /// </summary>
    /// <param name="text">The GSTIN in capitals.</param>
    /// <returns>The GSTIN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The shape is wrong.</exception>
    public static Gstin ParseAllowingBadCheckCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseAllowingBadCheckCharacter(text, out var gstin)
            ? gstin
            : throw new FormatException($"'{text}' is not a GSTIN: expected 2-digit state code, 10-character PAN, entity code, 'Z' and a check character.");
    }

    /// <summary>Tries to parse a well-formed GSTIN even when its check character is wrong.</summary>
    /// <param name="text">The GSTIN in capitals.</param>
    /// <param name="gstin">The GSTIN, when well-formed.</param>
    /// <returns>Whether <paramref name="text"/> has the shape of a GSTIN.</returns>
    public static bool TryParseAllowingBadCheckCharacter([NotNullWhen(true)] string? text, out Gstin gstin)
    {
        var check = Check(text);
        gstin = check == GstinCheck.InvalidFormat ? default : new Gstin(text!, check == GstinCheck.Valid);
        return gstin._text is not null;
    }

    /// <summary>Computes the mod-36 check character of the first fourteen characters of a GSTIN.</summary>
    /// <param name="first14">The first fourteen characters, digits and capitals only.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException"><paramref name="first14"/> is not fourteen digits and capitals.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first14)
    {
        if (first14.Length != 14)
        {
            throw new ArgumentException("The check character is computed over exactly 14 characters.", nameof(first14));
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var value = Alphabet.IndexOf(first14[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException("A GSTIN holds only digits and capital letters.", nameof(first14));
            }

            var product = value * ((i % 2) + 1);
            sum += (product / 36) + (product % 36);
        }

        return Alphabet[(36 - (sum % 36)) % 36];
    }

    private static bool IsWellFormed([NotNullWhen(true)] string? text)
    {
        if (text is not { Length: 15 } || !StateCode.TryParse(text[..2], out _))
        {
            return false;
        }

        for (var i = 2; i < 7; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]))
            {
                return false;
            }
        }

        for (var i = 7; i < 11; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return char.IsAsciiLetterUpper(text[11])
            && (char.IsAsciiLetterUpper(text[12]) || text[12] is >= '1' and <= '9')
            && text[13] == 'Z'
            && (char.IsAsciiLetterUpper(text[14]) || char.IsAsciiDigit(text[14]));
    }

    /// <inheritdoc />
    public bool Equals(Gstin other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Gstin other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <inheritdoc />
    public int CompareTo(Gstin other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Compares two GSTINs.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Gstin left, Gstin right) => left.Equals(right);

    /// <summary>Compares two GSTINs.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Gstin left, Gstin right) => !left.Equals(right);

    /// <summary>Orders two GSTINs ordinally.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether the first sorts first.</returns>
    public static bool operator <(Gstin left, Gstin right) => left.CompareTo(right) < 0;

    /// <summary>Orders two GSTINs ordinally.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether the first sorts last.</returns>
    public static bool operator >(Gstin left, Gstin right) => left.CompareTo(right) > 0;

    /// <summary>Orders two GSTINs ordinally.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether the first sorts first or equal.</returns>
    public static bool operator <=(Gstin left, Gstin right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two GSTINs ordinally.</summary>
    /// <param name="left">The first GSTIN.</param>
    /// <param name="right">The second GSTIN.</param>
    /// <returns>Whether the first sorts last or equal.</returns>
    public static bool operator >=(Gstin left, Gstin right) => left.CompareTo(right) >= 0;

    /// <summary>The fifteen characters, as the portal prints them.</summary>
    /// <returns>The GSTIN.</returns>
    public override string ToString() => Text;
}
