using System.Linq;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary>The periods a case covers, for <c>timeline</c>, <c>explain</c> and <c>validate</c> without <c>--from</c>/<c>--to</c>.</summary>
internal static class CaseRange
{
    /// <summary>
    /// From the first record's natural period to the last period the case reaches: the last
    /// record's period, the last period with a GSTR-3B filing, or the statement that follows
    /// the last action (so that a record accepted after waiting as Pending shows where it lands).
    /// </summary>
    /// <param name="engine">The engine of the case.</param>
    /// <param name="from">The first period, when given.</param>
    /// <param name="to">The last period, when given.</param>
    /// <returns>The range (not checked for order), or <see langword="null"/> when the case has no placed record and no start was given.</returns>
    public static (ReturnPeriod From, ReturnPeriod To)? Of(ImsEngine engine, ReturnPeriod? from, ReturnPeriod? to)
    {
        var months = engine.Case.Records
            .Select(record => engine.Calendar.NaturalMonth(record))
            .OfType<YearMonth>()
            .Where(InRange)
            .ToList();
        var first = from ?? (months.Count > 0 ? ReturnPeriod.Month(months.Min()) : null);
        if (first is not { } start)
        {
            return null;
        }

        var reached = months
            .Concat(engine.Case.Filings.Gstr3b.Keys.Where(InRange))
            .Concat(engine.Case.Actions.Select(action => StatementAfter(engine.Calendar, action.At)).OfType<YearMonth>())
            .Where(month => month >= start.Start)
            .ToList();
        return (start, to ?? (reached.Count > 0 ? ReturnPeriod.Month(reached.Max()) : start));
    }

    /// <summary>The first month of the earliest statement generated after <paramref name="at"/>: where an action then takes effect.</summary>
    private static YearMonth? StatementAfter(ImsCalendar calendar, Instant at)
    {
        var month = IndianTime.DateOf(at).ToYearMonth().PlusMonths(-1);
        if (!InRange(month))
        {
            return null;
        }

        var period = calendar.StatementPeriodOf(month);
        while (calendar.GenerationInstant(period) <= at)
        {
            period = calendar.NextStatementPeriod(period);
        }

        return period.Start;
    }

    private static bool InRange(YearMonth month) => month.Year is >= 2000 and <= 9990 && month > new YearMonth(2000, 1);
}
