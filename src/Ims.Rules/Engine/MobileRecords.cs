using System;
using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// The records that may land after their natural period (acted on, or amending another), by period,
/// each with where it finally settles. A period's are settled on first need, once, whichever thread
/// asks first; every later statement then passes the settled ones by.
/// </summary>
internal sealed class MobileRecords
{
    private readonly RecordTable _records;
    private readonly int[] _indexes;
    private readonly int[] _starts;
    private readonly Lazy<Settled[]>[] _settled;

    public MobileRecords(RecordTable records, List<int> indexes, ImsCalendar calendar, ImsPolicies policies)
    {
        _records = records;
        _indexes = [.. indexes];
        Array.Sort(Array.ConvertAll(_indexes, i => records[i].Period), _indexes);
        _starts = PeriodStarts();
        _settled = new Lazy<Settled[]>[_starts.Length - 1];
        for (var run = 0; run < _settled.Length; run++)
        {
            var (start, end) = (_starts[run], _starts[run + 1]);
            _settled[run] = new Lazy<Settled[]>(() => Settle(start, end, new Evaluation(calendar, policies, default, Instant.MaxValue)));
        }
    }

    /// <summary>The mobile records of periods before <paramref name="period"/>, each with where it settles.</summary>
    public IEnumerable<(PreparedRecord Record, Settled Settled)> Before(ReturnPeriod period)
    {
        for (var run = 0; run < _settled.Length && _records[_indexes[_starts[run]]].Period < period; run++)
        {
            var settled = _settled[run].Value;
            for (var i = _starts[run]; i < _starts[run + 1]; i++)
            {
                yield return (_records[_indexes[i]], settled[i - _starts[run]]);
            }
        }
    }

    private Settled[] Settle(int start, int end, Evaluation evaluation)
    {
        var settled = new Settled[end - start];
        for (var i = start; i < end; i++)
        {
            settled[i - start] = evaluation.SettledLanding(_records[_indexes[i]]);
        }

        return settled;
    }

    /// <summary>Where each period's run starts in the indexes (sorted by period), and their length at the end.</summary>
    private int[] PeriodStarts()
    {
        var starts = new List<int>();
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (i == 0 || _records[_indexes[i]].Period != _records[_indexes[i - 1]].Period)
            {
                starts.Add(i);
            }
        }

        starts.Add(_indexes.Length);
        return [.. starts];
    }
}
