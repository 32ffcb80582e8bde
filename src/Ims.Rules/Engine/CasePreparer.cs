using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// Checks a case and places every record once (pipeline steps Validate and Place): its
/// natural period, its route, its section, and the actions that pass the checks that do
/// not depend on time. Nothing here depends on which statement is asked for.
/// </summary>
internal sealed class CasePreparer
{
    /// <summary>The first date periods and financial years here can hold.</summary>
    private static readonly LocalDate FirstDocumentDate = new(2000, 4, 1);

    /// <summary>The first period periods here cannot hold (quarters start in January, so no period straddles it).</summary>
    private static readonly ReturnPeriod FirstUnsupportedPeriod = ReturnPeriod.Month(9000, 1);

    private static readonly Instant FirstActionInstant = IndianTime.StartOf(ImsCalendar.FirstActionDate);

    private readonly ImsCase _case;
    private readonly ImsCalendar _calendar;
    private readonly CalendarMemo _memo;
    private readonly StateCode? _recipientState;

    private CasePreparer(ImsCase imsCase, ImsCalendar calendar, CasePreparer prepared)
    {
        _case = imsCase;
        _calendar = calendar;
        _memo = new CalendarMemo(calendar);
        _recipientState = prepared._recipientState;
        ById = prepared.ById;
        Records = prepared.Records.WithoutActions();
        CaseFindings.AddRange(prepared.CaseFindings.Take(prepared._recordCaseFindings));
    }

    private CasePreparer(ImsCase imsCase, ImsCalendar calendar, CasePreparer prepared, List<int> rows)
    {
        _case = imsCase;
        _calendar = calendar;
        _memo = new CalendarMemo(calendar);
        _recipientState = prepared._recipientState;
        ById = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        Records = prepared.Records.Rows(imsCase.Records, rows);
        for (var i = 0; i < Records.Count; i++)
        {
            ById[Records[i].Id] = i;
        }

        CaseFindings.AddRange(prepared.CaseFindings.Take(prepared._recipientCaseFindings));
    }

    private CasePreparer(ImsCase imsCase, ImsCalendar calendar)
    {
        _case = imsCase;
        _calendar = calendar;
        _memo = new CalendarMemo(calendar);
        var count = imsCase.Records.IsDefault ? 0 : imsCase.Records.Length;
        ById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        Records = new RecordTable(imsCase.Records, count);
        _recipientState = imsCase.Recipient.Gstin.ToString().Length == 15 ? imsCase.Recipient.Gstin.State : null;
    }

    public List<Finding> CaseFindings { get; } = [];

    /// <summary>Table indexes by record id.</summary>
    public Dictionary<string, int> ById { get; }

    public RecordTable Records { get; }

    // Records that amend another, and records with supplier revisions: few, so later steps visit only them.
    private readonly List<int> _amending = [];
    private readonly List<int> _revised = [];

    // How many of CaseFindings come before the actions, and before the records.
    private int _recordCaseFindings;
    private int _recipientCaseFindings;

    /// <summary>Whether two records of the case share an id.</summary>
    public bool HasDuplicateIds { get; private set; }

    /// <summary>
    /// Some of the records prepared for <paramref name="imsCase"/>, whose records are those of <paramref name="rows"/> in order
    /// and whose actions are any: the checks and placement are shared, only the actions are prepared (as <see cref="Prepare"/>
    /// would). The caller makes sure the rows hold whole amendment chains and no shared id.
    /// </summary>
    public CasePreparer Rows(ImsCase imsCase, List<int> rows)
    {
        var preparer = new CasePreparer(imsCase, _calendar, this, rows);
        preparer.PrepareActions();
        return preparer;
    }

    /// <summary>
    /// The same records prepared for <paramref name="imsCase"/>, which differs from this one's case only in its actions:
    /// the checks and placement of the records are shared, only the actions are prepared (as <see cref="Prepare"/> would).
    /// </summary>
    public CasePreparer WithActions(ImsCase imsCase)
    {
        var preparer = new CasePreparer(imsCase, _calendar, this);
        preparer.PrepareActions();
        return preparer;
    }

    public static CasePreparer Prepare(ImsCase imsCase, ImsCalendar calendar)
    {
        var preparer = new CasePreparer(imsCase, calendar);
        preparer.CheckRecipient();
        preparer._recipientCaseFindings = preparer.CaseFindings.Count;
        preparer.PrepareRecords();
        preparer.LinkAmendments();
        preparer.PrepareActions();
        return preparer;
    }

    private void CheckRecipient()
    {
        var gstin = _case.Recipient.Gstin;
        if (gstin.ToString().Length != 15)
        {
            CaseFindings.Add(FindingCatalogue.RecipientGstinInvalid.For(null));
        }
        else if (!gstin.HasValidCheckCharacter)
        {
            CaseFindings.Add(FindingCatalogue.RecipientCheckCharacter.For(null, gstin));
        }

        foreach (var (what, when) in _calendar.Ignored)
        {
            CaseFindings.Add(FindingCatalogue.InputOutOfRange.For(null, what, when));
        }

        foreach (var change in ImsCalendar.MisalignedChanges(_case.Recipient.Profile))
        {
            CaseFindings.Add(FindingCatalogue.ProfileChangeMidQuarter.For(null, change.Frequency.ToString().ToLowerInvariant(), Iso(change.From)));
        }

        if (ImsCalendar.OverlappingMonths(_case.Recipient.Profile) is { Count: > 0 } overlapping)
        {
            CaseFindings.Add(FindingCatalogue.ProfileOverlap.For(null, string.Join(", ", overlapping.Select(Iso))));
        }

        foreach (var (period, filed) in _case.Filings.Gstr3b)
        {
            if (period.Year is >= 2000 and < 9000 && IndianTime.IsSupported(filed)
                && filed < IndianTime.StartOf(_calendar.StatementPeriodOf(period).End.PlusMonths(1).OnDayOfMonth(1)))
            {
                CaseFindings.Add(FindingCatalogue.Gstr3bBeforePeriodEnd.For(null, Iso(period), Text(filed)));
            }
        }
    }

    private void PrepareRecords()
    {
        var records = _case.Records.IsDefault ? [] : _case.Records;
        for (var source = 0; source < records.Length; source++)
        {
            var record = records[source];
            if (record is null)
            {
                continue;
            }

            if (string.IsNullOrEmpty(record.Id))
            {
                CaseFindings.Add(FindingCatalogue.RecordIdMissing.For(null, record.Kind, record.Number));
                continue;
            }

            if (!ById.TryAdd(record.Id, Records.Count))
            {
                HasDuplicateIds = true;
                // Every record with a shared id is left out: the first one once, the others silently.
                var first = Records[ById[record.Id]];
                if (!first.Findings.Any(f => f.Finding.Code == FindingCodes.RecordIdDuplicate))
                {
                    AddError(first, FindingCatalogue.RecordIdDuplicate.For(record.Id, record.Id));
                }

                continue;
            }

            var prepared = Records.Add(source);
            Check(prepared);
            Place(prepared);
            if (record.Amends is not null)
            {
                _amending.Add(prepared.Index);
            }

            if (!record.RevisedAt.IsDefaultOrEmpty)
            {
                _revised.Add(prepared.Index);
            }
        }
    }

    private void Check(PreparedRecord prepared)
    {
        var record = prepared.Record;
        if (OutOfRange(record) is { } what)
        {
            AddError(prepared, FindingCatalogue.RecordValueOutOfRange.For(record.Id, what));
            return;
        }

        var isd = record.Kind is RecordKind.IsdInvoice or RecordKind.IsdCreditNote;
        var billOfEntry = record.Kind == RecordKind.BillOfEntry;
        if (isd != (record.Form == SupplierForm.Gstr6) || billOfEntry != (record.Form == SupplierForm.Icegate))
        {
            AddError(prepared, FindingCatalogue.RecordFormMismatch.For(record.Id, record.Kind, record.Form));
            return;
        }

        if (record.Tax.HasNegative || record.TaxableValue < 0)
        {
            AddError(prepared, FindingCatalogue.RecordAmountNegative.For(record.Id));
            return;
        }

        if (!AllSupported(record))
        {
            AddError(prepared, FindingCatalogue.RecordInstantUnsupported.For(record.Id));
            return;
        }

        if (record.Date < FirstDocumentDate || record.ReferenceDate < FirstDocumentDate)
        {
            AddError(prepared, FindingCatalogue.RecordDateTooEarly.For(record.Id, record.Date));
            return;
        }

        if (record.SupplierGstin is not { } supplier || supplier.ToString().Length != 15)
        {
            if (!(billOfEntry && !record.Sez))
            {
                AddError(prepared, FindingCatalogue.RecordSupplierMissing.For(record.Id));
                return;
            }
        }
        else if (!supplier.HasValidCheckCharacter)
        {
            prepared.AddFinding(null, FindingCatalogue.SupplierCheckCharacter.For(record.Id, supplier));
        }

        var month = NaturalMonth(record);
        if (month is null)
        {
            prepared.Route = Route.NotFiled;
            prepared.AddFinding(null, FindingCatalogue.RecordNotFiled.For(record.Id));
            return;
        }

        if (month.Value.Year < 2000)
        {
            AddError(prepared, FindingCatalogue.RecordPeriodTooEarly.For(record.Id));
            return;
        }

        CheckPlausible(prepared);
        ref var facts = ref Records.Facts(prepared.Index);
        facts.Period = _memo.StatementPeriodOf(month.Value);
        facts.FiledLate = record.Form is SupplierForm.Gstr1 or SupplierForm.Iff or SupplierForm.Gstr5 or SupplierForm.Gstr6
            && record.SupplierPeriod is { } own && month.Value > own.End;
        facts.RuleSet = ImsCalendar.RuleSetOf(facts.Period);
    }

    /// <summary>The record's natural month; a month before 2000 when the calendar cannot hold it (kept apart: a handler would slow the checks around it).</summary>
    private YearMonth? NaturalMonth(InwardRecord record)
    {
        try
        {
            return _memo.NaturalMonth(record);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new YearMonth(1, 1);
        }
    }

    /// <summary>What of the record no record can have: an enum value out of range or an amount beyond <see cref="Paise.MaxAmount"/>.</summary>
    private static string? OutOfRange(InwardRecord record)
    {
        if (record.Kind is < RecordKind.Invoice or > RecordKind.IsdCreditNote)
        {
            return "kind";
        }

        if (record.Form is < SupplierForm.Gstr1 or > SupplierForm.Icegate)
        {
            return "form";
        }

        if (record.InvoiceType is < InvoiceType.Regular or > InvoiceType.CustomsBondedWarehouse)
        {
            return "invoice type";
        }

        if (record.SupplierFrequency is < ReturnFrequency.Monthly or > ReturnFrequency.Quarterly)
        {
            return "supplier frequency";
        }

        return Paise.IsInRange(record.TaxableValue) && InRange(record.Tax) ? null : "amount";
    }

    private static bool InRange(TaxAmounts tax) =>
        Paise.IsInRange(tax.Igst) && Paise.IsInRange(tax.Cgst) && Paise.IsInRange(tax.Sgst) && Paise.IsInRange(tax.Cess);

    /// <summary>Warnings for what a real record is unlikely to say; the record is kept as given.</summary>
    private void CheckPlausible(PreparedRecord prepared)
    {
        var record = prepared.Record;
        if (record.FiledAt is { } reported && record.Date > _memo.DateOf(reported))
        {
            prepared.AddFinding(null, FindingCatalogue.RecordDatedAfterFiling.For(record.Id, record.Date, Text(reported)));
        }

        var tax = record.Tax;
        if (!Paise.IsZero(tax.Igst) && (!Paise.IsZero(tax.Cgst) || !Paise.IsZero(tax.Sgst)))
        {
            prepared.AddFinding(null, FindingCatalogue.RecordIgstWithCgstSgst.For(record.Id));
        }
        else if (tax.Cgst != tax.Sgst)
        {
            prepared.AddFinding(null, FindingCatalogue.RecordCgstNotSgst.For(record.Id, tax.Cgst, tax.Sgst));
        }

        if (record.SupplierGstin is { } supplier && supplier == _case.Recipient.Gstin && supplier.ToString().Length == 15)
        {
            prepared.AddFinding(null, FindingCatalogue.RecordSupplierIsRecipient.For(record.Id));
        }
    }

    private static bool AllSupported(InwardRecord record)
    {
        if (!IndianTime.IsSupported(record.Date)
            || (record.ReferenceDate is { } reference && !IndianTime.IsSupported(reference))
            || (record.SavedAt is { } saved && !IndianTime.IsSupported(saved))
            || (record.FiledAt is { } filed && !IndianTime.IsSupported(filed))
            || record.SupplierPeriod >= FirstUnsupportedPeriod)
        {
            return false;
        }

        foreach (var revision in record.RevisedAt.IsDefault ? [] : record.RevisedAt)
        {
            if (!IndianTime.IsSupported(revision))
            {
                return false;
            }
        }

        return true;
    }

    private void LinkAmendments()
    {
        foreach (var i in _amending)
        {
            var prepared = Records[i];
            if (prepared.Record.Amends is not { } originalId || prepared.Route == Route.Excluded)
            {
                continue;
            }

            if (!ById.TryGetValue(originalId, out var originalIndex))
            {
                prepared.AddFinding(null, FindingCatalogue.AmendsUnknown.For(prepared.Id, originalId));
                continue;
            }

            var original = Records[originalIndex];
            if (originalIndex == i || original.Record.Kind != prepared.Record.Kind)
            {
                AddError(prepared, FindingCatalogue.AmendsInvalid.For(prepared.Id, originalId));
                continue;
            }

            prepared.Original = original;
        }

        // A cycle of amendments has no original; every record on it is left out. A chain longer
        // than the number of records must loop.
        foreach (var i in _amending)
        {
            var prepared = Records[i];
            var current = prepared;
            for (var steps = 0; current.Original is { } next && steps <= Records.Count; steps++)
            {
                current = next;
            }

            if (current.Original is not null)
            {
                prepared.Original = null;
                AddError(prepared, FindingCatalogue.AmendsCycle.For(prepared.Id));
            }
        }

        foreach (var i in _amending)
        {
            var prepared = Records[i];
            if (prepared.Original?.Route == Route.Excluded)
            {
                prepared.Original = null;
                prepared.AddFinding(null, FindingCatalogue.AmendsLeftOut.For(prepared.Id, prepared.Record.Amends));
            }

            prepared.Original?.AddAmendment(prepared);

            // R37 (settled): the time limit bars taking ITC, never a reduction; a downward amendment filed late routes as if on time.
            if (prepared.Route == Route.TimeBarred && prepared.Original is { } previous && prepared.Record.Tax.Total < previous.Record.Tax.Total)
            {
                prepared.Route = RouteOf(prepared, timeLimitApplies: false);
            }
        }
    }

    private void Place(PreparedRecord prepared)
    {
        var record = prepared.Record;
        prepared.Transfer = TransferOf(prepared);
        prepared.Section = SectionOf(record, prepared.Transfer == Transfer.In);
        if (prepared.Route is Route.Excluded or Route.NotFiled)
        {
            return;
        }

        if (record.Kind is RecordKind.Invoice or RecordKind.DebitNote or RecordKind.BillOfEntry or RecordKind.IsdInvoice)
        {
            prepared.TimeLimit = _memo.TimeLimit(record.Date);
        }

        prepared.SetWindowRule(record.Form switch
        {
            SupplierForm.Gstr1A => WindowRule.Gstr1A,
            _ when prepared.Period.IsQuarter => WindowRule.Quarterly,
            _ => WindowRule.Monthly,
        });
        prepared.Route = RouteOf(prepared);
    }

    /// <summary>R3, R4, R6, R7, R36: whether a filed record goes through IMS or straight to a bucket.</summary>
    private Route RouteOf(PreparedRecord prepared, bool timeLimitApplies = true)
    {
        var record = prepared.Record;
        if (record.Form == SupplierForm.Gstr6)
        {
            return record.ItcEligible ? Route.Direct : Route.IsdIneligible;
        }

        if (prepared.IsBillOfEntry)
        {
            return prepared.RuleSet == RuleSet.Ims2025 ? Route.Ims : Route.Direct;
        }

        if (IsPlaceOfSupplyIneligible(record))
        {
            return Route.PlaceOfSupply;
        }

        if (timeLimitApplies && prepared.TimeLimit is { } limit && record.FiledAt is { } filed && _memo.DateOf(filed) > limit)
        {
            return Route.TimeBarred;
        }

        if (record.ReverseCharge || record.Form == SupplierForm.Gstr5 || prepared.RuleSet == RuleSet.PreIms)
        {
            return Route.Direct;
        }

        return Route.Ims;
    }

    /// <summary>R3: the supplier's state is the place of supply, but the recipient is registered in another state (SEZ supplies are inter-state by law).</summary>
    private bool IsPlaceOfSupplyIneligible(InwardRecord record) =>
        _recipientState is { } recipientState
        && record.PlaceOfSupply is { } pos
        && record.SupplierGstin is { } supplier && supplier.ToString().Length == 15
        && record.InvoiceType is not (InvoiceType.SezWithPayment or InvoiceType.SezWithoutPayment)
        && supplier.State == pos
        && pos != recipientState;

    /// <summary>R53: a bill of entry moved at customs from or to another GSTIN.</summary>
    private static Transfer TransferOf(PreparedRecord prepared)
    {
        var record = prepared.Record;
        if (record.TransferredFrom is null && record.TransferredTo is null)
        {
            return Transfer.None;
        }

        if (!prepared.IsBillOfEntry || (record.TransferredTo is not null && !record.IsAmendment))
        {
            prepared.AddFinding(null, FindingCatalogue.TransferNotApplicable.For(record.Id));
            return Transfer.None;
        }

        return record.TransferredTo is not null ? Transfer.Out : Transfer.In;
    }

    private static Section SectionOf(InwardRecord record, bool transferredIn) => (record.Kind, record.IsAmendment || transferredIn) switch
    {
        (RecordKind.BillOfEntry, false) => record.Sez ? Section.Impgsez : Section.Impg,
        (RecordKind.BillOfEntry, true) => record.Sez ? Section.Impgseza : Section.Impga,
        (RecordKind.IsdInvoice or RecordKind.IsdCreditNote, false) => Section.Isd,
        (RecordKind.IsdInvoice or RecordKind.IsdCreditNote, true) => Section.Isda,
        (_, false) when record.Eco => Section.Ecom,
        (_, true) when record.Eco => Section.Ecoma,
        (RecordKind.Invoice, false) => Section.B2b,
        (RecordKind.Invoice, true) => Section.B2ba,
        (RecordKind.DebitNote or RecordKind.CreditNote, false) => Section.Cdnr,
        (RecordKind.DebitNote or RecordKind.CreditNote, true) => Section.Cdnra,
        _ => Section.B2b,
    };

    private void PrepareActions()
    {
        foreach (var i in _revised)
        {
            var prepared = Records[i];
            if (prepared.Route == Route.Excluded)
            {
                continue;
            }

            var filed = prepared.Record.FiledAt;
            foreach (var revision in prepared.Record.RevisedAt)
            {
                if (filed is { } f && revision > f)
                {
                    prepared.AddFinding(null, FindingCatalogue.RevisionAfterFiling.For(prepared.Id, Text(revision), Text(f)));
                    continue;
                }

                prepared.AddRevision(revision);
            }

            prepared.SortRevisions();
        }

        // What is known so far is about the records themselves; what follows is about the actions.
        _recordCaseFindings = CaseFindings.Count;
        Records.MarkRecordFindings();

        var actions = _case.Actions.IsDefault ? [] : _case.Actions;
        // Each action's record row, or -1 for an action that is not usable.
        var rows = new int[actions.Length];
        var usable = 0;
        for (var a = 0; a < actions.Length; a++)
        {
            var action = actions[a];
            rows[a] = -1;
            if (action is null)
            {
                continue;
            }

            if (action.Action is < ActionKind.NoAction or > ActionKind.Pending || action.ItcReduction is { } reduction && !InRange(reduction.Declared))
            {
                var outOfRange = FindingCatalogue.ActionValueOutOfRange.For(action.RecordId);
                if (action.RecordId is not null && ById.TryGetValue(action.RecordId, out var known))
                {
                    Records[known].AddFinding(null, outOfRange);
                }
                else
                {
                    CaseFindings.Add(outOfRange);
                }

                continue;
            }

            if (!IndianTime.IsSupported(action.At))
            {
                CaseFindings.Add(FindingCatalogue.ActionInstantOutOfRange.For(action.RecordId, Word(action.Action)));
                continue;
            }

            if (action.RecordId is null || !ById.TryGetValue(action.RecordId, out var index))
            {
                CaseFindings.Add(FindingCatalogue.ActionUnknownRecord.For(action.RecordId, Word(action.Action), Text(action.At)));
                continue;
            }

            var prepared = Records[index];
            if (StaticCheck(prepared, action) is { } finding)
            {
                prepared.AddFinding(action.At, finding);
                continue;
            }

            rows[a] = index;
            usable++;
            Records.Facts(index).ActionCount++;
        }

        GroupActions(actions, rows, usable);
    }

    /// <summary>Lays the usable actions out by record, each record's by instant, keeping one action per instant (R15).</summary>
    private void GroupActions(ImmutableArray<ImsAction> all, int[] rows, int usable)
    {
        var next = 0;
        for (var i = 0; i < Records.Count; i++)
        {
            ref var facts = ref Records.Facts(i);
            facts.ActionStart = next;
            next += facts.ActionCount;
            facts.ActionCount = 0;
        }

        var actions = new ImsAction[usable];
        for (var a = 0; a < rows.Length; a++)
        {
            if (rows[a] >= 0)
            {
                ref var facts = ref Records.Facts(rows[a]);
                actions[facts.ActionStart + facts.ActionCount++] = all[a];
            }
        }

        for (var i = 0; i < Records.Count; i++)
        {
            ref var facts = ref Records.Facts(i);
            if (facts.ActionCount > 1)
            {
                facts.ActionCount = ResolveConflicts(Records[i], actions.AsSpan(facts.ActionStart, facts.ActionCount));
            }
        }

        Records.SetActions(actions);
    }

    /// <summary>
    /// Orders a record's actions by instant; of two different actions at one instant the stronger
    /// stays (Reject, Pending, Accept, No action). Returns how many are left, at the start.
    /// </summary>
    private static int ResolveConflicts(PreparedRecord prepared, Span<ImsAction> actions)
    {
        // Insertion sort: a record has a handful of actions at most.
        for (var i = 1; i < actions.Length; i++)
        {
            var action = actions[i];
            var j = i - 1;
            for (; j >= 0 && ActionPrecedence.Compare(actions[j], action) > 0; j--)
            {
                actions[j + 1] = actions[j];
            }

            actions[j + 1] = action;
        }

        var kept = 0;
        for (var i = 0; i < actions.Length; i++)
        {
            // Of a run at one instant the last, the strongest, stays; each other one that differs is reported.
            var last = i;
            while (last + 1 < actions.Length && actions[last + 1].At == actions[i].At)
            {
                last++;
            }

            for (var other = last - 1; other >= i; other--)
            {
                if (actions[other].Action != actions[last].Action)
                {
                    prepared.AddFinding(actions[last].At, FindingCatalogue.ActionConflict.For(prepared.Id, Word(actions[other].Action), Word(actions[last].Action), Text(actions[last].At)));
                }
            }

            actions[kept++] = actions[last];
            i = last;
        }

        return kept;
    }

    /// <summary>The checks on an action that do not depend on the statement: R1, R3, R4, R6, R51.</summary>
    private static Finding? StaticCheck(PreparedRecord prepared, ImsAction action)
    {
        var id = prepared.Id;
        var what = new ActionText(action);
        switch (prepared.Route)
        {
            case Route.Excluded:
                return FindingCatalogue.ActionOnExcludedRecord.For(id, what);
            case Route.Direct when prepared.RuleSet == RuleSet.PreIms:
                return FindingCatalogue.ActionOnPreImsRecord.For(id, what, prepared.Period);
            case Route.Direct or Route.PlaceOfSupply or Route.TimeBarred or Route.IsdIneligible:
                return BypassOf(prepared).For(id, what);
            case Route.Ims or Route.NotFiled:
                break;
        }

        if (action.At < FirstActionInstant)
        {
            return FindingCatalogue.ActionBeforeImsStart.For(id, what);
        }

        if (action.At < prepared.VisibleFrom)
        {
            return FindingCatalogue.ActionBeforeVisible.For(id, what, Text(prepared.VisibleFrom));
        }

        if (action.Action == ActionKind.Reject && prepared.IsBillOfEntry)
        {
            return FindingCatalogue.RejectNotAllowed.For(id, what);
        }

        return null;
    }

    private static FindingTemplate BypassOf(PreparedRecord prepared) => PublicRoute(prepared) switch
    {
        RecordRoute.PlaceOfSupply => FindingCatalogue.BypassPlaceOfSupply,
        RecordRoute.TimeBarred => FindingCatalogue.BypassTimeBarred,
        RecordRoute.Isd or RecordRoute.IsdIneligible => FindingCatalogue.BypassIsd,
        RecordRoute.ReverseCharge => FindingCatalogue.BypassReverseCharge,
        RecordRoute.NonResident => FindingCatalogue.BypassGstr5,
        RecordRoute.ImportBeforeIms => FindingCatalogue.BypassImportBefore2025,
        _ => FindingCatalogue.BypassOther,
    };

    /// <summary>The route as the public answer names it: <see cref="Route.Direct"/> told apart by why the record skips IMS (R4, R6, R7).</summary>
    internal static RecordRoute PublicRoute(PreparedRecord prepared) => prepared.Route switch
    {
        Route.Ims => RecordRoute.Ims,
        Route.NotFiled => RecordRoute.NotFiled,
        Route.PlaceOfSupply => RecordRoute.PlaceOfSupply,
        Route.TimeBarred => RecordRoute.TimeBarred,
        Route.IsdIneligible => RecordRoute.IsdIneligible,
        Route.Excluded => RecordRoute.LeftOut,
        Route.Direct when prepared.Record.Form == SupplierForm.Gstr6 => RecordRoute.Isd,
        Route.Direct when prepared.IsBillOfEntry => RecordRoute.ImportBeforeIms,
        Route.Direct when prepared.Record.ReverseCharge => RecordRoute.ReverseCharge,
        Route.Direct when prepared.Record.Form == SupplierForm.Gstr5 => RecordRoute.NonResident,
        Route.Direct => RecordRoute.BeforeIms,
    };

    // The rule IDs of each route, built once: every decision names them.
    private static readonly ImmutableArray<string> ImsRouteRules = [RuleIds.R1];
    private static readonly ImmutableArray<string> NotFiledRouteRules = [RuleIds.R9];
    private static readonly ImmutableArray<string> BypassRouteRules = [RuleIds.R4];
    private static readonly ImmutableArray<string> ImportRouteRules = [RuleIds.R4, RuleIds.R7];
    private static readonly ImmutableArray<string> BeforeImsRouteRules = [RuleIds.R6];
    private static readonly ImmutableArray<string> PlaceOfSupplyRouteRules = [RuleIds.R3];
    private static readonly ImmutableArray<string> TimeBarredRouteRules = [RuleIds.R3, RuleIds.R36, RuleIds.R35];

    /// <summary>The rule IDs that decide each route.</summary>
    internal static ImmutableArray<string> RouteRules(RecordRoute route) => route switch
    {
        RecordRoute.Ims => ImsRouteRules,
        RecordRoute.NotFiled => NotFiledRouteRules,
        RecordRoute.ReverseCharge or RecordRoute.Isd or RecordRoute.IsdIneligible or RecordRoute.NonResident => BypassRouteRules,
        RecordRoute.ImportBeforeIms => ImportRouteRules,
        RecordRoute.BeforeIms => BeforeImsRouteRules,
        RecordRoute.PlaceOfSupply => PlaceOfSupplyRouteRules,
        RecordRoute.TimeBarred => TimeBarredRouteRules,
        _ => [],
    };

    private static void AddError(PreparedRecord prepared, Finding finding)
    {
        prepared.Route = Route.Excluded;
        prepared.AddFinding(null, finding);
    }

    internal static string Word(ActionKind action) => action switch
    {
        ActionKind.Accept => "Accept",
        ActionKind.Reject => "Reject",
        ActionKind.Pending => "Pending",
        ActionKind.NoAction => "No action",
        _ => "action",
    };

    /// <summary>An instant as findings show it, in IST to the minute: <c>2025-10-11T18:30+05:30</c>.</summary>
    internal static string Text(Instant instant)
    {
        var local = IndianTime.InIst(instant).LocalDateTime;
        if (local.Year < 0)
        {
            return IndianTime.InIst(instant).ToString("uuuu-MM-dd'T'HH:mmo<m>", CultureInfo.InvariantCulture);
        }

        return string.Create(22, local, static (text, time) =>
        {
            Digits(text[..4], time.Year);
            text[4] = '-';
            Digits(text.Slice(5, 2), time.Month);
            text[7] = '-';
            Digits(text.Slice(8, 2), time.Day);
            text[10] = 'T';
            Digits(text.Slice(11, 2), time.Hour);
            text[13] = ':';
            Digits(text.Slice(14, 2), time.Minute);
            "+05:30".CopyTo(text[16..]);
        });
    }

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    internal static string Iso(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");
}
