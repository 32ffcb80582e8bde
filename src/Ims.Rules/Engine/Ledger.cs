using System.Collections.Generic;
using System.Threading;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// The case's ledger: one forward fold over the recipient's statement periods (<see cref="LedgerView"/>). The periods
/// whose GSTR-3B is filed are final — every later statement sees them the same, whatever its instant — so they are
/// folded once, shared by every ledger asked for, and extended as far as a question needs; a ledger at an instant
/// continues from the last final period its instant has reached and folds the open periods at that instant.
/// </summary>
internal sealed class Ledger
{
    private readonly Dictionary<ReturnPeriod, List<int>> _byPeriod;
    private readonly Lock _gate = new();
    private LedgerView? _final;
    private LedgerPeriod[] _finalPeriods = [];

    public Ledger(ImsCalendar calendar, ImsPolicies policies, RecordTable records, Dictionary<ReturnPeriod, List<int>> byPeriod, ReturnPeriod? firstPeriod)
    {
        Calendar = calendar;
        Policies = policies;
        Records = records;
        _byPeriod = byPeriod;
        FirstPeriod = firstPeriod;
    }

    public ImsCalendar Calendar { get; }

    public ImsPolicies Policies { get; }

    public RecordTable Records { get; }

    /// <summary>The first statement period with a record; <see langword="null"/> for none.</summary>
    public ReturnPeriod? FirstPeriod { get; }

    /// <summary>The table indexes of a period's records, in case order; <see langword="null"/> for none.</summary>
    public List<int>? RecordsOf(ReturnPeriod period) => _byPeriod.TryGetValue(period, out var own) ? own : null;

    /// <summary>The ledger at <paramref name="asOf"/>, folded up to <paramref name="last"/>.</summary>
    public LedgerView At(Instant asOf, ReturnPeriod last)
    {
        var final = FinalPeriods(asOf, last);
        var count = 0;
        while (count < final.Length && final[count].FinalFrom <= asOf && final[count].Period <= last)
        {
            count++;
        }

        return new LedgerView(this, asOf, new System.ArraySegment<LedgerPeriod>(final, 0, count)).FoldTo(last);
    }

    /// <summary>The final periods, folded on first need up to <paramref name="last"/> while final at <paramref name="asOf"/>.</summary>
    private LedgerPeriod[] FinalPeriods(Instant asOf, ReturnPeriod last)
    {
        var final = Volatile.Read(ref _finalPeriods);
        if (FirstPeriod is null || (final.Length > 0 && (final[^1].Period >= last || final[^1].FinalFrom > asOf)))
        {
            return final;
        }

        lock (_gate)
        {
            _final ??= new LedgerView(this, Instant.MaxValue, []);
            var grew = false;
            while ((_final.Periods.Count == 0 || (_final.Periods[^1].Period < last && _final.Periods[^1].FinalFrom <= asOf)) && _final.FoldFinal(last))
            {
                grew = true;
            }

            if (grew)
            {
                Volatile.Write(ref _finalPeriods, [.. _final.Periods]);
            }

            return _finalPeriods;
        }
    }
}
