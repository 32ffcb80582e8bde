using System.Collections.Generic;
using System.Linq;
using Ims.Rules.Periods;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary>The periods a case covers, for <c>timeline</c>, <c>explain</c> and <c>validate</c> without <c>--from</c>/<c>--to</c>.</summary>
internal static class CaseRange
{
    /// <summary>
    /// From the first record's natural period to the last record's, or to the last period
    /// with a GSTR-3B filing when that is later (so a Pending record's later statements show).
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
            .Where(month => month.Year >= 2000)
            .ToList();
        var first = from ?? (months.Count > 0 ? ReturnPeriod.Month(months.Min()) : null);
        if (first is not { } start)
        {
            return null;
        }

        var last = to ?? Last(months.Concat(engine.Case.Filings.Gstr3b.Keys).Where(month => month >= start.Start));
        return (start, last ?? start);
    }

    private static ReturnPeriod? Last(IEnumerable<YearMonth> months)
    {
        var list = months.ToList();
        return list.Count > 0 ? ReturnPeriod.Month(list.Max()) : null;
    }
}
