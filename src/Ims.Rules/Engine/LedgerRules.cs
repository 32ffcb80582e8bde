using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>The rules that resolve one record's actions and settle its effect, reading earlier versions back from the ledger.</summary>
internal sealed partial class LedgerView
{
    /// <summary>
    /// R15, R17, R18, R22–R25, R37, R43: the record's state at <paramref name="at"/>, in the fold at <paramref name="upTo"/>,
    /// from its actions, with what was ignored and why and until when it holds at the least.
    /// </summary>
    public Resolution Resolve(PreparedRecord record, Instant at, ReturnPeriod upTo)
    {
        List<Finding>? findings = null;
        var until = NextRevisionAfter(record, at);
        var reset = LastRevisionAtOrBefore(record, at);
        var mustWait = WaitsForOriginal(record);
        var originalClosed = mustWait ? ClosedAt(record.Original!.Value, upTo) : null;
        var restriction = RestrictionOf(record, at, upTo);
        var pendingUntil = PendingUntil(record, restriction);
        var policies = Policies;
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
                (findings ??= []).Add(FindingCatalogue.ActionReset.For(record.Id, what, CasePreparer.Text(revision)));
                continue;
            }

            if (mustWait && (originalClosed is null || action.At <= originalClosed))
            {
                (findings ??= []).Add(FindingCatalogue.AmendmentOriginalUnsettled.For(record.Id, what, record.Original!.Value.Id));
                continue;
            }

            if (action.Action == ActionKind.Pending && restriction != Restriction.None)
            {
                var rule = Describe(restriction)!;
                if (record.RuleSet != RuleSet.Ims2025)
                {
                    (findings ??= []).Add(FindingCatalogue.PendingBlockedBefore2025.For(record.Id, rule, what.Lowercase));
                    continue;
                }

                if (pendingUntil is { } lastDay && action.At >= IndianTime.EndOf(lastDay) && policies.ExpiredPending == ExpiredPendingPolicy.DeemedAccepted)
                {
                    (findings ??= []).Add(FindingCatalogue.PendingBlockedAfterAllowance.For(record.Id, rule, lastDay, what.Lowercase));
                    continue;
                }
            }

            if (pendingAtDeadline == true)
            {
                (findings ??= []).Add(FindingCatalogue.ActionAfterTimeLimit.For(record.Id, what, record.TimeLimit!.Value));
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
            // Held until just after the original's close; an unsettled original may settle in any later period.
            return new Resolution(StateKind.Held, null, findings, originalClosed is { } closed ? Min(until, closed + Duration.Epsilon) : at, restriction);
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
            (findings ??= []).Add(FindingCatalogue.PendingExpired.For(record.Id, limit));
            state = StateKind.Expired;
        }
        else if (state == StateKind.Pending && record.TimeLimit is { } deadline && at >= IndianTime.EndOf(deadline))
        {
            (findings ??= []).Add((policies.PendingPastTimeLimit == PendingPastTimeLimitPolicy.ItcNotAvailable
                ? FindingCatalogue.PendingTimeBarred
                : FindingCatalogue.PendingTimeBarredKept).For(record.Id, deadline));
            if (policies.PendingPastTimeLimit == PendingPastTimeLimitPolicy.ItcNotAvailable)
            {
                state = StateKind.TimeBarred;
            }
        }

        return new Resolution(state, current, findings, until, restriction);
    }

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

    /// <summary>
    /// R17: actions on a record after GSTR-3B closed <paramref name="landedIn"/>, taken after <paramref name="openedAt"/>
    /// (every one for <see langword="null"/>) and by the ledger's instant.
    /// </summary>
    public void AddActionsAfterClose(PreparedRecord record, ReturnPeriod landedIn, Instant? openedAt, List<Finding> findings)
    {
        var actions = record.Actions;
        if (actions.Count == 0 || Calendar.Gstr3bFiledAt(landedIn) is not { } closed)
        {
            return;
        }

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
        Policies.AmendmentOriginal == AmendmentOriginalPolicy.MustBeSettled && record.Original is { } original && !SamePeriod(record, original);

    /// <summary>Whether an amendment and its original are both filed for one statement period (R40).</summary>
    private static bool SamePeriod(PreparedRecord amendment, PreparedRecord original) =>
        amendment.Route is not (Route.NotFiled or Route.Excluded) && original.Route is not (Route.NotFiled or Route.Excluded)
        && amendment.Period == original.Period;

    /// <summary>R22 (a)–(e): a restriction in words; <see langword="null"/> for none.</summary>
    public static string? Describe(Restriction restriction) => restriction switch
    {
        Restriction.OriginalCreditNote => $"an original credit note ({RuleIds.R22}a)",
        Restriction.UpwardCreditNote => $"an upward amendment of a credit note ({RuleIds.R22}b)",
        Restriction.DownwardRejectedCreditNote => $"a downward amendment of a rejected credit note ({RuleIds.R22}c)",
        Restriction.DownwardAcceptedDocument => $"a downward amendment of an accepted invoice or debit note whose GSTR-3B was filed ({RuleIds.R22}d)",
        Restriction.DownwardAcceptedEco => $"a downward amendment of an accepted e-commerce document whose GSTR-3B was filed ({RuleIds.R22}e)",
        _ => null,
    };

    /// <summary>
    /// R22 (a)–(e), which are also R47's triggers (R23; seed 001 item 10): the records that reduce the recipient's ITC if
    /// accepted. For an amendment this depends on its original as the ledger holds it at <paramref name="upTo"/>: landed
    /// there or before, and for (d) and (e) its GSTR-3B filed by <paramref name="at"/> ("has been filed", R22) — what the
    /// portal knows when it decides, never a later landing of the original.
    /// </summary>
    public Restriction RestrictionOf(PreparedRecord record, Instant at, ReturnPeriod upTo)
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
        if (kind == RecordKind.CreditNote && change > 0)
        {
            return Restriction.UpwardCreditNote;
        }

        if (change >= 0)
        {
            return Restriction.None;
        }

        var before = LandingOf(original, upTo);
        if (kind == RecordKind.CreditNote)
        {
            return before.Landed && before.State == StateKind.Reject ? Restriction.DownwardRejectedCreditNote : Restriction.None;
        }

        if (before.Accepting && Calendar.Gstr3bFiledAt(before.Period) is { } filed && filed <= at)
        {
            return record.Record.Eco ? Restriction.DownwardAcceptedEco : Restriction.DownwardAcceptedDocument;
        }

        return Restriction.None;
    }

    /// <summary>R25: for a restricted record from Oct-2025, the GSTR-3B due date of the period after its own.</summary>
    public LocalDate? PendingUntil(PreparedRecord record, Restriction restriction) =>
        restriction != Restriction.None && record.RuleSet == RuleSet.Ims2025
            ? Calendar.OnePeriodPendingDeadline(record.Period)
            : null;

    /// <summary>When a record's settlement became final: the GSTR-3B filing of the period it landed in, up to <paramref name="upTo"/>. Records before IMS count as long closed.</summary>
    private Instant? ClosedAt(PreparedRecord record, ReturnPeriod upTo)
    {
        var landing = LandingOf(record, upTo);
        if (!landing.Landed)
        {
            return null;
        }

        if (record.RuleSet == RuleSet.PreIms || (Calendar.FirstMonth is { } first && landing.Period.End < first))
        {
            return Instant.MinValue;
        }

        return Calendar.Gstr3bFiledAt(landing.Period);
    }

    /// <summary>The effect of a record that landed as <paramref name="landing"/>: from the ledger for an acted-on record, else worked out (it depends on nothing later).</summary>
    public Effect StoredEffectOf(PreparedRecord record, Landing landing)
    {
        if (record.IsMobile && Find(record, landing.Period) is { } entry)
        {
            return entry.Effect;
        }

        return EffectOf(record, landing, RestrictionOf(record, AsOf, landing.Period));
    }

    /// <summary>R41, R42, R45, R26: the record's effect on ITC in the bucket it landed in, read against the earlier versions in the ledger.</summary>
    private Effect EffectOf(PreparedRecord record, Landing landing, Restriction restriction)
    {
        List<Finding>? findings = null;
        if (!landing.Landed || landing.State is StateKind.Reject or StateKind.Superseded)
        {
            return new Effect(TaxAmounts.Zero, false, findings);
        }

        var upTo = landing.Period;
        if (record.Route == Route.TimeBarred && record.Original is { } before && LandingOf(before, upTo).State != StateKind.Superseded)
        {
            // R37 (settled): an upward amendment filed after the cut-off is not available for its delta only (R41).
            return new Effect(record.AmendedValue - before.AmendedValue, false, findings);
        }

        var available = BucketOf(record, landing) == Bucket.ItcAvailable;
        foreach (var amendment in record.Amendments)
        {
            var later = LandingOf(amendment, upTo);
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
            var earlier = LandingOf(version, upTo);
            if (earlier.Landed && earlier.Period <= landing.Period && BucketOf(version, earlier) == BucketOf(record, landing))
            {
                settled += StoredEffectOf(version, earlier).Itc;
            }
        }

        var full = record.AmendedValue - settled;
        if (record.Route == Route.PlaceOfSupply && record.Original is not null && Policies.IneligibleAmendment == IneligibleAmendmentPolicy.ReverseTaken)
        {
            return new Effect(full, false, findings, new ReversedItc(TakenBefore(record, landing.Period).PositivePart()));
        }

        var reduction = landing.Deciding?.ItcReduction;
        if (reduction is null || !available)
        {
            return new Effect(full, false, findings);
        }

        var what = $"The ITC reduction declared with the Accept at {CasePreparer.Text(landing.Deciding!.At)}";
        if (landing.Deciding.Action != ActionKind.Accept || !TakesDeclaration(record, restriction))
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
            var earlier = LandingOf(version, period);
            if (earlier.Landed && earlier.Period <= period && BucketOf(version, earlier) == Bucket.ItcAvailable)
            {
                taken += StoredEffectOf(version, earlier).Itc;
            }
        }

        return taken;
    }

    /// <summary>R26: from Oct-2025, a credit note or a downward amendment of an accepted document takes a reduction declaration.</summary>
    private static bool TakesDeclaration(PreparedRecord record, Restriction restriction) =>
        record.RuleSet == RuleSet.Ims2025
        && (record.Record.Kind == RecordKind.CreditNote
            || (record.Original is not null && restriction != Restriction.None)
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

    /// <summary>R47, R50: a rejected reduction raises the supplier's liability; an accepted re-report of a rejected credit note lowers it back.</summary>
    public SupplierEffect? SupplierEffectOf(PreparedRecord record, Landing landing, Restriction restriction)
    {
        var supplier = record.Record.SupplierGstin;
        if (landing.State == StateKind.Reject)
        {
            var increase = LiabilityIncrease(record, restriction);
            return increase.IsZero ? null : new SupplierEffect(record.Id, supplier, SupplierEffectKind.LiabilityIncrease, increase, PeriodAfter(landing.Period));
        }

        if (landing.Accepting && record.Record.Kind == RecordKind.CreditNote && record.Original is { } rejected
            && LandingOf(rejected, landing.Period) is { Landed: true, State: StateKind.Reject })
        {
            return new SupplierEffect(record.Id, supplier, SupplierEffectKind.LiabilityDecrease, record.Record.Tax, PeriodAfter(landing.Period));
        }

        return null;
    }

    /// <summary>
    /// R47 (seed 001 item 10): by how much a rejection raises the supplier's liability. The triggers are the
    /// R22 records (R23): (a) an original credit note, its tax; (b) an upward amendment of a credit note, the
    /// increase it claimed; (c) a downward amendment of a rejected credit note, its full amended tax (R42: nothing
    /// of the original counted); (d, e) a downward amendment of an accepted document whose GSTR-3B was filed, the decrease.
    /// </summary>
    private static TaxAmounts LiabilityIncrease(PreparedRecord record, Restriction restriction)
    {
        var tax = record.Record.Tax;
        var previous = record.Original?.Record.Tax ?? TaxAmounts.Zero;
        return restriction switch
        {
            Restriction.OriginalCreditNote => tax,
            Restriction.UpwardCreditNote => (tax - previous).PositivePart(),
            Restriction.DownwardRejectedCreditNote => tax,
            Restriction.DownwardAcceptedDocument or Restriction.DownwardAcceptedEco => (previous - tax).PositivePart(),
            _ => TaxAmounts.Zero,
        };
    }

    /// <summary>The supplier's period an effect falls in: the month after the statement's last month (R47).</summary>
    private static ReturnPeriod PeriodAfter(ReturnPeriod period) => ReturnPeriod.Month(period.End.PlusMonths(1));
}

/// <summary>A landed record's effect on ITC.</summary>
/// <param name="Itc">The amount: negative for reductions, the delta for amendments.</param>
/// <param name="DeclarationUsed">Whether a reduction declaration decided it (R26).</param>
/// <param name="Findings">What was ignored in computing it; <see langword="null"/> for nothing.</param>
/// <param name="Reversal">
/// ITC taken on earlier versions that an ineligible amendment reverses (policy IneligibleAmendment); <see langword="null"/>
/// for none. Held apart because it is rare and every ledger entry holds an effect.
/// </param>
internal readonly record struct Effect(TaxAmounts Itc, bool DeclarationUsed, List<Finding>? Findings, ReversedItc? Reversal = null)
{
    /// <summary>The ITC reversed; zero for none.</summary>
    public TaxAmounts Reversed => Reversal?.Amount ?? TaxAmounts.Zero;
}

/// <summary>ITC taken on earlier versions that an ineligible amendment reverses.</summary>
/// <param name="Amount">The amount.</param>
internal sealed record ReversedItc(TaxAmounts Amount);

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
