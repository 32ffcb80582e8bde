using System;
using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// One computation: the statement of <see cref="Target"/> as it stands at <see cref="AsOf"/>
/// (pipeline steps Resolve actions and Settle). Each record is settled once, memoised: first
/// its landing (which statement, which state), then its effect (the ITC amount, which for
/// an amendment depends on what was settled for the versions before it).
/// </summary>
internal sealed class Evaluation(ImsCalendar calendar, ImsPolicies policies, ReturnPeriod target, Instant asOf)
{
    private readonly Dictionary<int, Landing> _landings = [];
    private readonly Dictionary<int, Effect> _effects = [];
    private readonly Dictionary<ReturnPeriod, Instant?> _filed = [];
    private Instant? _previousClosed;
    private (ReturnPeriod[]? Periods, Instant[] Instants) _timeline;
    private (ReturnPeriod Start, ReturnPeriod[]? Periods, Instant[] Filings) _filedChain;
    private bool _previousClosedKnown;

    public ReturnPeriod Target { get; } = target;

    public Instant AsOf { get; } = asOf;

    /// <summary>The instant a period's statement stands at in this computation: its GSTR-3B filing once filed (R17), else <see cref="AsOf"/>.</summary>
    public Instant EffectiveInstant(ReturnPeriod period) =>
        FiledAt(period) is { } filed && filed < AsOf ? filed : AsOf;

    /// <summary>When GSTR-3B of the period was filed (memoised: every record of a period asks).</summary>
    private Instant? FiledAt(ReturnPeriod period)
    {
        if (!_filed.TryGetValue(period, out var filed))
        {
            filed = calendar.Gstr3bFiledAt(period);
            _filed[period] = filed;
        }

        return filed;
    }

    /// <summary>
    /// The record's landing; memoised for originals (their amendments ask again). Without
    /// <paramref name="explained"/>, the findings of a landing not memoised are left out: most
    /// records asked about are in another statement, where nobody reads them.
    /// </summary>
    public Landing LandingOf(PreparedRecord record, bool explained = true)
    {
        if (record.Route is Route.Excluded or Route.NotFiled || record.Period > Target || record.EntersAt > AsOf)
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

        if (!record.HasAmendments)
        {
            return ComputeLanding(record, explained); // asked for once per statement: not worth keeping
        }

        if (!_landings.TryGetValue(record.Index, out var landing))
        {
            landing = ComputeLanding(record, explained: true);
            _landings[record.Index] = landing;
        }

        return landing;
    }

    /// <summary>The effect of a record that landed as <paramref name="landing"/>; memoised for originals, whose effect their amendments need.</summary>
    public Effect EffectOf(PreparedRecord record, Landing landing)
    {
        if (!record.HasAmendments)
        {
            return ComputeEffect(record, landing);
        }

        if (!_effects.TryGetValue(record.Index, out var effect))
        {
            effect = ComputeEffect(record, landing);
            _effects[record.Index] = effect;
        }

        return effect;
    }

    private Landing ComputeLanding(PreparedRecord record, bool explained)
    {
        // R14: a record waits in IMS, across GSTR-3B filings, until a statement finds it out of Pending.
        var (periods, instants) = TimelineFrom(record.Period);
        var i = Array.BinarySearch(periods, record.Period);
        var wasPending = false;
        var at = instants[i];
        var resolved = Resolve(record, at, explained);
        while (true)
        {
            if (resolved.State is not (StateKind.Pending or StateKind.Held))
            {
                return new Landing(true, periods[i], resolved.State, resolved.Deciding, wasPending, resolved.Findings);
            }

            if (i == periods.Length - 1)
            {
                return new Landing(false, periods[i], resolved.State, resolved.Deciding, true, resolved.Findings);
            }

            wasPending = true;
            i++;

            // R17: a GSTR-3B filed before the record reached its period (an earlier period was still open) cannot close it there.
            var nextAt = instants[i] > at ? instants[i] : at;
            if (nextAt >= resolved.Until)
            {
                resolved = Resolve(record, nextAt, explained); // something may have changed since
            }

            at = nextAt;
        }
    }

    /// <summary>
    /// The statement periods from <paramref name="start"/> (or earlier) to <see cref="Target"/>, each with
    /// the instant it stands at; built once, as every record walks the same periods.
    /// </summary>
    private (ReturnPeriod[] Periods, Instant[] Instants) TimelineFrom(ReturnPeriod start)
    {
        if (_timeline.Periods is not { } built || start < built[0] || Array.BinarySearch(built, start) < 0)
        {
            var periods = new List<ReturnPeriod>();
            for (var period = start; ; period = calendar.NextStatementPeriod(period))
            {
                periods.Add(period);
                if (period == Target || calendar.NextStatementPeriod(period) > Target)
                {
                    break;
                }
            }

            built = [.. periods];
            _timeline = (built, [.. periods.ConvertAll(EffectiveInstant)]);
        }

        return (built, _timeline.Instants);
    }

    /// <summary>
    /// Where a record finally lands, found by walking only periods whose GSTR-3B is filed. A
    /// computation at or after <see cref="Settled.After"/> finds it in the same period (it
    /// resolves the same actions at the same filings), so later statements can pass it by. Records
    /// that amend another are left <see cref="Settled.Unknown"/>: they depend on how the original settled.
    /// </summary>
    public Settled SettledLanding(PreparedRecord record)
    {
        if (record.Original is not null || record.Route != Route.Ims)
        {
            return Settled.Unknown;
        }

        var (periods, filings) = FiledChainFrom(record.Period);
        var after = record.EntersAt;
        var at = Instant.MinValue;
        var resolved = default((StateKind State, ImsAction? Deciding, List<Finding>? Findings, Instant Until));
        for (var i = 0; i < periods.Length; i++)
        {
            // As in the landing: a filing earlier than the one before it closes nothing the record carried (R17).
            at = filings[i] > at ? filings[i] : at;
            after = after > at ? after : at;
            if (i == 0 || at >= resolved.Until)
            {
                resolved = Resolve(record, at, explained: false);
            }

            if (resolved.State is not (StateKind.Pending or StateKind.Held))
            {
                return new Settled(periods[i], after, record.Actions[^1].At <= at);
            }
        }

        return Settled.Unknown;
    }

    /// <summary>The statement periods from <paramref name="start"/> on, as long as each one's GSTR-3B is filed, with the filings.</summary>
    private (ReturnPeriod[] Periods, Instant[] Filings) FiledChainFrom(ReturnPeriod start)
    {
        // Records are settled a period at a time: the last chain is nearly always the one asked for.
        if (_filedChain.Periods is not { } periods || _filedChain.Start != start)
        {
            var chain = new List<ReturnPeriod>();
            var filings = new List<Instant>();
            for (var period = start; FiledAt(period) is { } filed; period = calendar.NextStatementPeriod(period))
            {
                chain.Add(period);
                filings.Add(filed);
            }

            periods = [.. chain];
            _filedChain = (start, periods, [.. filings]);
        }

        return (periods, _filedChain.Filings);
    }

    /// <summary>R15, R17, R18, R22–R25, R37, R43: the record's state at <paramref name="at"/> from its actions, with what was ignored and why.</summary>
    /// <remarks>The result also says until when it holds at the least: the next instant an action, a revision, an expiry or the original's close could change it.</remarks>
    private (StateKind State, ImsAction? Deciding, List<Finding>? Findings, Instant Until) Resolve(PreparedRecord record, Instant at, bool explained)
    {
        List<Finding>? findings = null;
        var until = NextRevisionAfter(record, at);
        var reset = LastRevisionAtOrBefore(record, at);
        var mustWait = WaitsForOriginal(record);
        var originalClosed = mustWait ? ClosedAt(record.Original!.Value) : null;
        var restriction = PendingRestriction(record);
        var pendingUntil = PendingUntil(record, restriction);
        var expires = pendingUntil is { } allowance && policies.ExpiredPending == ExpiredPendingPolicy.DeemedAccepted ? IndianTime.EndOf(allowance) : Instant.MaxValue;
        var timeBar = record.TimeLimit is { } limitDay && policies.PendingPastTimeLimit == PendingPastTimeLimitPolicy.ItcNotAvailable ? IndianTime.EndOf(limitDay) : Instant.MaxValue;
        ImsAction? current = null;
        bool? pendingAtDeadline = null;

        foreach (var action in record.Actions)
        {
            if (action.At > at)
            {
                until = Min(until, action.At);
                break;
            }

            // R37: whether the record was still Pending when its section 16(4) deadline passed (not already expired by R25).
            pendingAtDeadline ??= action.At >= timeBar ? current?.Action == ActionKind.Pending && expires > timeBar : null;

            var what = new ActionText(action);
            if (reset is { } revision && action.At < revision)
            {
                if (explained)
                {
                    (findings ??= []).Add(FindingCatalogue.ActionReset.For(record.Id, what, CasePreparer.Text(revision)));
                }

                continue;
            }

            if (mustWait && (originalClosed is null || action.At <= originalClosed))
            {
                if (explained)
                {
                    (findings ??= []).Add(FindingCatalogue.AmendmentOriginalUnsettled.For(record.Id, what, record.Original!.Value.Id));
                }

                continue;
            }

            if (action.Action == ActionKind.Pending && restriction is { } rule)
            {
                if (record.RuleSet != RuleSet.Ims2025)
                {
                    if (explained)
                    {
                        (findings ??= []).Add(FindingCatalogue.PendingBlockedBefore2025.For(record.Id, rule, what.Lowercase));
                    }

                    continue;
                }

                if (pendingUntil is { } lastDay && action.At >= IndianTime.EndOf(lastDay) && policies.ExpiredPending == ExpiredPendingPolicy.DeemedAccepted)
                {
                    if (explained)
                    {
                        (findings ??= []).Add(FindingCatalogue.PendingBlockedAfterAllowance.For(record.Id, rule, lastDay, what.Lowercase));
                    }

                    continue;
                }
            }

            if (pendingAtDeadline == true)
            {
                if (explained)
                {
                    (findings ??= []).Add(FindingCatalogue.ActionAfterTimeLimit.For(record.Id, what, record.TimeLimit!.Value));
                }

                continue;
            }

            current = action;
        }

        var state = current?.Action switch
        {
            ActionKind.Accept => StateKind.Accept,
            ActionKind.Reject => StateKind.Reject,
            ActionKind.Pending => StateKind.Pending,
            ActionKind.NoAction or null => StateKind.NoAction,
        };

        if (mustWait && (originalClosed is null || at <= originalClosed))
        {
            // Held until just after the original's close; an unsettled original may settle at any statement.
            return (StateKind.Held, null, findings, originalClosed is { } closed ? Min(until, closed + Duration.Epsilon) : at);
        }

        if (state == StateKind.Pending)
        {
            if (pendingUntil is { } expiry)
            {
                until = Min(until, IndianTime.EndOf(expiry));
            }

            if (record.TimeLimit is { } limitDate)
            {
                until = Min(until, IndianTime.EndOf(limitDate));
            }
        }

        if (state == StateKind.Pending && pendingUntil is { } limit && at >= IndianTime.EndOf(limit)
            && policies.ExpiredPending == ExpiredPendingPolicy.DeemedAccepted)
        {
            if (explained)
            {
                (findings ??= []).Add(FindingCatalogue.PendingExpired.For(record.Id, limit));
            }

            state = StateKind.Expired;
        }
        else if (state == StateKind.Pending && record.TimeLimit is { } deadline && at >= IndianTime.EndOf(deadline))
        {
            if (explained)
            {
                (findings ??= []).Add((policies.PendingPastTimeLimit == PendingPastTimeLimitPolicy.ItcNotAvailable
                    ? FindingCatalogue.PendingTimeBarred
                    : FindingCatalogue.PendingTimeBarredKept).For(record.Id, deadline));
            }

            if (policies.PendingPastTimeLimit == PendingPastTimeLimitPolicy.ItcNotAvailable)
            {
                state = StateKind.TimeBarred;
            }
        }

        return (state, current, findings, until);
    }

    /// <summary>R15: the action in force on the record at <paramref name="at"/>, after every rule that can set one aside; <see langword="null"/> for none.</summary>
    public ImsAction? ActionInForce(PreparedRecord record, Instant at) =>
        record.Route is Route.Ims or Route.NotFiled ? Resolve(record, at, explained: false).Deciding : null;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant NextRevisionAfter(PreparedRecord record, Instant at)
    {
        foreach (var revision in record.Revisions)
        {
            if (revision > at)
            {
                return revision;
            }
        }

        return Instant.MaxValue;
    }

    /// <summary>
    /// R17: actions on a record after GSTR-3B closed the period it landed in, reported in the
    /// statement that was open when they were taken (so each is reported once).
    /// </summary>
    public void AddActionsAfterClose(PreparedRecord record, ReturnPeriod landedIn, List<Finding> findings) =>
        AddActionsAfterClose(record, landedIn, PreviousClosed, findings);

    /// <summary>R17: actions on a record after GSTR-3B closed the period it landed in and after <paramref name="openedAt"/> (every one for <see langword="null"/>).</summary>
    public void AddActionsAfterClose(PreparedRecord record, ReturnPeriod landedIn, Instant? openedAt, List<Finding> findings)
    {
        var actions = record.Actions;
        if (actions.Count == 0 || FiledAt(landedIn) is not { } closed)
        {
            return;
        }

        // Reported in the statement open when they were taken: after the previous period's GSTR-3B.
        var from = openedAt is { } previousClosed && previousClosed > closed ? previousClosed : closed;
        if (actions[^1].At <= from)
        {
            return;
        }

        foreach (var action in actions)
        {
            if (action.At > from && action.At <= AsOf)
            {
                findings.Add(FindingCatalogue.ActionAfterClose.For(record.Id, CasePreparer.Word(action.Action), CasePreparer.Text(action.At), landedIn, CasePreparer.Text(closed)));
            }
        }
    }

    /// <summary>When GSTR-3B of the period before <see cref="Target"/> was filed.</summary>
    private Instant? PreviousClosed
    {
        get
        {
            if (!_previousClosedKnown)
            {
                _previousClosed = calendar.PreviousReturnPeriod(Target) is { } previous ? FiledAt(previous) : null;
                _previousClosedKnown = true;
            }

            return _previousClosed;
        }
    }

    /// <summary>R40, R43 (seed 001 item 7): an amendment filed for the same statement period as its original, which then counts alone; <see langword="null"/> for none.</summary>
    public PreparedRecord? SupersedingAmendment(PreparedRecord original)
    {
        PreparedRecord? latest = null;
        foreach (var amendment in original.Amendments)
        {
            // Of several, the last filed (then the greatest id), so the answer never depends on input order.
            if (SamePeriod(amendment, original) && amendment.EntersAt <= AsOf
                && (latest is not { } other || amendment.EntersAt > other.EntersAt
                    || (amendment.EntersAt == other.EntersAt && string.CompareOrdinal(amendment.Id, other.Id) > 0)))
            {
                latest = amendment;
            }
        }

        return latest;
    }

    /// <summary>R43: an amendment waits for its original to be settled and closed, when the two fall in separate periods (policy <see cref="ImsPolicies.AmendmentOriginal"/>).</summary>
    private bool WaitsForOriginal(PreparedRecord record) =>
        policies.AmendmentOriginal == AmendmentOriginalPolicy.MustBeSettled && record.Original is { } original && !SamePeriod(record, original);

    /// <summary>Whether an amendment and its original are both filed for one statement period (R40).</summary>
    private static bool SamePeriod(PreparedRecord amendment, PreparedRecord original) =>
        amendment.Route is not (Route.NotFiled or Route.Excluded) && original.Route is not (Route.NotFiled or Route.Excluded)
        && amendment.Period == original.Period;

    /// <summary>R22 (a)–(e): why Pending is restricted for this record, in words; <see langword="null"/> when it is not.</summary>
    public string? PendingRestriction(PreparedRecord record) => RestrictionOf(record) switch
    {
        Restriction.OriginalCreditNote => $"an original credit note ({RuleIds.R22}a)",
        Restriction.UpwardCreditNote => $"an upward amendment of a credit note ({RuleIds.R22}b)",
        Restriction.DownwardRejectedCreditNote => $"a downward amendment of a rejected credit note ({RuleIds.R22}c)",
        Restriction.DownwardAcceptedDocument => $"a downward amendment of an accepted invoice or debit note whose GSTR-3B was filed ({RuleIds.R22}d)",
        Restriction.DownwardAcceptedEco => $"a downward amendment of an accepted e-commerce document whose GSTR-3B was filed ({RuleIds.R22}e)",
        _ => null,
    };

    /// <summary>
    /// R22 (a)–(e), which are also R47's triggers (R23; seed 001 item 10): the records that reduce the
    /// recipient's ITC if accepted, so they cannot be deferred and their rejection raises the supplier's liability.
    /// </summary>
    public Restriction RestrictionOf(PreparedRecord record)
    {
        if (record.Route is not (Route.Ims or Route.NotFiled) || record.IsBillOfEntry)
        {
            return Restriction.None;
        }

        var kind = record.Record.Kind;
        if (record.Original is not { } original)
        {
            return kind == RecordKind.CreditNote && !record.Record.IsAmendment ? Restriction.OriginalCreditNote : Restriction.None;
        }

        var change = record.Record.Tax.Total - original.Record.Tax.Total;
        var before = LandingOf(original);
        if (kind == RecordKind.CreditNote)
        {
            return change > 0 ? Restriction.UpwardCreditNote
                : change < 0 && before.Landed && before.State == StateKind.Reject ? Restriction.DownwardRejectedCreditNote
                : Restriction.None;
        }

        if (change < 0 && before.Accepting && calendar.Gstr3bFiledAt(before.Period) is { } filed && filed <= AsOf)
        {
            return record.Record.Eco ? Restriction.DownwardAcceptedEco : Restriction.DownwardAcceptedDocument;
        }

        return Restriction.None;
    }

    /// <summary>R25: for a restricted record from Oct-2025, the GSTR-3B due date of the period after its own.</summary>
    public LocalDate? PendingUntil(PreparedRecord record, string? restriction) =>
        restriction is not null && record.RuleSet == RuleSet.Ims2025
            ? calendar.OnePeriodPendingDeadline(record.Period)
            : null;

    /// <summary>When a record's settlement became final: the GSTR-3B filing of the period it landed in. Records before IMS count as long closed.</summary>
    private Instant? ClosedAt(PreparedRecord record)
    {
        var landing = LandingOf(record);
        if (!landing.Landed)
        {
            return null;
        }

        if (record.RuleSet == RuleSet.PreIms || (calendar.FirstMonth is { } first && landing.Period.End < first))
        {
            return Instant.MinValue;
        }

        return calendar.Gstr3bFiledAt(landing.Period);
    }

    private static Instant? LastRevisionAtOrBefore(PreparedRecord record, Instant at)
    {
        Instant? last = null;
        foreach (var revision in record.Revisions)
        {
            if (revision > at)
            {
                break;
            }

            last = revision;
        }

        return last;
    }

    /// <summary>R41, R42, R45, R26: the record's effect on ITC in the bucket it landed in.</summary>
    private Effect ComputeEffect(PreparedRecord record, Landing landing)
    {
        List<Finding>? findings = null;
        if (!landing.Landed || landing.State is StateKind.Reject or StateKind.Superseded)
        {
            return new Effect(TaxAmounts.Zero, false, findings);
        }

        if (record.Route == Route.TimeBarred && record.Original is { } before && LandingOf(before).State != StateKind.Superseded)
        {
            // R37 (settled): an upward amendment filed after the cut-off is not available for its delta only (R41).
            return new Effect(record.AmendedValue - before.AmendedValue, false, findings);
        }

        var available = BucketOf(record, landing) == Bucket.ItcAvailable;
        foreach (var amendment in record.Amendments)
        {
            var later = LandingOf(amendment);
            if (later.Accepting && later.Period < landing.Period)
            {
                (findings ??= []).Add(FindingCatalogue.AmendmentSuperseded.For(record.Id, amendment.Id, later.Period));
                return new Effect(TaxAmounts.Zero, false, findings);
            }
        }

        // The delta against what was settled for the earlier versions, in the same bucket (R41, R42).
        var settled = TaxAmounts.Zero;
        for (var previous = record.Original; previous is { } version; previous = version.Original)
        {
            var earlier = LandingOf(version);
            if (earlier.Landed && earlier.Period <= landing.Period && BucketOf(version, earlier) == BucketOf(record, landing))
            {
                settled += EffectOf(version, earlier).Itc;
            }
        }

        var full = record.AmendedValue - settled;
        if (record.Route == Route.PlaceOfSupply && record.Original is not null && policies.IneligibleAmendment == IneligibleAmendmentPolicy.ReverseTaken)
        {
            return new Effect(full, false, findings, TakenBefore(record, landing.Period).PositivePart());
        }

        var reduction = landing.Deciding?.ItcReduction;
        if (reduction is null || !available)
        {
            return new Effect(full, false, findings);
        }

        var what = $"The ITC reduction declared with the Accept at {CasePreparer.Text(landing.Deciding!.At)}";
        if (landing.Deciding.Action != ActionKind.Accept || !TakesDeclaration(record))
        {
            (findings ??= []).Add(FindingCatalogue.ReductionNotApplicable.For(record.Id, what));
            return new Effect(full, false, findings);
        }

        var declared = reduction.Value;
        switch (declared.Kind)
        {
            case ItcReductionKind.None:
                return new Effect(TaxAmounts.Zero, true, findings);
            case ItcReductionKind.Partial:
                var limit = full.NegativePart().Negate();
                var amounts = declared.Declared;
                if (amounts.HasNegative || amounts.Cgst != amounts.Sgst
                    || amounts.Igst > limit.Igst || amounts.Cgst > limit.Cgst || amounts.Sgst > limit.Sgst || amounts.Cess > limit.Cess)
                {
                    (findings ??= []).Add(FindingCatalogue.ReductionInvalid.For(record.Id, what, amounts, limit));
                    return new Effect(full, false, findings);
                }

                return new Effect(amounts.Negate(), true, findings);
            case ItcReductionKind.Full:
                return new Effect(full, true, findings);
        }

        return new Effect(full, false, findings);
    }

    /// <summary>The ITC the earlier versions of a record gave in ITC Available up to <paramref name="period"/> (R41, R42).</summary>
    private TaxAmounts TakenBefore(PreparedRecord record, ReturnPeriod period)
    {
        var taken = TaxAmounts.Zero;
        for (var previous = record.Original; previous is { } version; previous = version.Original)
        {
            var earlier = LandingOf(version);
            if (earlier.Landed && earlier.Period <= period && BucketOf(version, earlier) == Bucket.ItcAvailable)
            {
                taken += EffectOf(version, earlier).Itc;
            }
        }

        return taken;
    }

    /// <summary>R26: from Oct-2025, a credit note or a downward amendment of an accepted document takes a reduction declaration.</summary>
    public bool TakesDeclaration(PreparedRecord record) =>
        record.RuleSet == RuleSet.Ims2025
        && (record.Record.Kind == RecordKind.CreditNote
            || (record.Original is not null && PendingRestriction(record) is not null)
            || (record.Transfer == Transfer.Out));

    /// <summary>The bucket a landed record is in.</summary>
    public static Bucket BucketOf(PreparedRecord record, Landing landing) => record.Route switch
    {
        Route.PlaceOfSupply or Route.TimeBarred or Route.IsdIneligible => Bucket.ItcNotAvailable,
        _ => landing.State switch
        {
            StateKind.Reject => Bucket.ItcRejected,
            StateKind.TimeBarred => Bucket.ItcNotAvailable,
            StateKind.Accept or StateKind.NoAction or StateKind.Expired or StateKind.Pending or StateKind.Held or StateKind.Superseded => Bucket.ItcAvailable,
        },
    };
}

/// <summary>A landed record's effect on ITC.</summary>
/// <param name="Itc">The amount: negative for reductions, the delta for amendments.</param>
/// <param name="DeclarationUsed">Whether a reduction declaration decided it (R26).</param>
/// <param name="Findings">What was ignored in computing it; <see langword="null"/> for nothing.</param>
/// <param name="Reversed">ITC taken on earlier versions that an ineligible amendment reverses (policy IneligibleAmendment).</param>
internal readonly record struct Effect(TaxAmounts Itc, bool DeclarationUsed, List<Finding>? Findings, TaxAmounts Reversed = default);

/// <summary>R22 (a)–(e): the records that cannot be deferred, and whose rejection raises the supplier's liability (R47).</summary>
internal enum Restriction : byte
{
    /// <summary>None: Pending is bounded only by section 16(4) (R27).</summary>
    None,

    /// <summary>(a) An original credit note.</summary>
    OriginalCreditNote,

    /// <summary>(b) An upward amendment of a credit note, whatever happened to the original.</summary>
    UpwardCreditNote,

    /// <summary>(c) A downward amendment of a credit note whose original was rejected.</summary>
    DownwardRejectedCreditNote,

    /// <summary>(d) A downward amendment of an invoice or debit note whose original was accepted and its GSTR-3B filed.</summary>
    DownwardAcceptedDocument,

    /// <summary>(e) The same for an e-commerce document (R22e, from ADV-624).</summary>
    DownwardAcceptedEco,
}
