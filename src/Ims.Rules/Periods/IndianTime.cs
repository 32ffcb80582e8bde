using NodaTime;

namespace Ims.Rules;

/// <summary>
/// Indian Standard Time, the portal's clock: a fixed offset of +05:30 (India has no
/// daylight saving, so no time-zone database is needed).
/// </summary>
public static class IndianTime
{
    /// <summary>The offset of IST from UTC.</summary>
    public static readonly Offset Offset = Offset.FromHoursAndMinutes(5, 30);

    /// <summary>The first instant the engine works with: 00:00 IST on 1 January 2000.</summary>
    public static readonly Instant SupportedStart = new LocalDateTime(2000, 1, 1, 0, 0).WithOffset(Offset).ToInstant();

    /// <summary>The first instant past the engine's range: 00:00 IST on 1 January 9000.</summary>
    public static readonly Instant SupportedEnd = new LocalDateTime(9000, 1, 1, 0, 0).WithOffset(Offset).ToInstant();

    /// <summary>Whether an instant lies in the range the engine works with (years 2000 to 8999); data outside it is reported, not computed with.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns><see langword="true"/> inside the range.</returns>
    public static bool IsSupported(Instant instant) => instant >= SupportedStart && instant < SupportedEnd;

    /// <summary>Whether a date lies in the range the engine works with (years 2000 to 8999).</summary>
    /// <param name="date">A date.</param>
    /// <returns><see langword="true"/> inside the range.</returns>
    public static bool IsSupported(LocalDate date) => date.Year is >= 2000 and < 9000;

    /// <summary>00:00 IST at the start of <paramref name="date"/>.</summary>
    /// <param name="date">A calendar date.</param>
    /// <returns>The instant the day starts in India.</returns>
    public static Instant StartOf(LocalDate date) => date.AtMidnight().WithOffset(Offset).ToInstant();

    /// <summary>The first instant after <paramref name="date"/> ends in India (00:00 IST the next day).</summary>
    /// <param name="date">A calendar date.</param>
    /// <returns>The instant the next day starts.</returns>
    public static Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));

    /// <summary>The date in India at <paramref name="instant"/>.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>Its IST calendar date.</returns>
    public static LocalDate DateOf(Instant instant) => instant.WithOffset(Offset).Date;

    /// <summary>The instant in IST, for printing.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The instant with the +05:30 offset.</returns>
    public static OffsetDateTime InIst(Instant instant) => instant.WithOffset(Offset);
}
