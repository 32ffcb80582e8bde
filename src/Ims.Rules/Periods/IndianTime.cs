using NodaTime;

namespace Ims.Rules.Periods;

/// <summary>
/// Indian Standard Time, the portal's clock: a fixed offset of +05:30 (India has no
/// daylight saving, so no time-zone database is needed).
/// </summary>
public static class IndianTime
{
    /// <summary>The offset of IST from UTC.</summary>
    public static readonly Offset Offset = Offset.FromHoursAndMinutes(5, 30);

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
