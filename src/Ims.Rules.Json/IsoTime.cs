using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Json;

/// <summary>
/// Instants and dates as the JSON contract writes them. An instant is ISO-8601 with an
/// offset (<c>2025-11-10T18:00:00+05:30</c>, seconds and fraction optional, <c>Z</c> allowed);
/// a date alone in a time field means 00:00 IST of that day. Instants are written in IST.
/// </summary>
public static class IsoTime
{
    private static readonly OffsetDateTimePattern Written =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    private static readonly OffsetDateTimePattern[] Accepted =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Parses an instant: ISO-8601 with an offset, or a date alone (00:00 IST).</summary>
    /// <param name="text">The text.</param>
    /// <param name="instant">The instant, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is an instant.</returns>
    public static bool TryParseInstant([NotNullWhen(true)] string? text, out Instant instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }

        if (TryParseDate(text, out var date))
        {
            instant = IndianTime.StartOf(date);
            return true;
        }

        foreach (var pattern in Accepted)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a date, <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when parsed.</param>
    /// <returns>Whether <paramref name="text"/> is a date.</returns>
    public static bool TryParseDate([NotNullWhen(true)] string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var result = DatePattern.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>An instant in IST: <c>2025-11-14T00:00:00+05:30</c> (a fraction of a second only when there is one).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Format(Instant instant) => Written.Format(IndianTime.InIst(instant));

    /// <summary>A date: <c>2025-12-20</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => DatePattern.Format(date);

    /// <summary>What the parsers accept, for messages.</summary>
    internal const string ExpectedInstant = "an ISO-8601 instant with offset such as 2025-11-10T18:00:00+05:30, or a date (00:00 IST)";

    /// <summary>What the date parser accepts, for messages.</summary>
    internal const string ExpectedDate = "a date YYYY-MM-DD such as 2025-10-15";

    /// <summary>The longest value a message quotes whole; longer ones are cut, so that a 50 MB field never echoes back.</summary>
    internal const int QuotedLength = 64;

    /// <summary>A value quoted for a message: cut to <see cref="QuotedLength"/> characters, saying how long it was.</summary>
    internal static string Quote(string text)
    {
        var shown = text.Length <= QuotedLength ? text : text[..QuotedLength];
        var quoted = "'" + shown.Replace("'", "\\'", StringComparison.Ordinal) + "'";
        return text.Length <= QuotedLength
            ? quoted
            : quoted + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
    }
}
