using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Ims.Rules.Engine;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// Computes GSTR-2B statements from an <see cref="ImsCase"/>. Create it once per case: the
/// case is checked and every record placed on creation; each computation then resolves
/// actions and settles records for one period at one instant.
/// </summary>
/// <remarks>
/// Pure and deterministic: no clock, no I/O, same input, same output. An instance is
/// immutable and safe to use from many threads at once.
/// </remarks>
public sealed partial class ImsEngine
{
    private readonly CasePreparer _prepared;
    private readonly RecordTable _records;
    private readonly Dictionary<ReturnPeriod, List<int>> _byPeriod = [];
    private readonly Ledger _ledger;
    private readonly Lock _decideGate = new();
    private LedgerView? _decideLedger;
    private LedgerView? _unfolded;
    private readonly bool _recipientValid;
    private readonly YearMonth? _firstMonth;
    private readonly Lazy<ImmutableArray<Finding>> _caseFindings;

    private ImsEngine(ImsCase imsCase, ImsCalendar calendar, CasePreparer prepared)
    {
        Case = imsCase;
        Calendar = calendar;
        _prepared = prepared;
        _records = _prepared.Records;
        var leftOut = new List<Finding>(_prepared.CaseFindings);
        ReturnPeriod? firstPeriod = null;
        var lastPeriod = default(ReturnPeriod);
        List<int>? list = null;
        for (var i = 0; i < _records.Count; i++)
        {
            ref readonly var facts = ref _records.Facts(i);
            if (facts.Route is Route.Excluded or Route.NotFiled)
            {
                if (facts.Route == Route.Excluded)
                {
                    leftOut.AddRange(_records[i].Findings.Select(f => f.Finding));
                }

                continue;
            }

            var period = facts.Period;
            if (period != lastPeriod || list is null)
            {
                // Records tend to come a period at a time, so the last list is usually the one.
                if (!_byPeriod.TryGetValue(period, out list))
                {
                    _byPeriod[period] = list = [];
                }

                lastPeriod = period;
            }

            list.Add(i);

            if (firstPeriod is not { } first || period < first)
            {
                firstPeriod = period;
            }
        }

        _ledger = new Ledger(Calendar, Case.Policies, _records, _byPeriod, firstPeriod);
        _recipientValid = imsCase.Recipient.Gstin.ToString().Length == 15;
        _firstMonth = Calendar.FirstMonth ?? firstPeriod?.Start;
        LeftOutFindings = [.. leftOut];
        _caseFindings = new Lazy<ImmutableArray<Finding>>(() => StatementProjection.Order(_prepared.CaseFindings.Concat(AllRecordFindings()).Concat(ActionsAfterClose())));
    }

    /// <summary>
    /// The edition of the rule catalogue (rules R1–R63) this release implements; release headings in
    /// CHANGELOG.md name the same edition. A property, not a constant, so that it is read from the library
    /// loaded at run time rather than copied into the caller when the caller was compiled.
    /// </summary>
    public static string RuleCatalogue { get; } = "2026-11-21";

    /// <summary>The case.</summary>
    public ImsCase Case { get; }

    /// <summary>The recipient's calendar.</summary>
    public ImsCalendar Calendar { get; }

    /// <summary>
    /// Everything found when checking the case, independent of any statement: bad records, unknown or ignored actions,
    /// among them every action taken after the GSTR-3B that closed its record's period (R17), whether or not a later
    /// statement was generated to report it.
    /// </summary>
    public ImmutableArray<Finding> CaseFindings => _caseFindings.Value;

    // Findings every statement repeats: about the case as a whole, or records left out.
    private ImmutableArray<Finding> LeftOutFindings { get; }

    /// <summary>Checks and places a case, ready to compute statements.</summary>
    /// <param name="imsCase">The case.</param>
    /// <returns>The engine for the case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> or its recipient is null.</exception>
    public static ImsEngine Create(ImsCase imsCase)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        ArgumentNullException.ThrowIfNull(imsCase.Recipient, nameof(imsCase) + "." + nameof(ImsCase.Recipient));

        // Null collections and policies read as empty and default, as the case's own defaults would give them.
        var normal = imsCase with
        {
            Filings = imsCase.Filings ?? Filings.None,
            Policies = imsCase.Policies ?? ImsPolicies.Default,
            Records = imsCase.Records.IsDefault ? [] : imsCase.Records,
            Actions = imsCase.Actions.IsDefault ? [] : imsCase.Actions,
        };
        var calendar = new ImsCalendar(normal);
        return new ImsEngine(normal, calendar, CasePreparer.Prepare(normal, calendar));
    }

    /// <summary>
    /// The engine of this case restricted to the records with the given ids (and the actions on them): the same answers as
    /// <c>Create</c> of the case with only those records, in the case's order, and the actions that name them; the records
    /// are not checked and placed again when the ids hold whole amendment chains. For working on a part of a large case.
    /// </summary>
    /// <param name="recordIds">The ids of the records to keep; ids the case does not have are ignored.</param>
    /// <returns>The engine of the smaller case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordIds"/> is null.</exception>
    public ImsEngine Only(IEnumerable<string> recordIds)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var kept = recordIds as IReadOnlySet<string> ?? new HashSet<string>(recordIds, StringComparer.Ordinal);
        return OnlyWith(kept, []);
    }

    /// <summary>
    /// The engine of this case with <paramref name="actions"/> added after its own: the same answers as
    /// <c>Create(Case with { Actions = Case.Actions.AddRange(actions) })</c>, without checking and placing the records
    /// again — only the actions are prepared. For asking what some actions would change (a "what if").
    /// </summary>
    /// <param name="actions">The actions to add; null items are skipped, as in a case.</param>
    /// <returns>The engine with the actions; this engine when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    public ImsEngine With(IEnumerable<ImsAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var added = actions.ToImmutableArray();
        if (added.IsEmpty)
        {
            return this;
        }

        var imsCase = Case with { Actions = Case.Actions.AddRange(added) };
        return new ImsEngine(imsCase, Calendar, _prepared.WithActions(imsCase));
    }

    /// <summary>Computes one statement of a case as generated; a shortcut for <c>Create(imsCase).Compute(period)</c>.</summary>
    /// <param name="imsCase">The case.</param>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the years 2000–8999.</exception>
    public static Gstr2bStatement Compute(ImsCase imsCase, ReturnPeriod period) => Create(imsCase).Compute(period);

    /// <summary>Computes one statement of a case at a moment; a shortcut for <c>Create(imsCase).Compute(period, moment)</c>.</summary>
    /// <param name="imsCase">The case.</param>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <param name="moment">As generated, as filed, or at an instant (an <see cref="Instant"/> converts to one).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period or instant is outside the years 2000–8999.</exception>
    public static Gstr2bStatement Compute(ImsCase imsCase, ReturnPeriod period, StatementMoment moment) => Create(imsCase).Compute(period, moment);

    /// <summary>The GSTR-2B of <paramref name="period"/> as generated: <c>Compute(period, StatementMoment.Generated)</c>.</summary>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the years 2000–8999.</exception>
    public Gstr2bStatement Compute(ReturnPeriod period) => Compute(period, StatementMoment.Generated);

    /// <summary>
    /// The GSTR-2B of <paramref name="period"/> at <paramref name="moment"/>. As generated: at 00:00 IST on the 14th
    /// after the period (R28), or when GSTR-3B of the previous period was filed if later (R32). As filed: frozen at
    /// the period's own GSTR-3B filing (R17); for an unfiled period, as generated, with a finding saying so. At an
    /// instant: as it stands then, frozen once the period's own GSTR-3B is filed (R17). A GSTR-3B recorded before
    /// the statement's generation freezes it at its generation, with a warning (R33).
    /// <see cref="Gstr2bStatement.Moment"/> says which moment the statement actually is.
    /// </summary>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <param name="moment">As generated, as filed, or at an instant (an <see cref="Instant"/> converts to one).</param>
    /// <returns>The statement; <see cref="StatementStatus.NotGenerated"/> with the reason among its findings when none exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period or instant is outside the years 2000–8999.</exception>
    public Gstr2bStatement Compute(ReturnPeriod period, StatementMoment moment)
    {
        CheckRange(period, moment.Instant);
        return Project(period, moment, _ledger.At);
    }

    /// <summary>The statement of <paramref name="period"/> at <paramref name="moment"/>, projected from the ledger <paramref name="ledgerAt"/> gives at its instant.</summary>
    private Gstr2bStatement Project(ReturnPeriod period, StatementMoment moment, Func<Instant, ReturnPeriod, LedgerView> ledgerAt)
    {
        var findings = new List<Finding>(LeftOutFindings);
        var statementPeriod = Calendar.StatementPeriodOf(period.Start);
        var ownFiled = Calendar.Gstr3bFiledAt(statementPeriod);
        var at = moment.Match(generated: () => null, filed: () => ownFiled, at: instant => (Instant?)instant);
        var header = new Gstr2bStatement
        {
            Gstin = Case.Recipient.Gstin,
            Period = statementPeriod,
            AsOf = at ?? Calendar.GenerationInstant(statementPeriod),
            Moment = at is { } i0 ? StatementMoment.At(i0) : StatementMoment.Generated,
            RuleSet = ImsCalendar.RuleSetOf(statementPeriod),
            Status = StatementStatus.NotGenerated,
        };

        if (statementPeriod.Start != period.Start || (period.IsQuarter && !statementPeriod.IsQuarter))
        {
            findings.Add(FindingCatalogue.NotGeneratedQrmpMonth.For(null, period, Describe(statementPeriod)));
            return header with { Period = period, AsOf = at ?? Calendar.GenerationInstant(period), Findings = StatementProjection.Order(findings) };
        }

        if (moment.IsFiled && ownFiled is null)
        {
            findings.Add(FindingCatalogue.StatementNotFiled.For(null, statementPeriod));
        }

        if (!_recipientValid)
        {
            return header with { Findings = StatementProjection.Order(findings) };
        }

        var generated = Calendar.GenerationInstant(statementPeriod);
        var previous = Calendar.PreviousReturnPeriod(statementPeriod);
        var previousFiled = previous is { } p0 ? Calendar.Gstr3bFiledAt(p0) : null;
        var sequential = header.RuleSet != RuleSet.PreIms && _firstMonth is { } first && previous is { } p1 && p1.Start >= first;
        var asOf = at ?? (sequential && previousFiled is { } p && p > generated ? p : generated);

        if (ownFiled is { } filedOwn && filedOwn <= asOf)
        {
            if (filedOwn < generated)
            {
                findings.Add(FindingCatalogue.Gstr3bBeforeStatement.For(null, statementPeriod, CasePreparer.Text(filedOwn), CasePreparer.Text(generated)));
            }

            asOf = filedOwn < generated ? generated : filedOwn;
            header = header with { Moment = StatementMoment.Filed };
        }

        header = header with { AsOf = asOf };
        if (asOf < generated)
        {
            findings.Add(FindingCatalogue.NotGeneratedYet.For(null, statementPeriod, CasePreparer.Text(generated), CasePreparer.Text(asOf)));
            return header with { Findings = StatementProjection.Order(findings) };
        }

        if (sequential && !(previousFiled is { } filed && filed <= asOf))
        {
            if (Case.Policies.Sequential == SequentialPolicy.Refuse)
            {
                findings.Add(FindingCatalogue.NotGeneratedSequential.For(null, statementPeriod, previous));
                return header with { Findings = StatementProjection.Order(findings) };
            }

            findings.Add(FindingCatalogue.SequentialProjected.For(null, previous));
        }

        // The pass is made now; the statement's lists are read off the ledger when first asked for.
        var ledger = ledgerAt(asOf, statementPeriod).UpTo(statementPeriod);
        var generatedHeader = header with { Status = StatementStatus.Generated };
        return generatedHeader.FilledBy(() => StatementProjection.Project(generatedHeader, ledger, _ledger, Case.Policies, findings));
    }

    /// <summary>
    /// Every statement from <paramref name="from"/> to <paramref name="to"/> as filed: <c>ComputeRange(from, to, StatementMoment.Filed)</c>.
    /// Read in order, each record appears once, with the carry-forward between them (R14).
    /// </summary>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <returns>The statements in period order, one per statement period of the recipient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or after the year 8999.</exception>
    public ImmutableArray<Gstr2bStatement> ComputeRange(ReturnPeriod from, ReturnPeriod to) => ComputeRange(from, to, StatementMoment.Filed);

    /// <summary>
    /// Every statement from <paramref name="from"/> to <paramref name="to"/>, each at <paramref name="moment"/>: each
    /// equals <see cref="Compute(ReturnPeriod, StatementMoment)"/> of its period at that moment.
    /// </summary>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <param name="moment">As generated, as filed, or at an instant.</param>
    /// <returns>The statements in period order, one per statement period of the recipient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or a period or instant is outside the years 2000–8999.</exception>
    public ImmutableArray<Gstr2bStatement> ComputeRange(ReturnPeriod from, ReturnPeriod to, StatementMoment moment) => [.. ComputeEach(from, to, moment)];

    /// <summary>
    /// The statements of <see cref="ComputeRange(ReturnPeriod, ReturnPeriod, StatementMoment)"/>, each computed as it is
    /// enumerated: for writing a long range without holding every statement at once. The arguments are checked at once.
    /// </summary>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <param name="moment">As generated, as filed, or at an instant.</param>
    /// <returns>The statements in period order, one per statement period of the recipient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or a period or instant is outside the years 2000–8999.</exception>
    public IEnumerable<Gstr2bStatement> ComputeEach(ReturnPeriod from, ReturnPeriod to, StatementMoment moment)
    {
        CheckRange(to, moment.Instant);
        if (to.Start < from.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The range ends before it starts.");
        }

        return Each();

        IEnumerable<Gstr2bStatement> Each()
        {
            // One ledger per instant the statements stand at, folded on as the periods advance; the final periods are shared by all.
            var ledgers = new Dictionary<Instant, LedgerView>();
            LedgerView LedgerAt(Instant asOf, ReturnPeriod last)
            {
                if (ledgers.TryGetValue(asOf, out var ledger))
                {
                    return ledger.FoldTo(last);
                }

                return ledgers[asOf] = _ledger.At(asOf, last);
            }

            for (var period = Calendar.StatementPeriodOf(from.Start); period.Start <= to.End; period = Calendar.NextStatementPeriod(period))
            {
                yield return Project(period, moment, LedgerAt);
            }
        }
    }

    /// <summary>
    /// What the engine decided about a record: its route, natural period, section, window rule and time limit
    /// and, at <paramref name="at"/>, whether it may be kept Pending and which action is in force. The one
    /// answer adapters and reconciliation use instead of deciding rules themselves.
    /// </summary>
    /// <param name="recordId">The record.</param>
    /// <param name="at">The instant for the Pending allowance and the action in force.</param>
    /// <returns>The answer; <see langword="null"/> when the case has no record with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the years 2000–8999.</exception>
    public RecordDecision? Decide(string recordId, Instant at)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        CheckRange(default, at);
        if (!_prepared.ById.TryGetValue(recordId, out var index))
        {
            return null;
        }

        var record = _records[index];
        return Decision(record, at, Allowance(record, at), ActionInForce(record, at));
    }

    /// <summary>What the engine decided about a record independent of any instant: its route, natural period, section, window rule and time limit.</summary>
    /// <param name="recordId">The record.</param>
    /// <returns>The answer, with <see cref="RecordDecision.At"/>, <see cref="RecordDecision.Pending"/> and <see cref="RecordDecision.ActionInForce"/> unset; <see langword="null"/> when the case has no record with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public RecordDecision? Decide(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return _prepared.ById.TryGetValue(recordId, out var index) ? Decision(_records[index]) : null;
    }

    private static RecordDecision Decision(PreparedRecord record, Instant? at = null, PendingAllowance? pending = null, ImsAction? actionInForce = null)
    {
        var route = CasePreparer.PublicRoute(record);
        var placed = record.Route is not (Route.NotFiled or Route.Excluded);
        return new RecordDecision
        {
            RecordId = record.Id,
            Route = route,
            RouteRules = CasePreparer.RouteRules(route),
            RejectAllowed = !record.IsBillOfEntry,
            Period = placed ? record.Period : null,
            RuleSet = placed ? record.RuleSet : null,
            WindowRule = placed ? record.WindowRule : null,
            Section = record.Section,
            TimeLimit = record.TimeLimit,
            At = at,
            Pending = pending,
            ActionInForce = actionInForce,
        };
    }

    /// <summary>
    /// Whether the recipient may keep a record Pending at <paramref name="at"/>: the portal's
    /// <c>ispendactblocked</c> flag, decided by the engine's own rules (R22–R25, R27). The same answer
    /// as <see cref="RecordDecision.Pending"/> of <see cref="Decide(string, Instant)"/>.
    /// </summary>
    /// <param name="recordId">The record.</param>
    /// <param name="at">When the Pending would be taken.</param>
    /// <returns>The answer with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the years 2000–8999.</exception>
    public PendingAllowance PendingAllowance(string recordId, Instant at)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        CheckRange(default, at);
        return _prepared.ById.TryGetValue(recordId, out var index)
            ? Allowance(_records[index], at)
            : new PendingAllowance(false, null, $"'{recordId}' is not a usable record of the case.");
    }

    /// <summary>R22–R25, R27, R37, R51, R54: whether a Pending taken at <paramref name="at"/> counts.</summary>
    private PendingAllowance Allowance(PreparedRecord record, Instant at)
    {
        if (record.Route == Route.Excluded)
        {
            return new PendingAllowance(false, null, $"'{record.Id}' is not a usable record of the case.");
        }

        if (record.Route is not (Route.Ims or Route.NotFiled))
        {
            return new PendingAllowance(false, null, $"The record bypasses IMS and cannot be actioned ({string.Join(", ", CasePreparer.RouteRules(CasePreparer.PublicRoute(record)))}).");
        }

        var period = record.Route == Route.NotFiled ? StatementPeriodAt(record, at) : record.Period;
        var ruleSet = ImsCalendar.RuleSetOf(period);
        var restriction = AskLedger(record, at, static (ledger, record, at, upTo) => LedgerView.Describe(ledger.RestrictionOf(record, at, upTo)));
        if (restriction is null)
        {
            return new PendingAllowance(true, null, record.IsBillOfEntry
                ? $"A bill of entry may be kept Pending; only section 16(4) bounds it ({RuleIds.R51}, {RuleIds.R54})."
                : $"Pending is allowed until the section 16(4) deadline ({RuleIds.R27}, {RuleIds.R37}).");
        }

        if (ruleSet != RuleSet.Ims2025)
        {
            return new PendingAllowance(false, null, $"Pending is not allowed for {restriction} in a GSTR-2B period before Oct-2025 ({RuleIds.R22}).");
        }

        var until = Calendar.OnePeriodPendingDeadline(period);
        return at < IndianTime.EndOf(until)
            ? new PendingAllowance(true, until, $"Pending is allowed for {restriction} for one tax period, until {until:uuuu-MM-dd} ({RuleIds.R24}, {RuleIds.R25}).")
            : new PendingAllowance(false, until, $"Pending for {restriction} was allowed only until {until:uuuu-MM-dd} ({RuleIds.R25}).");
    }

    /// <summary>The statement period a question about <paramref name="record"/> at <paramref name="at"/> is asked in: the one open then, or the record's own when later.</summary>
    private ReturnPeriod EvaluationPeriod(PreparedRecord record, Instant at)
    {
        var open = StatementPeriodAt(record, at);
        return record.Route is Route.NotFiled or Route.Excluded || open > record.Period ? open : record.Period;
    }

    /// <summary>The statement period a record filed at <paramref name="at"/> would fall in (R29).</summary>
    private ReturnPeriod StatementPeriodAt(PreparedRecord record, Instant at) =>
        Calendar.StatementPeriodOf(Calendar.WindowMonth(record.Record.Form, record.Record.SupplierFrequency, IndianTime.DateOf(at)));

    /// <summary>R15: the action in force on the record at <paramref name="at"/>, after every rule that can set one aside; <see langword="null"/> for none.</summary>
    private ImsAction? ActionInForce(PreparedRecord record, Instant at) =>
        record.Route is Route.Ims or Route.NotFiled
            ? AskLedger(record, at, static (ledger, record, at, upTo) => ledger.Resolve(record, at, upTo).Deciding)
            : null;

    /// <summary>
    /// Asks a question about one record at <paramref name="at"/> of the ledger at that instant, seen from the statement
    /// open then (or the record's own, when later). Only an amendment's answer reads the ledger (its original); the
    /// ledger at the last instant asked is kept, as a reconciliation asks about every record at one instant.
    /// </summary>
    private T AskLedger<T>(PreparedRecord record, Instant at, Func<LedgerView, PreparedRecord, Instant, ReturnPeriod, T> question)
    {
        var upTo = EvaluationPeriod(record, at);
        if (record.Original is null)
        {
            return question(UnfoldedLedgerAt(at), record, at, upTo);
        }

        lock (_decideGate)
        {
            if (_decideLedger is not { } ledger || ledger.AsOf != at)
            {
                _decideLedger = ledger = _ledger.At(at, upTo);
            }

            return question(ledger.FoldTo(upTo), record, at, upTo);
        }
    }

    /// <summary>
    /// An empty ledger at <paramref name="at"/>, shared by every question about a record without an original: those
    /// questions read only the case's calendar and policies from it and never fold it, so one view per instant serves them
    /// all instead of one per question (a reconciliation asks about every record at one instant).
    /// </summary>
    private LedgerView UnfoldedLedgerAt(Instant at)
    {
        var view = Volatile.Read(ref _unfolded);
        if (view is null || view.AsOf != at)
        {
            view = new LedgerView(_ledger, at, []);
            Volatile.Write(ref _unfolded, view); // a race only builds an equal view twice
        }

        return view;
    }

    /// <summary>R17: every action ignored because GSTR-3B had closed the period its record landed in, seen from the end of the case.</summary>
    private List<Finding> ActionsAfterClose()
    {
        var findings = new List<Finding>();
        if (!_recipientValid || _byPeriod.Count == 0 || Case.Filings.Gstr3b is not { Count: > 0 }) // no GSTR-3B filed: nothing is closed
        {
            return findings;
        }

        var last = _byPeriod.Keys.Max();
        foreach (var month in Case.Filings.Gstr3b.Keys)
        {
            if (month.Year is >= 2000 and < 9000 && Calendar.StatementPeriodOf(month) is var filed && filed > last)
            {
                last = filed;
            }
        }

        var ledger = _ledger.At(Instant.MaxValue, last);
        foreach (var period in ledger.Periods)
        {
            foreach (var position in period.Late)
            {
                ledger.AddActionsAfterClose(_records[period.Landed[position].Index], period.Period, null, findings);
            }
        }

        return findings;
    }

    private IEnumerable<Finding> AllRecordFindings()
    {
        for (var i = 0; i < _records.Count; i++)
        {
            foreach (var (_, finding) in _records[i].Findings)
            {
                yield return finding;
            }
        }
    }

    private static void CheckRange(ReturnPeriod period, Instant? at)
    {
        if (period.End.Year >= 9000)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Statements are computed for periods of the years 2000–8999.");
        }

        if (at is { } instant && !IndianTime.IsSupported(instant))
        {
            throw new ArgumentOutOfRangeException(nameof(at), instant, "Statements are computed at instants of the years 2000–8999.");
        }
    }

    private static string Describe(ReturnPeriod period) =>
        period.IsQuarter ? $"the quarter {period} to {period.End.Year:0000}-{period.End.Month:00}" : $"the month {period}";
}
