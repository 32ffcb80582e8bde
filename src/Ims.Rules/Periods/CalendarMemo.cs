using NodaTime;

namespace Ims.Rules;

/// <summary>
/// The calendar's answers for one pass over a case's records, remembered by filing day, month and financial year:
/// a year has a few hundred filing days and a case may have millions of records, so each answer is worked out once.
/// The answers are the calendar's own (<see cref="ImsCalendar"/> decides every rule); this only remembers them.
/// Not thread-safe: it belongs to one preparation of a case.
/// </summary>
internal sealed class CalendarMemo(ImsCalendar calendar)
{
    // Each memo is a window of consecutive days, months or years around the first one asked; answers outside it are worked out each time.
    private const int Days = 1024;
    private const int Months = 128;
    private const int Years = 16;
    private const long TicksPerDay = 864_000_000_000;
    private static readonly long OffsetTicks = IndianTime.Offset.Ticks;

    private readonly YearMonth?[]?[] _windowMonths = new YearMonth?[]?[5];
    private LocalDate?[]? _dates;
    private long? _firstDay;
    private ReturnPeriod?[]? _periods;
    private int _firstMonth;
    private LocalDate?[]? _timeLimits;
    private int _firstYear;

    /// <summary>The calendar.</summary>
    public ImsCalendar Calendar => calendar;

    /// <inheritdoc cref="IndianTime.DateOf"/>
    public LocalDate DateOf(Instant instant)
    {
        if (DayIndex(instant) is not { } i)
        {
            return IndianTime.DateOf(instant);
        }

        _dates ??= new LocalDate?[Days];
        return _dates[i] ??= IndianTime.DateOf(instant);
    }

    /// <inheritdoc cref="ImsCalendar.NaturalMonth(InwardRecord)"/>
    public YearMonth? NaturalMonth(InwardRecord record)
    {
        if (record.Form == SupplierForm.Icegate || record.FiledAt is not { } filedAt || DayIndex(filedAt) is not { } day)
        {
            return calendar.NaturalMonth(record);
        }

        // The window depends on the form's return, and for GSTR-1 on the supplier's frequency: five kinds.
        var kind = record.Form switch
        {
            SupplierForm.Gstr1 or SupplierForm.Gstr1A => record.SupplierFrequency == ReturnFrequency.Monthly ? 0 : 1,
            SupplierForm.Iff => 2,
            SupplierForm.Gstr5 => 3,
            _ => 4,
        };
        var months = _windowMonths[kind] ??= new YearMonth?[Days];
        return ImsCalendar.NaturalMonth(record, months[day] ??= calendar.WindowMonth(record.Form, record.SupplierFrequency, DateOf(filedAt)));
    }

    /// <inheritdoc cref="ImsCalendar.StatementPeriodOf"/>
    public ReturnPeriod StatementPeriodOf(YearMonth month)
    {
        var number = MonthNumber(month);
        if (_periods is null)
        {
            _periods = new ReturnPeriod?[Months];
            _firstMonth = number - (Months / 2);
        }

        var i = number - _firstMonth;
        return i is >= 0 and < Months ? _periods[i] ??= calendar.StatementPeriodOf(month) : calendar.StatementPeriodOf(month);
    }

    /// <inheritdoc cref="ImsCalendar.TimeLimit"/>
    public LocalDate TimeLimit(LocalDate documentDate)
    {
        var year = documentDate.Month >= 4 ? documentDate.Year : documentDate.Year - 1;
        if (_timeLimits is null)
        {
            _timeLimits = new LocalDate?[Years];
            _firstYear = year - (Years / 2);
        }

        var i = year - _firstYear;
        return i is >= 0 and < Years ? _timeLimits[i] ??= calendar.TimeLimit(documentDate) : calendar.TimeLimit(documentDate);
    }

    /// <summary>The instant's Indian day as an index into the day memos, or null outside their window.</summary>
    private int? DayIndex(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks() + OffsetTicks;
        if (ticks < 0)
        {
            return null;
        }

        var day = ticks / TicksPerDay;
        _firstDay ??= day - (Days / 2);
        var i = day - _firstDay.Value;
        return i is >= 0 and < Days ? (int)i : null;
    }

    private static int MonthNumber(YearMonth month) => (month.Year * 12) + month.Month;
}
