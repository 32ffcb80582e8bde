using System;
using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// The ledger as it stands at one instant (<see cref="AsOf"/>): the forward fold over the recipient's statement periods
/// in order. Each period is resolved at its own instant (its GSTR-3B filing if filed by then, else the ledger's
/// instant), what waited in the period before first, then the period's own records; within a period originals come
/// before their amendments, which read them back from the ledger. Periods already final at the instant are taken from
/// <see cref="Ledger"/>'s shared fold instead of being folded again. A period's result depends only on the periods up
/// to it, so a ledger folded further gives the same periods as one folded less far.
/// </summary>
internal sealed partial class LedgerView
{
    private readonly Ledger _ledger;
    private readonly List<LedgerPeriod> _periods;
    private readonly Dictionary<ReturnPeriod, int> _positions = [];
    private CarriedEntry[] _carried;
    private ReturnPeriod? _next;

    // The period being folded: its landings are visible to the records after them (originals before amendments).
    private ReturnPeriod _current;
    private List<LedgerEntry>? _landedNow;
    private Dictionary<int, int>? _byRecordNow;

    // Scratch lists reused from period to period, so that each period keeps only arrays of its exact size.
    private readonly List<int> _work = [];
    private readonly List<LedgerEntry> _landedScratch = [];
    private readonly List<CarriedEntry> _carriedScratch = [];
    private readonly List<int> _lateScratch = [];

    /// <summary>A ledger at <paramref name="asOf"/> continuing the final periods <paramref name="final"/> (a prefix of the recipient's periods).</summary>
    public LedgerView(Ledger ledger, Instant asOf, IReadOnlyList<LedgerPeriod> final)
    {
        _ledger = ledger;
        AsOf = asOf;
        _periods = new List<LedgerPeriod>(final.Count + 1);
        _periods.AddRange(final);
        for (var i = 0; i < _periods.Count; i++)
        {
            _positions[_periods[i].Period] = i;
        }

        _carried = final.Count > 0 ? final[^1].Carried : [];
        _next = final.Count > 0 ? ledger.Calendar.NextStatementPeriod(final[^1].Period) : ledger.FirstPeriod;
        _current = final.Count > 0 ? final[^1].Period : default;
    }

    /// <summary>The instant the ledger stands at.</summary>
    public Instant AsOf { get; }

    /// <summary>The periods folded so far, in order.</summary>
    public IReadOnlyList<LedgerPeriod> Periods => _periods;

    private ImsCalendar Calendar => _ledger.Calendar;

    private ImsPolicies Policies => _ledger.Policies;

    /// <summary>The folded period <paramref name="period"/>; <see langword="null"/> when the fold has not reached it or it is not a statement period.</summary>
    public LedgerPeriod? PeriodOf(ReturnPeriod period) => _positions.TryGetValue(period, out var i) ? _periods[i] : null;

    /// <summary>
    /// The ledger as folded up to <paramref name="last"/>, never folded further: what a statement of that period reads,
    /// from any thread, while this ledger goes on folding.
    /// </summary>
    public LedgerView UpTo(ReturnPeriod last)
    {
        var count = 0;
        while (count < _periods.Count && _periods[count].Period <= last)
        {
            count++;
        }

        return new LedgerView(_ledger, AsOf, _periods.GetRange(0, count));
    }

    /// <summary>Folds the periods up to <paramref name="last"/>; those folded already stay as they are.</summary>
    public LedgerView FoldTo(ReturnPeriod last)
    {
        while (_next is { } next && next <= last)
        {
            Fold(next);
            _next = Calendar.NextStatementPeriod(next);
        }

        return this;
    }

    /// <summary>Folds while the next period is final (its GSTR-3B filed), up to <paramref name="last"/>: the shared fold.</summary>
    public bool FoldFinal(ReturnPeriod last)
    {
        if (_next is not { } next || next > last || Calendar.Gstr3bFiledAt(next) is null)
        {
            return false;
        }

        FoldTo(next);
        return true;
    }

    /// <summary>One step of the fold: resolve what waited, then the period's own acted-on and amending records.</summary>
    private void Fold(ReturnPeriod period)
    {
        var filed = Calendar.Gstr3bFiledAt(period);
        var instant = filed is { } f && f < AsOf ? f : AsOf;
        var own = _ledger.RecordsOf(period);
        var finalFrom = _periods.Count > 0 ? _periods[^1].FinalFrom : Instant.MinValue;
        finalFrom = Max(finalFrom, filed ?? Instant.MaxValue);

        // What to resolve, in fold order: the carried (as ~position in _carried), then the period's own (as table index).
        var work = _work;
        work.Clear();
        work.EnsureCapacity(_carried.Length + (own?.Count ?? 0));
        var deep = false;
        for (var i = 0; i < _carried.Length; i++)
        {
            work.Add(~i);
            deep |= _ledger.Records[_carried[i].Index].Original is not null;
        }

        if (own is not null)
        {
            foreach (var index in own)
            {
                var record = _ledger.Records[index];
                finalFrom = Max(finalFrom, record.EntersAt);
                if (!record.IsMobile || record.EntersAt > AsOf)
                {
                    continue;
                }

                work.Add(index);
                deep |= record.Original is not null;
            }
        }

        if (deep)
        {
            // Originals before their amendments (R41, R42): an amendment reads what its original did in this period.
            var keyed = new (int Depth, int Position)[work.Count];
            for (var i = 0; i < keyed.Length; i++)
            {
                keyed[i] = (Depth(_ledger.Records[IndexOf(work[i])]), i);
            }

            Array.Sort(keyed); // by depth, then fold order: carried first, then the period's own in case order
            var items = work.ToArray();
            for (var i = 0; i < keyed.Length; i++)
            {
                work[i] = items[keyed[i].Position];
            }
        }

        _current = period;
        _landedNow = _landedScratch;
        _landedNow.Clear();
        _byRecordNow = null;
        var late = _lateScratch;
        late.Clear();
        var carriedOut = _carriedScratch;
        carriedOut.Clear();
        foreach (var item in work)
        {
            var wasCarried = item < 0;
            var entry = wasCarried ? _carried[~item] : default;
            var index = wasCarried ? entry.Index : item;
            var record = _ledger.Records[index];
            Resolution resolved;
            Instant at;
            if (!wasCarried && record.HasAmendments && SupersedingAmendment(record) is not null)
            {
                Land(record, new Landing(true, period, StateKind.Superseded, null, false, null), default, filed, late);
                continue;
            }

            if (wasCarried)
            {
                // R17: a GSTR-3B filed before the record reached this period (an earlier one was still open) cannot close it here.
                at = Max(instant, entry.At);
                resolved = at >= entry.Resolution.Until || record.Original is not null ? Resolve(record, at, period) : entry.Resolution;
            }
            else
            {
                at = instant;
                resolved = Resolve(record, at, period);
            }

            if (resolved.State is StateKind.Pending or StateKind.Held)
            {
                carriedOut.Add(new CarriedEntry(index, resolved, at));
                continue;
            }

            Land(record, new Landing(true, period, resolved.State, resolved.Deciding, wasCarried, resolved.Findings), resolved.Restriction, filed, late);
        }

        var folded = new LedgerPeriod(period, instant, finalFrom, [.. _landedNow], [.. carriedOut], _byRecordNow, [.. late]);
        _positions[period] = _periods.Count;
        _periods.Add(folded);
        // R14, R17: what waits moves on only across a GSTR-3B filing; in a period still open at the ledger's instant it
        // waits there, and a decision lands it there.
        _carried = filed is { } closes && closes <= AsOf ? folded.Carried : [];
        _landedNow = null;
        _byRecordNow = null;
    }

    private void Land(PreparedRecord record, Landing landing, Restriction restriction, Instant? filed, List<int> late)
    {
        var effect = EffectOf(record, landing, restriction);
        var entry = new LedgerEntry(record.Index, landing, effect, restriction, SupplierEffectOf(record, landing, restriction));
        if (record.HasAmendments || record.Original is not null)
        {
            (_byRecordNow ??= [])[record.Index] = _landedNow!.Count;
        }

        // R17: actions after the GSTR-3B that closed the period it landed in are reported, by the statement open when taken.
        if (filed is { } closed && record.Actions is { Count: > 0 } actions && actions[^1].At > closed)
        {
            late.Add(_landedNow!.Count);
        }

        _landedNow!.Add(entry);
    }

    /// <summary>The table index of a work item: a carried entry's record, or the index itself.</summary>
    private int IndexOf(int item) => item < 0 ? _carried[~item].Index : item;

    private static int Depth(PreparedRecord record)
    {
        var depth = 0;
        for (var version = record.Original; version is { } v && depth < 64; version = v.Original)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>
    /// Where <paramref name="record"/> stands in the ledger as seen from <paramref name="upTo"/>: landed in a period up to it,
    /// waiting, or not yet in any statement. Looks back only: nothing after <paramref name="upTo"/> is read.
    /// </summary>
    public Landing LandingOf(PreparedRecord record, ReturnPeriod upTo)
    {
        if (record.Route is Route.Excluded or Route.NotFiled || record.Period > upTo || record.EntersAt > AsOf)
        {
            return Landing.NotYet;
        }

        if (record.HasAmendments && SupersedingAmendment(record) is not null)
        {
            return new Landing(true, record.Period, StateKind.Superseded, null, false, null);
        }

        if (!record.IsMobile)
        {
            return new Landing(true, record.Period, StateKind.NoAction, null, false, null);
        }

        return Find(record, upTo) is { } entry ? entry.Landing : new Landing(false, upTo, StateKind.Pending, null, true, null);
    }

    /// <summary>The ledger entry of a landed acted-on or amending record, up to <paramref name="upTo"/>.</summary>
    public LedgerEntry? Find(PreparedRecord record, ReturnPeriod upTo)
    {
        if (_landedNow is not null && _current <= upTo && _byRecordNow is not null && _byRecordNow.TryGetValue(record.Index, out var now))
        {
            return _landedNow[now];
        }

        if (!_positions.TryGetValue(record.Period, out var start))
        {
            return null;
        }

        for (var i = start; i < _periods.Count && _periods[i].Period <= upTo; i++)
        {
            if (_periods[i].ByRecord is { } byRecord && byRecord.TryGetValue(record.Index, out var position))
            {
                return _periods[i].Landed[position];
            }
        }

        return null;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
