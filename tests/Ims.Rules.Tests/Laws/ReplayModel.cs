using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// A second, independent reading of the catalogue, for differential testing against the engine: a slow
/// <b>replay</b> of the case's events instant by instant over the whole timeline. Records are filed, actions
/// taken, statements generated (a draft, R16, R28) and GSTR-3Bs filed (a freeze, R17), in time order, on
/// mutable per-record state; a statement is what the replay saw at its instant. Nothing asks backwards and
/// nothing is recomputed: the engine's shape (landings asked for on demand, per-statement evaluation) is
/// deliberately not this one.
/// <para>
/// It shares no engine code: not even the calendar (its dates are its own few lines below, each named after
/// its rule). It uses only the public value types (<see cref="TaxAmounts"/>, <see cref="InwardRecord"/>, the
/// statement enums) to state its answer.
/// </para>
/// <para>
/// Its scope is the cases of <see cref="Arbitraries.ReplayCases"/>: a monthly recipient (2B periods of Sep-2025
/// onwards), invoices, debit notes and credit notes filed in monthly suppliers' GSTR-1, no amendments, no
/// revisions, no declarations, no two actions on one record at one instant, and the default policies.
/// Those corners (QRMP quarters R34, IFF/GSTR-1A/GSTR-5/ISD/imports windows R29–R31/R4/R7, amendments R39–R44,
/// R18, R26, R15 ties, policies) are covered by <see cref="ReferenceModel"/> and the rule tests.
/// </para>
/// </summary>
internal sealed class ReplayModel
{
    private static readonly Offset Ist = Offset.FromHoursAndMinutes(5, 30);

    private static readonly YearMonth Ims2025 = new(2025, 10);

    private readonly ImsCase _case;
    private readonly Dictionary<string, Slot> _slots = [];
    private readonly SortedDictionary<YearMonth, Snapshot> _filed = [];
    private readonly SortedDictionary<YearMonth, Snapshot> _generated = [];
    private readonly List<Finding> _caseFindings = [];
    private readonly List<(Finding Finding, Instant At)> _statementFindings = [];

    /// <summary>A document as the model places it.</summary>
    public sealed record Doc(string Id, Bucket Bucket, Section Section, NotAvailableReason? Reason, TaxAmounts Itc, string Rules);

    /// <summary>A supplier effect as the model sees it (R47).</summary>
    public sealed record Effect(string Id, SupplierEffectKind Kind, TaxAmounts Amount, YearMonth Period);

    /// <summary>A finding by code and record.</summary>
    public sealed record Finding(string Code, string? RecordId);

    /// <summary>What the replay saw for one period at one instant.</summary>
    public sealed record Snapshot(YearMonth Period, bool Generated, Instant At, List<Doc> Documents, List<string> Carried, List<Effect> Effects, List<Finding> Findings);

    private enum State { NoAction, Accept, Reject, Pending, Expired, TimeBarred }

    /// <summary>Per-record state the replay mutates as events pass.</summary>
    private sealed class Slot(InwardRecord record, YearMonth period, string route)
    {
        public InwardRecord Record { get; } = record;
        public YearMonth Period { get; } = period;
        public string Route { get; } = route;
        public State State { get; set; } = State.NoAction;
        public bool Visible { get; set; }
        public bool Filed { get; set; }
        public bool WasCarried { get; set; }
        public bool PendingBlocked { get; set; }
        public YearMonth? LandedIn { get; set; }
        public YearMonth OpenIn { get; set; } = period;
        public Instant? ClosedAt { get; set; }
    }

    public ReplayModel(ImsCase imsCase)
    {
        _case = imsCase;
        foreach (var record in imsCase.Records)
        {
            var period = WindowMonth(record.FiledAt!.Value);
            _slots[record.Id] = new Slot(record, period, RouteOf(record));
        }

        Replay();
    }

    /// <summary>The statement of <paramref name="period"/> as filed: frozen at its GSTR-3B, else as generated; null when never generated.</summary>
    public Snapshot? AsFiled(YearMonth period) =>
        _filed.TryGetValue(period, out var filed) ? filed : _generated.TryGetValue(period, out var generated) ? generated : null;

    /// <summary>The statement of <paramref name="period"/> as generated (the draft, R16, R28); null when never generated (R32).</summary>
    public Snapshot? AsGenerated(YearMonth period) => _generated.TryGetValue(period, out var generated) ? generated : null;

    /// <summary>The findings about the case before any statement (by code and record).</summary>
    public IReadOnlyList<Finding> CaseFindings => _caseFindings;

    /// <summary>
    /// The findings the statements report, all periods together (by code and record). A statement reports what
    /// happened by its instant; a finding about a bypassing record is reported by the statement that lists it.
    /// </summary>
    public IEnumerable<Finding> StatementFindingsUpTo(YearMonth last)
    {
        var latest = _filed.Concat(_generated).Where(s => s.Key <= last).Select(s => s.Value.At).DefaultIfEmpty(Instant.MinValue).Max();
        var decided = _filed.Keys.Concat(_generated.Keys).Distinct().Where(m => m <= last).SelectMany(m => AsFiled(m)!.Findings);
        return _statementFindings.Where(f => f.At <= latest).Select(f => f.Finding).Concat(decided).Concat(_seen
            .Where(f => AsFiled(f.ListedIn) is { } listing && listing.At >= f.At)
            .Select(f => f.Finding));
    }

    private readonly List<(Finding Finding, Instant At, YearMonth ListedIn)> _seen = [];

    // ---- Dates, each from its rule (monthly recipient, monthly GSTR-1 suppliers, no extensions). ----

    private static LocalDate DateOf(Instant instant) => instant.WithOffset(Ist).Date;

    private static Instant StartOf(LocalDate date) => date.AtMidnight().WithOffset(Ist).ToInstant();

    /// <summary>R29: a monthly GSTR-1 filed from 00:00 on the 12th of M to 23:59 on the 11th of M+1 belongs to M (R30: whatever its date).</summary>
    private static YearMonth WindowMonth(Instant filed)
    {
        var day = DateOf(filed);
        var month = new YearMonth(day.Year, day.Month);
        return day.Day >= 12 ? month : month.PlusMonths(-1);
    }

    /// <summary>R28: the draft of M is generated at 00:00 IST on the 14th of M+1.</summary>
    private static Instant FourteenthAfter(YearMonth month) => StartOf(month.PlusMonths(1).OnDayOfMonth(14));

    /// <summary>R25: the GSTR-3B due date of a monthly period M is the 20th of M+1.</summary>
    private static LocalDate Gstr3bDue(YearMonth month) => month.PlusMonths(1).OnDayOfMonth(20);

    /// <summary>R35: 30 November after the financial year (April–March) of the document date.</summary>
    private static LocalDate TimeLimit(LocalDate date) => new(date.Month >= 4 ? date.Year + 1 : date.Year, 11, 30);

    private static bool IsCreditNote(InwardRecord record) => record.Kind == RecordKind.CreditNote;

    private static TaxAmounts Signed(InwardRecord record) => IsCreditNote(record) ? record.Tax.Negate() : record.Tax;

    /// <summary>R3 (place of supply, then the section 16(4) bypass of R36), R4 (reverse charge), else IMS (R1).</summary>
    private string RouteOf(InwardRecord record)
    {
        if (record.PlaceOfSupply is { } pos && record.SupplierGstin!.Value.State == pos && pos != _case.Recipient.Gstin.State)
        {
            return "pos";
        }

        if (!IsCreditNote(record) && DateOf(record.FiledAt!.Value) > TimeLimit(record.Date))
        {
            return "time-barred"; // R37 (settled): a reduction, here a credit note, is never time-barred
        }

        return record.ReverseCharge ? "direct" : "ims";
    }

    /// <summary>R22 (a) / R24: an original credit note may be Pending only from the Oct-2025 period, and then until R25's deadline.</summary>
    private static LocalDate? PendingAllowedUntil(Slot slot) =>
        IsCreditNote(slot.Record) && slot.Period >= Ims2025 ? Gstr3bDue(slot.Period.PlusMonths(1)) : null;

    private static bool PendingNeverAllowed(Slot slot) => IsCreditNote(slot.Record) && slot.Period < Ims2025;

    // ---- The replay. ----

    private enum Kind { Visible, Filed, Deadline, Action, Gstr3b, Generation }

    private sealed record Event(Instant At, Kind Kind, string? RecordId = null, ImsAction? Action = null, YearMonth Month = default);

    private void Replay()
    {
        var events = new List<Event>();
        foreach (var slot in _slots.Values)
        {
            events.Add(new Event(slot.Record.SavedAt ?? slot.Record.FiledAt!.Value, Kind.Visible, slot.Record.Id));
            events.Add(new Event(slot.Record.FiledAt!.Value, Kind.Filed, slot.Record.Id));
            if (PendingAllowedUntil(slot) is { } until)
            {
                events.Add(new Event(StartOf(until.PlusDays(1)), Kind.Deadline, slot.Record.Id));
            }

            if (!IsCreditNote(slot.Record))
            {
                events.Add(new Event(StartOf(TimeLimit(slot.Record.Date).PlusDays(1)), Kind.Deadline, slot.Record.Id));
            }
        }

        events.AddRange(_case.Actions.Select(a => new Event(a.At, Kind.Action, a.RecordId, a)));
        var months = _slots.Values.Select(s => s.Period).ToList();
        var first = _case.Filings.Gstr3b.Keys.Concat(months).DefaultIfEmpty(new YearMonth(2025, 9)).Min();
        var last = _case.Filings.Gstr3b.Keys.Concat(months).DefaultIfEmpty(first).Max().PlusMonths(2);
        for (var month = first; month <= last; month = month.PlusMonths(1))
        {
            // R32: generated on the 14th, or when the previous GSTR-3B is filed if later; never while it is unfiled.
            var previous = _case.Filings.Gstr3b.TryGetValue(month.PlusMonths(-1), out var p) ? p : (Instant?)null;
            if (month == first)
            {
                events.Add(new Event(FourteenthAfter(month), Kind.Generation, Month: month)); // the chain starts here
            }
            else if (previous is { } filed)
            {
                events.Add(new Event(filed > FourteenthAfter(month) ? filed : FourteenthAfter(month), Kind.Generation, Month: month));
            }

            if (_case.Filings.Gstr3b.TryGetValue(month, out var own))
            {
                events.Add(new Event(own, Kind.Gstr3b, Month: month));
            }
        }

        // At one instant: the record appears, then deadlines pass (a deadline event stands at 00:00 IST after the
        // last allowed day, R25, R35, R37: an action at that instant is already too late), then actions count (R15:
        // until the filing, inclusive), then the GSTR-3B freezes, then the next draft is generated.
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Kind))
        {
            switch (e.Kind)
            {
                case Kind.Visible:
                    _slots[e.RecordId!].Visible = true;
                    break;
                case Kind.Filed:
                    _slots[e.RecordId!].Filed = true;
                    break;
                case Kind.Action:
                    Act(_slots[e.RecordId!], e.Action!);
                    break;
                case Kind.Deadline:
                    Deadline(_slots[e.RecordId!], e.At);
                    break;
                case Kind.Gstr3b:
                    if (_generated.ContainsKey(e.Month))
                    {
                        _filed[e.Month] = Freeze(e.Month, e.At, commit: true);
                    }

                    break;
                case Kind.Generation:
                    _generated[e.Month] = Freeze(e.Month, e.At, commit: false);
                    break;
            }
        }
    }

    /// <summary>R10–R17, R22, R25, R37: one action, as the portal would take it at its instant.</summary>
    private void Act(Slot slot, ImsAction action)
    {
        if (slot.Route != "ims")
        {
            // R3, R4: not in IMS; said about the case, and again in the statement that lists the record.
            _caseFindings.Add(new Finding(Ims.Rules.FindingCodes.ActionOnBypassedRecord, slot.Record.Id));
            _seen.Add((new Finding(Ims.Rules.FindingCodes.ActionOnBypassedRecord, slot.Record.Id), action.At, slot.Period));
            return;
        }

        if (slot.ClosedAt is not null)
        {
            // R17: ignored; said about the case, and again by the statement open when it was taken.
            _caseFindings.Add(new Finding(Ims.Rules.FindingCodes.ActionAfterClose, slot.Record.Id));
            _statementFindings.Add((new Finding(Ims.Rules.FindingCodes.ActionAfterClose, slot.Record.Id), action.At));
            return;
        }

        if (slot.State == State.TimeBarred)
        {
            // R37 (settled): Pending when its deadline passed, so no later action revives it.
            _statementFindings.Add((new Finding(Ims.Rules.FindingCodes.ActionAfterTimeLimit, slot.Record.Id), action.At)); // R37
            return;
        }

        if (action.Action == ActionKind.Pending && (PendingNeverAllowed(slot) || (PendingAllowedUntil(slot) is { } until && action.At >= StartOf(until.PlusDays(1)))))
        {
            slot.PendingBlocked = true;
            _statementFindings.Add((new Finding(Ims.Rules.FindingCodes.PendingBlocked, slot.Record.Id), action.At)); // R22, R25
            return;
        }

        slot.State = action.Action switch
        {
            ActionKind.Accept => State.Accept,
            ActionKind.Reject => State.Reject,
            ActionKind.Pending => State.Pending,
            _ => State.NoAction,
        };
    }

    /// <summary>R25 (a one-period Pending ends: deemed accepted) and R37 (Pending past section 16(4): time-barred).</summary>
    private static void Deadline(Slot slot, Instant at)
    {
        if (slot.Route != "ims" || slot.ClosedAt is not null || slot.State != State.Pending)
        {
            return;
        }

        if (IsCreditNote(slot.Record))
        {
            slot.State = State.Expired;

        }
        else if (at == StartOf(TimeLimit(slot.Record.Date).PlusDays(1)))
        {
            slot.State = State.TimeBarred;

        }
    }

    /// <summary>
    /// The statement of <paramref name="month"/> at <paramref name="at"/>: records of the month and Pending ones
    /// carried into it land by their state now (R11–R14). A GSTR-3B filing commits it (R17): what landed is
    /// closed, what is Pending moves on to the next period.
    /// </summary>
    private Snapshot Freeze(YearMonth month, Instant at, bool commit)
    {
        var documents = new List<Doc>();
        var carried = new List<string>();
        var effects = new List<Effect>();
        var findings = new List<Finding>();
        foreach (var slot in _slots.Values.OrderBy(s => s.Record.Id, StringComparer.Ordinal))
        {
            if (slot.LandedIn is not null || !slot.Filed || slot.OpenIn != month)
            {
                continue;
            }

            if (slot.Route == "ims" && slot.State == State.Pending && !IsCreditNote(slot.Record) && at >= StartOf(TimeLimit(slot.Record.Date).PlusDays(1)))
            {
                // R37: a Pending chosen after the deadline is Pending past it when the statement is made: time-barred
                // there (unlike one Pending at the deadline, a later action before this statement still counts).
                slot.State = commit ? State.TimeBarred : slot.State;
                var barred = Place(slot, State.TimeBarred);
                documents.Add(barred);
                findings.Add(new Finding(Ims.Rules.FindingCodes.PendingTimeBarred, slot.Record.Id));
                if (commit)
                {
                    slot.LandedIn = month;
                    slot.ClosedAt = at;
                }

                continue;
            }

            if (slot.Route == "ims" && slot.State == State.Pending)
            {
                carried.Add(slot.Record.Id);
                if (commit)
                {
                    slot.WasCarried = true;
                    slot.OpenIn = month.PlusMonths(1);
                }

                continue;
            }

            documents.Add(Place(slot));
            if (slot.State is State.Expired or State.TimeBarred)
            {
                // R25, R37: reported by the statement the expiry decided.
                findings.Add(new Finding(slot.State == State.Expired ? Ims.Rules.FindingCodes.PendingExpired : Ims.Rules.FindingCodes.PendingTimeBarred, slot.Record.Id));
            }

            if (slot.Route == "ims" && slot.State == State.Reject && IsCreditNote(slot.Record))
            {
                effects.Add(new Effect(slot.Record.Id, SupplierEffectKind.LiabilityIncrease, slot.Record.Tax, month.PlusMonths(1))); // R47 (a)
            }

            if (commit)
            {
                slot.LandedIn = month;
                slot.ClosedAt = at;
            }
        }

        return new Snapshot(month, true, at, documents, carried, effects, findings);
    }

    /// <summary>R3, R4, R11–R13, R25, R35–R37, R45 and the window rules R29/R30: bucket, amount and the rules that decided.</summary>
    private static Doc Place(Slot slot, State? state = null)
    {
        var record = slot.Record;
        var section = record.Kind == RecordKind.Invoice ? Section.B2b : Section.Cdnr;
        var rules = new List<string>();
        (Bucket Bucket, NotAvailableReason? Reason, TaxAmounts Itc) placed;
        switch (slot.Route)
        {
            case "pos":
                rules.Add("R3");
                placed = (Bucket.ItcNotAvailable, NotAvailableReason.PlaceOfSupply, Signed(record));
                break;
            case "time-barred":
                rules.AddRange(["R3", "R36", "R35"]);
                placed = (Bucket.ItcNotAvailable, NotAvailableReason.TimeLimit, Signed(record));
                break;
            case "direct":
                rules.Add("R4");
                placed = (Bucket.ItcAvailable, null, Signed(record));
                break;
            default:
                if (slot.WasCarried)
                {
                    rules.Add("R14");
                }

                (placed, var decided) = (state ?? slot.State) switch
                {
                    State.Accept => ((Bucket.ItcAvailable, (NotAvailableReason?)null, Signed(record)), new[] { "R12" }),
                    State.Reject => ((Bucket.ItcRejected, null, TaxAmounts.Zero), ["R13"]),
                    State.Expired => ((Bucket.ItcAvailable, null, Signed(record)), ["R25", "R11", "R12"]),
                    State.TimeBarred => ((Bucket.ItcNotAvailable, NotAvailableReason.TimeLimit, Signed(record)), ["R37", "R35"]),
                    _ => ((Bucket.ItcAvailable, null, Signed(record)), ["R11", "R12"]),
                };
                rules.AddRange(decided);
                var blockedBy = slot.Period >= Ims2025 ? "R25" : "R22";
                if (slot.PendingBlocked && !rules.Contains(blockedBy))
                {
                    rules.Add(blockedBy);
                }

                break;
        }

        if (IsCreditNote(record) && placed.Bucket == Bucket.ItcAvailable)
        {
            rules.Add("R45");
        }

        rules.Add("R29");
        if (record.SupplierPeriod is { } supplierPeriod && WindowMonth(record.FiledAt!.Value) > supplierPeriod.Start)
        {
            rules.Add("R30"); // filed after its GSTR-1 due date: the next open 2B
        }

        return new Doc(record.Id, placed.Bucket, section, placed.Reason, placed.Itc, string.Join(',', rules));
    }
}
