using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// The recipient's return calendar: which period a record falls in, when statements are
/// generated, when GSTR-3B is due and was filed, and the section 16(4) deadline.
/// All dates are Indian dates; all instants come from the case, never from a clock.
/// </summary>
public sealed class ImsCalendar
{
    /// <summary>The first GSTR-2B period built from IMS actions (R1, R6).</summary>
    public static readonly YearMonth FirstImsMonth = new(2024, 10);

    /// <summary>The first period of the October 2025 changes (R24, R26, R7).</summary>
    public static readonly YearMonth FirstIms2025Month = new(2025, 10);

    /// <summary>The first day IMS accepted actions (R1).</summary>
    public static readonly LocalDate FirstActionDate = new(2024, 10, 14);

    // The months above as periods: a period starting before one of them is before it (compared without dates).
    private static readonly ReturnPeriod FirstImsPeriod = ReturnPeriod.Month(FirstImsMonth);
    private static readonly ReturnPeriod FirstIms2025Period = ReturnPeriod.Month(FirstIms2025Month);

    private readonly ImmutableArray<FrequencyChange> _profile;
    private readonly Dictionary<(ExtendedReturn, YearMonth), LocalDate> _extensions;
    private readonly Filings _filings;
    private readonly Dictionary<YearMonth, Instant> _gstr3b;
    private readonly Dictionary<FinancialYear, LocalDate> _annualReturn;
    private readonly ImsPolicies _policies;
    private readonly StateGroup _defaultGroup;

    /// <summary>Creates the calendar of a case.</summary>
    /// <param name="imsCase">The case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    public ImsCalendar(ImsCase imsCase)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        _filings = imsCase.Filings ?? Filings.None;
        _policies = imsCase.Policies ?? ImsPolicies.Default;
        var gstin = imsCase.Recipient.Gstin;
        _defaultGroup = gstin.ToString().Length == 15 ? StateGroups.Of(gstin.State) : StateGroup.A;
        _profile = NormaliseProfile(imsCase.Recipient.Profile.IsDefault ? [] : imsCase.Recipient.Profile);
        var ignored = new List<(string, string)>();
        _extensions = new Dictionary<(ExtendedReturn, YearMonth), LocalDate>();
        foreach (var extension in _filings.DueDateExtensions.IsDefault ? [] : _filings.DueDateExtensions)
        {
            if (extension is null)
            {
                continue;
            }

            if (!IndianTime.IsSupported(extension.DueDate) || extension.Period.Year is < 2000 or >= 9000)
            {
                ignored.Add(($"{extension.Return} due-date extension for {extension.Period}", extension.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
                continue;
            }

            _extensions[(extension.Return, extension.Period)] = extension.DueDate;
        }

        _gstr3b = new Dictionary<YearMonth, Instant>();
        foreach (var (period, filed) in _filings.Gstr3b ?? ImmutableDictionary<YearMonth, Instant>.Empty)
        {
            if (IndianTime.IsSupported(filed) && period.Year is >= 2000 and < 9000)
            {
                _gstr3b[period] = filed;
            }
            else
            {
                ignored.Add(($"GSTR-3B filing for {period}", filed.ToString()));
            }
        }

        _annualReturn = new Dictionary<FinancialYear, LocalDate>();
        foreach (var (year, filed) in _filings.AnnualReturn ?? ImmutableDictionary<FinancialYear, LocalDate>.Empty)
        {
            _annualReturn[year] = filed;
        }

        Ignored = [.. ignored];
    }

    /// <summary>Filings and extensions left out because their instant or date is outside the years 2000–8999: what, and the value.</summary>
    internal ImmutableArray<(string What, string Value)> Ignored { get; }

    /// <summary>The first month of the recipient's profile, or <see langword="null"/> when the profile is empty.</summary>
    public YearMonth? FirstMonth => _profile.IsEmpty ? null : _profile[0].From;

    /// <summary>The profile with every change moved to the quarter start where it takes effect, earliest first.</summary>
    public ImmutableArray<FrequencyChange> EffectiveProfile => _profile;

    /// <summary>The rule set of a statement period: decided by the period, never by a document date.</summary>
    /// <param name="period">The statement period.</param>
    /// <returns>The rule set.</returns>
    public static RuleSet RuleSetOf(ReturnPeriod period) =>
        period < FirstImsPeriod ? RuleSet.PreIms
        : period < FirstIms2025Period ? RuleSet.Ims2024
        : RuleSet.Ims2025;

    /// <summary>The recipient's return frequency in a month (monthly before the profile starts).</summary>
    /// <param name="month">The month.</param>
    /// <returns>Monthly or quarterly.</returns>
    public ReturnFrequency FrequencyAt(YearMonth month) => EntryAt(month)?.Frequency ?? ReturnFrequency.Monthly;

    /// <summary>The group that sets a quarterly GSTR-3B due date in a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The group of the profile entry in force, else (none given, or before the profile starts) the one of the recipient's state.</returns>
    public StateGroup StateGroupAt(YearMonth month) => EntryAt(month)?.StateGroup ?? _defaultGroup;

    /// <summary>The return period (the GSTR-3B unit) that contains a month: the month, or its quarter for a quarterly recipient.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The return period.</returns>
    public ReturnPeriod ReturnPeriodOf(YearMonth month) => ReturnPeriod.Containing(month, FrequencyAt(month));

    /// <summary>
    /// The statement (GSTR-2B) period that contains a month: the return period, or the month
    /// itself for a quarterly recipient under the <c>qrmpMonthlyStatements</c> policy (R34).
    /// </summary>
    /// <param name="month">The month.</param>
    /// <returns>The statement period.</returns>
    public ReturnPeriod StatementPeriodOf(YearMonth month) =>
        _policies.QrmpStatements == QrmpStatementsPolicy.Monthly ? ReturnPeriod.Month(month) : ReturnPeriodOf(month);

    /// <summary>The statement period after <paramref name="period"/>.</summary>
    /// <param name="period">A statement period.</param>
    /// <returns>The next one.</returns>
    public ReturnPeriod NextStatementPeriod(ReturnPeriod period) => StatementPeriodOf(period.End.PlusMonths(1));

    /// <summary>The return period before the one that holds <paramref name="period"/>.</summary>
    /// <param name="period">A statement period.</param>
    /// <returns>The previous return period; <see langword="null"/> before January 2000.</returns>
    public ReturnPeriod? PreviousReturnPeriod(ReturnPeriod period)
    {
        var start = ReturnPeriodOf(period.Start).Start;
        return start.Year == 2000 && start.Month == 1 ? null : ReturnPeriodOf(start.PlusMonths(-1));
    }

    /// <summary>When the statement of a period is generated: 00:00 IST on the 14th after its last month (R28), later when a filing window was extended past the 13th.</summary>
    /// <param name="period">The statement period.</param>
    /// <returns>The generation instant.</returns>
    public Instant GenerationInstant(ReturnPeriod period)
    {
        var month = period.End;
        var day = month.PlusMonths(1).OnDayOfMonth(14);
        foreach (var form in (ReadOnlySpan<ExtendedReturn>)[ExtendedReturn.Gstr1, ExtendedReturn.Iff, ExtendedReturn.Gstr5, ExtendedReturn.Gstr6])
        {
            if (_extensions.TryGetValue((form, month), out var extended) && extended >= day)
            {
                day = extended.PlusDays(1);
            }
        }

        return IndianTime.StartOf(day);
    }

    /// <summary>The GSTR-3B due date of a return period: the 20th after a month; the 22nd or 24th after a quarter by state group; or the notified extension.</summary>
    /// <param name="returnPeriod">The return period (a month, or a quarter for a quarterly recipient).</param>
    /// <returns>The due date.</returns>
    public LocalDate Gstr3bDueDate(ReturnPeriod returnPeriod)
    {
        if (_extensions.TryGetValue((ExtendedReturn.Gstr3b, returnPeriod.Start), out var extended))
        {
            return extended;
        }

        var next = returnPeriod.End.PlusMonths(1);
        if (!returnPeriod.IsQuarter)
        {
            return next.OnDayOfMonth(20);
        }

        return next.OnDayOfMonth(StateGroupAt(returnPeriod.Start) == StateGroup.A ? 22 : 24);
    }

    /// <summary>
    /// The last day a record of <paramref name="period"/> may stay Pending under the one-period
    /// allowance (R25): the GSTR-3B due date of the return period after the one that holds it.
    /// </summary>
    /// <param name="period">The record's statement period.</param>
    /// <returns>The due date, extensions included.</returns>
    public LocalDate OnePeriodPendingDeadline(ReturnPeriod period) =>
        Gstr3bDueDate(ReturnPeriodOf(ReturnPeriodOf(period.Start).End.PlusMonths(1)));

    /// <summary>When GSTR-3B of the return period that holds a statement period was filed; <see langword="null"/> while unfiled.</summary>
    /// <param name="period">A statement or return period.</param>
    /// <returns>The filing instant, which closes the period (R17).</returns>
    public Instant? Gstr3bFiledAt(ReturnPeriod period) =>
        _gstr3b.TryGetValue(ReturnPeriodOf(period.Start).Start, out var filed) ? filed : null;

    /// <summary>
    /// The last day of a supplier form's window for a month (R29): the 11th (monthly GSTR-1) or 13th of the next month, or the extended due date.
    /// An extension only ever moves the end later: one <c>gstr1</c> extension serves monthly and quarterly GSTR-1 alike,
    /// so an extension of the monthly 11th to the 12th leaves a quarterly supplier's 13th as it is.
    /// </summary>
    /// <param name="form">The supplier's form.</param>
    /// <param name="supplierFrequency">The supplier's GSTR-1 frequency.</param>
    /// <param name="month">The recipient month the window belongs to.</param>
    /// <returns>The last day of the window.</returns>
    public LocalDate WindowEnd(SupplierForm form, ReturnFrequency supplierFrequency, YearMonth month)
    {
        var key = form switch
        {
            SupplierForm.Gstr1 or SupplierForm.Gstr1A or SupplierForm.Icegate => ExtendedReturn.Gstr1,
            SupplierForm.Iff => ExtendedReturn.Iff,
            SupplierForm.Gstr5 => ExtendedReturn.Gstr5,
            SupplierForm.Gstr6 => ExtendedReturn.Gstr6,
        };
        var monthlyGstr1 = key == ExtendedReturn.Gstr1 && supplierFrequency == ReturnFrequency.Monthly;
        var dueDate = month.PlusMonths(1).OnDayOfMonth(monthlyGstr1 ? 11 : 13);
        return _extensions.TryGetValue((key, month), out var extended) && extended > dueDate ? extended : dueDate;
    }

    /// <summary>The recipient month whose window holds a filing date (R29, R30): filing time alone decides, not the document date.</summary>
    /// <param name="form">The supplier's form.</param>
    /// <param name="supplierFrequency">The supplier's GSTR-1 frequency.</param>
    /// <param name="filedOn">The Indian date of filing.</param>
    /// <returns>The month.</returns>
    public YearMonth WindowMonth(SupplierForm form, ReturnFrequency supplierFrequency, LocalDate filedOn)
    {
        if (_extensions.Count == 0)
        {
            // No extension: the window of month M ends on the 11th (monthly GSTR-1) or the 13th of M+1.
            var endDay = form is SupplierForm.Gstr1 or SupplierForm.Gstr1A or SupplierForm.Icegate && supplierFrequency == ReturnFrequency.Monthly ? 11 : 13;
            return filedOn.Day > endDay ? filedOn.ToYearMonth() : filedOn.ToYearMonth().PlusMonths(-1);
        }

        var month = filedOn.ToYearMonth().PlusMonths(-1);
        if (filedOn > WindowEnd(form, supplierFrequency, month))
        {
            month = month.PlusMonths(1);
        }
        else if (filedOn <= WindowEnd(form, supplierFrequency, month.PlusMonths(-1)))
        {
            month = month.PlusMonths(-1); // an extended earlier window still open
        }

        return month;
    }

    /// <summary>
    /// The recipient month a record belongs to (R29–R31, R34b): by the filing window of its
    /// form; GSTR-1A to the next open statement after the supplier's period; ICEGATE by
    /// reference date. <see langword="null"/> for a record that was never filed (R9).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The month, or <see langword="null"/>.</returns>
    public YearMonth? NaturalMonth(InwardRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Form == SupplierForm.Icegate)
        {
            return (record.ReferenceDate ?? record.Date).ToYearMonth();
        }

        if (record.FiledAt is not { } filedAt)
        {
            return null;
        }

        return NaturalMonth(record, WindowMonth(record.Form, record.SupplierFrequency, IndianTime.DateOf(filedAt)));
    }

    /// <summary>The recipient month of a filed record, not from ICEGATE, whose filing falls in the window of <paramref name="windowMonth"/> (R29–R31).</summary>
    internal static YearMonth NaturalMonth(InwardRecord record, YearMonth windowMonth)
    {
        if (record.Form == SupplierForm.Gstr1A && record.SupplierPeriod is { } supplierPeriod)
        {
            var next = supplierPeriod.End.PlusMonths(1);
            return windowMonth < next ? next : windowMonth;
        }

        return windowMonth;
    }

    /// <summary>
    /// The section 16(4) deadline for a document dated <paramref name="documentDate"/> (R35):
    /// 30 November after its financial year (from FY 2021-22), or the GSTR-3B due date for
    /// the September after it (earlier years); the annual return's filing date when earlier,
    /// unless the <c>timeBarCutoff</c> policy ignores it.
    /// </summary>
    /// <param name="documentDate">The invoice or debit note date.</param>
    /// <returns>The last day ITC may be availed.</returns>
    public LocalDate TimeLimit(LocalDate documentDate)
    {
        var year = FinancialYear.Of(documentDate);
        var deadline = year.StartYear >= 2021
            ? new LocalDate(year.StartYear + 1, 11, 30)
            : Gstr3bDueDate(ReturnPeriodOf(new YearMonth(year.StartYear + 1, 9)));
        if (_policies.TimeBarCutoff == TimeBarCutoffPolicy.Statutory
            && _annualReturn.TryGetValue(year, out var annual) && annual < deadline)
        {
            deadline = annual;
        }

        return deadline;
    }

    private FrequencyChange? EntryAt(YearMonth month)
    {
        FrequencyChange? found = null;
        foreach (var entry in _profile)
        {
            if (entry.From > month)
            {
                break;
            }

            found = entry;
        }

        return found;
    }

    private static ImmutableArray<FrequencyChange> NormaliseProfile(ImmutableArray<FrequencyChange> profile, SortedSet<YearMonth>? overlapping = null)
    {
        var ordered = Ordered(profile);
        var result = ImmutableArray.CreateBuilder<FrequencyChange>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            var changesQuarterly = i == 0
                ? entry.Frequency == ReturnFrequency.Quarterly
                : entry.Frequency != ordered[i - 1].Frequency;
            if (changesQuarterly && (entry.From.Month - 1) % 3 != 0)
            {
                entry = entry with { From = ReturnPeriod.QuarterOf(entry.From).Start.PlusMonths(3) };
            }

            if (result.Count > 0 && result[^1].From >= entry.From)
            {
                overlapping?.Add(ordered[i].From);
                result[^1] = entry;
            }
            else
            {
                result.Add(entry);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Whether a profile entry as given starts a quarterly frequency (or leaves it) away from a quarter start.</summary>
    /// <param name="profile">The profile as given.</param>
    /// <returns>The entries that were moved to the next quarter start.</returns>
    /// <summary>
    /// The profile in a fixed order whatever the input's: by month, then frequency and state group, so that
    /// entries that repeat a month (an error, <see cref="OverlappingMonths"/>) always resolve the same way.
    /// </summary>
    private static List<FrequencyChange> Ordered(ImmutableArray<FrequencyChange> profile) =>
        profile.IsDefault ? []
        : profile.Length == 1 ? profile[0] is { } only ? [only] : []
        : [.. profile.Where(entry => entry is not null).OrderBy(entry => entry.From).ThenBy(entry => entry.Frequency).ThenBy(entry => entry.StateGroup)];

    /// <summary>Months the profile gives more than once, or where a change moved to its quarter start meets or passes a later entry.</summary>
    internal static List<YearMonth> OverlappingMonths(ImmutableArray<FrequencyChange> profile)
    {
        var overlapping = new SortedSet<YearMonth>();
        NormaliseProfile(profile, overlapping);
        return [.. overlapping];
    }

    internal static IEnumerable<FrequencyChange> MisalignedChanges(ImmutableArray<FrequencyChange> profile)
    {
        var ordered = Ordered(profile);
        for (var i = 0; i < ordered.Count; i++)
        {
            var changes = i == 0 ? ordered[i].Frequency == ReturnFrequency.Quarterly : ordered[i].Frequency != ordered[i - 1].Frequency;
            if (changes && (ordered[i].From.Month - 1) % 3 != 0)
            {
                yield return ordered[i];
            }
        }
    }
}
