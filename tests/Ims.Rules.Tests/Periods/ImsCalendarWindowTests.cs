using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;
using static Ims.Rules.Tests.Support.Calendars;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Periods;

/// <summary>R29–R31 and R34(b): which recipient month a supplier's filing falls in.</summary>
public sealed class ImsCalendarWindowTests
{
    private readonly ImsCalendar _calendar = Monthly();

    [Theory]
    [InlineData("2025-11-11", "2025-10")]
    [InlineData("2025-11-12", "2025-11")]
    [InlineData("2025-10-12", "2025-10")]
    [InlineData("2025-10-11", "2025-09")]
    [InlineData("2025-11-01", "2025-10")]
    [InlineData("2025-11-30", "2025-11")]
    [InlineData("2026-01-11", "2025-12")]
    [InlineData("2026-01-12", "2026-01")]
    public void WindowMonth_R29_MonthlyGstr1_Window12thTo11th(string filedOn, string month)
    {
        _calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Monthly, Date(filedOn)).Should().Be(Ym(month));
    }

    [Fact]
    public void WindowMonth_R29_MonthlyGstr1FiledOn11th_BelongsToPreviousMonth()
    {
        _calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Monthly, Date("2025-11-11")).Should().Be(Ym("2025-10"));
    }

    [Theory]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Monthly)]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Monthly)]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Monthly)]
    public void WindowMonth_R29_IffGstr5Gstr6AndQuarterlyGstr1_Window14thTo13th(SupplierForm form, ReturnFrequency frequency)
    {
        _calendar.WindowMonth(form, frequency, Date("2025-11-11")).Should().Be(Ym("2025-10"));
        _calendar.WindowMonth(form, frequency, Date("2025-11-12")).Should().Be(Ym("2025-10"));
        _calendar.WindowMonth(form, frequency, Date("2025-11-13")).Should().Be(Ym("2025-10"));
        _calendar.WindowMonth(form, frequency, Date("2025-11-14")).Should().Be(Ym("2025-11"));
        _calendar.WindowMonth(form, frequency, Date("2025-10-14")).Should().Be(Ym("2025-10"));
        _calendar.WindowMonth(form, frequency, Date("2025-10-13")).Should().Be(Ym("2025-09"));
    }

    [Theory]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Monthly, "2025-11-11")]
    [InlineData(SupplierForm.Gstr1A, ReturnFrequency.Monthly, "2025-11-11")]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Quarterly, "2025-11-13")]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Quarterly, "2025-11-13")]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Monthly, "2025-11-13")]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Monthly, "2025-11-13")]
    public void WindowEnd_R29_NoExtension_Is11thOr13thOfTheNextMonth(SupplierForm form, ReturnFrequency frequency, string end)
    {
        _calendar.WindowEnd(form, frequency, Ym("2025-10")).Should().Be(Date(end));
    }

    [Fact]
    public void WindowEnd_R29_DecemberWindow_EndsInJanuaryOfTheNextYear()
    {
        _calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-12")).Should().Be(Date("2026-01-11"));
        _calendar.WindowEnd(SupplierForm.Iff, ReturnFrequency.Quarterly, Ym("2025-12")).Should().Be(Date("2026-01-13"));
    }

    [Theory]
    [InlineData("2025-11-11T23:59", "2025-10")]
    [InlineData("2025-11-12T00:00", "2025-11")]
    [InlineData("2025-10-11T23:59", "2025-09")]
    [InlineData("2025-10-12T00:00", "2025-10")]
    public void NaturalMonth_R29_MonthlyGstr1AroundIstMidnightOfThe11th(string filed, string month)
    {
        _calendar.NaturalMonth(Filed(SupplierForm.Gstr1, filed)).Should().Be(Ym(month));
    }

    [Theory]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Quarterly, "2025-11-13T23:59", "2025-10")]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Quarterly, "2025-11-14T00:00", "2025-11")]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Quarterly, "2025-10-13T23:59", "2025-09")]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Quarterly, "2025-10-14T00:00", "2025-10")]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Monthly, "2025-11-13T23:59", "2025-10")]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Monthly, "2025-11-14T00:00", "2025-11")]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Monthly, "2025-11-13T23:59", "2025-10")]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Monthly, "2025-11-14T00:00", "2025-11")]
    public void NaturalMonth_R29_14thTo13thFormsAroundIstMidnightOfThe13th(SupplierForm form, ReturnFrequency frequency, string filed, string month)
    {
        _calendar.NaturalMonth(Filed(form, filed, frequency)).Should().Be(Ym(month));
    }

    [Fact]
    public void NaturalMonth_R29_FilingTimeIsReadInIstNotUtc()
    {
        // 18:29:59Z on the 11th is 23:59:59 IST on the 11th; 18:30Z is already 00:00 IST on the 12th.
        var lastSecond = Filed(SupplierForm.Gstr1, "2025-11-11") with { FiledAt = Instant.FromUtc(2025, 11, 11, 18, 29, 59) };
        var nextDay = Filed(SupplierForm.Gstr1, "2025-11-11") with { FiledAt = Instant.FromUtc(2025, 11, 11, 18, 30, 0) };
        var lastTick = Filed(SupplierForm.Gstr1, "2025-11-11") with { FiledAt = IndianTime.EndOf(Date("2025-11-11")) - Duration.Epsilon };

        _calendar.NaturalMonth(lastSecond).Should().Be(Ym("2025-10"));
        _calendar.NaturalMonth(lastTick).Should().Be(Ym("2025-10"));
        _calendar.NaturalMonth(nextDay).Should().Be(Ym("2025-11"));
    }

    [Fact]
    public void WindowMonth_S37_Jan2021MonthlyGstr1Window_12JanTo11Feb()
    {
        const SupplierForm form = SupplierForm.Gstr1;
        const ReturnFrequency monthly = ReturnFrequency.Monthly;

        _calendar.WindowEnd(form, monthly, Ym("2020-12")).Should().Be(Date("2021-01-11"));
        _calendar.WindowEnd(form, monthly, Ym("2021-01")).Should().Be(Date("2021-02-11"));
        _calendar.WindowMonth(form, monthly, Date("2021-01-11")).Should().Be(Ym("2020-12"));
        _calendar.WindowMonth(form, monthly, Date("2021-01-12")).Should().Be(Ym("2021-01"));
        _calendar.WindowMonth(form, monthly, Date("2021-02-11")).Should().Be(Ym("2021-01"));
        _calendar.WindowMonth(form, monthly, Date("2021-02-12")).Should().Be(Ym("2021-02"));
    }

    [Theory]
    [InlineData(SupplierForm.Gstr1, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Iff, ReturnFrequency.Quarterly)]
    [InlineData(SupplierForm.Gstr5, ReturnFrequency.Monthly)]
    [InlineData(SupplierForm.Gstr6, ReturnFrequency.Monthly)]
    public void WindowMonth_S37_Jan2021QuarterlyIffGstr5Gstr6Window_14JanTo13Feb(SupplierForm form, ReturnFrequency frequency)
    {
        _calendar.WindowEnd(form, frequency, Ym("2020-12")).Should().Be(Date("2021-01-13"));
        _calendar.WindowEnd(form, frequency, Ym("2021-01")).Should().Be(Date("2021-02-13"));
        _calendar.WindowMonth(form, frequency, Date("2021-01-13")).Should().Be(Ym("2020-12"));
        _calendar.WindowMonth(form, frequency, Date("2021-01-14")).Should().Be(Ym("2021-01"));
        _calendar.WindowMonth(form, frequency, Date("2021-02-13")).Should().Be(Ym("2021-01"));
        _calendar.WindowMonth(form, frequency, Date("2021-02-14")).Should().Be(Ym("2021-02"));
    }

    [Fact]
    public void NaturalMonth_S36_OldInvoiceInJuly2020Gstr1FiledOn11August_IsJuly2020()
    {
        var record = Filed(SupplierForm.Gstr1, "2020-08-11T17:00", supplierPeriod: "2020-07", date: "2020-05-15");

        _calendar.NaturalMonth(record).Should().Be(Ym("2020-07"));
    }

    [Fact]
    public void NaturalMonth_R30_DocumentDateDoesNotPlaceTheRecord()
    {
        var old = Filed(SupplierForm.Gstr1, "2025-11-10T12:00", date: "2024-01-15");
        var future = Filed(SupplierForm.Gstr1, "2025-11-10T12:00", date: "2025-12-31");

        _calendar.NaturalMonth(old).Should().Be(Ym("2025-10"));
        _calendar.NaturalMonth(future).Should().Be(Ym("2025-10"));
    }

    [Fact]
    public void NaturalMonth_R30_SupplierPeriodDoesNotPlaceARegularGstr1()
    {
        // A GSTR-1 for September filed in the October window goes to October's statement.
        var late = Filed(SupplierForm.Gstr1, "2025-10-25T12:00", supplierPeriod: "2025-09");

        _calendar.NaturalMonth(late).Should().Be(Ym("2025-10"));
    }

    [Theory]
    [InlineData("2025-08-20T12:00", "2025-08")]
    [InlineData("2025-08-12T00:00", "2025-08")]
    [InlineData("2025-09-11T23:59", "2025-08")]
    [InlineData("2025-09-12T00:00", "2025-09")]
    public void NaturalMonth_S38_July2025Gstr1FiledLate_FallsInTheFilingMonthsWindow(string filed, string month)
    {
        var record = Filed(SupplierForm.Gstr1, filed, supplierPeriod: "2025-07");

        _calendar.NaturalMonth(record).Should().Be(Ym(month));
    }

    [Fact]
    public void GenerationInstant_S38_August2025_Is14September2025()
    {
        _calendar.GenerationInstant(Month("2025-08")).Should().Be(Ist("2025-09-14"));
        _calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-08")).Should().Be(Date("2025-09-11"));
        _calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-07")).Should().Be(Date("2025-08-11"));
    }

    [Fact]
    public void NaturalMonth_S39_QrmpSupplierIffForApril2026FiledOn13May_IsApril2026()
    {
        var onThe13th = Filed(SupplierForm.Iff, "2026-05-13T22:00", ReturnFrequency.Quarterly, "2026-04");
        var onThe14th = Filed(SupplierForm.Iff, "2026-05-14T00:00", ReturnFrequency.Quarterly, "2026-04");

        _calendar.NaturalMonth(onThe13th).Should().Be(Ym("2026-04"));
        _calendar.NaturalMonth(onThe14th).Should().Be(Ym("2026-05"));
        _calendar.GenerationInstant(Month("2026-04")).Should().Be(Ist("2026-05-14"));
    }

    [Fact]
    public void NaturalMonth_R34_QrmpSupplierQuarterlyGstr1_ReachesTheQuartersLastMonth()
    {
        var quarterly = Filed(SupplierForm.Gstr1, "2025-10-13T20:00", ReturnFrequency.Quarterly, "2025-07");

        _calendar.NaturalMonth(quarterly).Should().Be(Ym("2025-09"));
    }

    [Fact]
    public void NaturalMonth_R31_S24_Sep2025Gstr1AFiledOn14October_IsOctober2025()
    {
        var creditNote = Filed(SupplierForm.Gstr1A, "2025-10-14T12:00", supplierPeriod: "2025-09", date: "2025-09-20")
            with { Kind = RecordKind.CreditNote };

        _calendar.NaturalMonth(creditNote).Should().Be(Ym("2025-10"));
        ImsCalendar.RuleSetOf(_calendar.StatementPeriodOf(Ym("2025-10"))).Should().Be(RuleSet.Ims2025);
    }

    [Fact]
    public void NaturalMonth_R31_S42_Gstr1AForNovemberFiledOn15December_IsDecemberGeneratedOn14January()
    {
        var record = Filed(SupplierForm.Gstr1A, "2025-12-15T12:00", supplierPeriod: "2025-11");

        var month = _calendar.NaturalMonth(record);

        month.Should().Be(Ym("2025-12"));
        _calendar.GenerationInstant(_calendar.StatementPeriodOf(month!.Value)).Should().Be(Ist("2026-01-14"));
    }

    [Theory]
    [InlineData("2025-10-05T12:00")]
    [InlineData("2025-10-11T23:59")]
    [InlineData("2025-09-30T12:00")]
    public void NaturalMonth_R31_Gstr1AFiledInsideItsOwnPeriodsWindow_StillGoesToTheNextPeriod(string filed)
    {
        // GSTR-1A cannot reach the statement of its own period: at the earliest, the next one.
        var record = Filed(SupplierForm.Gstr1A, filed, supplierPeriod: "2025-09");

        _calendar.NaturalMonth(record).Should().Be(Ym("2025-10"));
    }

    [Fact]
    public void NaturalMonth_R31_Gstr1AFiledLate_GoesToTheFilingWindow()
    {
        var record = Filed(SupplierForm.Gstr1A, "2025-11-20T12:00", supplierPeriod: "2025-09");

        _calendar.NaturalMonth(record).Should().Be(Ym("2025-11"));
    }

    [Fact]
    public void NaturalMonth_R31_QuarterlySupplierGstr1A_GoesAfterTheQuarter()
    {
        var record = Filed(SupplierForm.Gstr1A, "2025-10-20T12:00", ReturnFrequency.Quarterly, supplierPeriod: "2025-07") with
        {
            SupplierPeriod = Quarter("2025-07"),
        };

        _calendar.NaturalMonth(record).Should().Be(Ym("2025-10"));
    }

    [Fact]
    public void NaturalMonth_R31_Gstr1AWithoutSupplierPeriod_UsesItsFilingWindow()
    {
        var record = Filed(SupplierForm.Gstr1A, "2025-11-10T12:00");

        _calendar.NaturalMonth(record).Should().Be(Ym("2025-10"));
    }

    [Theory]
    [InlineData("2025-09-05", "2025-09")]
    [InlineData("2025-10-05", "2025-10")]
    [InlineData("2025-09-30", "2025-09")]
    [InlineData("2025-10-01", "2025-10")]
    public void NaturalMonth_S8_BillOfEntry_PlacedByIcegateReferenceDate(string referenceDate, string month)
    {
        _calendar.NaturalMonth(BillOfEntry("b1", referenceDate)).Should().Be(Ym(month));
    }

    [Fact]
    public void NaturalMonth_S8_BillOfEntryReceivedInTheNextMonth_StaysInItsReferenceMonth()
    {
        var lateArrival = BillOfEntry("b1", "2025-09-28") with { SavedAt = Ist("2025-10-12T10:00"), FiledAt = Ist("2025-10-12T10:00") };

        _calendar.NaturalMonth(lateArrival).Should().Be(Ym("2025-09"));
    }

    [Fact]
    public void NaturalMonth_BillOfEntryWithoutReferenceDate_UsesItsDate()
    {
        var record = BillOfEntry("b1", "2025-10-05") with { ReferenceDate = null, Date = Date("2025-09-29") };

        _calendar.NaturalMonth(record).Should().Be(Ym("2025-09"));
    }

    [Fact]
    public void NaturalMonth_R9_SavedButNeverFiled_IsNull()
    {
        var saved = Filed(SupplierForm.Gstr1, "2025-11-10T12:00") with { FiledAt = null };

        _calendar.NaturalMonth(saved).Should().BeNull();
    }

    [Fact]
    public void NaturalMonth_Null_ThrowsArgumentNullException()
    {
        var place = () => _calendar.NaturalMonth(null!);

        place.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void WindowEnd_R29_Gstr1Extension_MovesTheEndAndTheNextWindowsStart()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr1, "2024-12", "2025-01-13")]);

        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2024-12")).Should().Be(Date("2025-01-13"));
        calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Monthly, Date("2025-01-12")).Should().Be(Ym("2024-12"));
        calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Monthly, Date("2025-01-13")).Should().Be(Ym("2024-12"));
        calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Monthly, Date("2025-01-14")).Should().Be(Ym("2025-01"));
        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-01")).Should().Be(Date("2025-02-11"));
    }

    [Fact]
    public void WindowEnd_R29_Gstr1ExtensionAlsoCoversGstr1A()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr1, "2024-12", "2025-01-13")]);

        calendar.WindowEnd(SupplierForm.Gstr1A, ReturnFrequency.Monthly, Ym("2024-12")).Should().Be(Date("2025-01-13"));
    }

    [Fact]
    public void WindowEnd_R29_IffExtension_MovesOnlyTheIffWindow()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Iff, "2024-12", "2025-01-15")]);

        calendar.WindowEnd(SupplierForm.Iff, ReturnFrequency.Quarterly, Ym("2024-12")).Should().Be(Date("2025-01-15"));
        calendar.WindowMonth(SupplierForm.Iff, ReturnFrequency.Quarterly, Date("2025-01-15")).Should().Be(Ym("2024-12"));
        calendar.WindowMonth(SupplierForm.Iff, ReturnFrequency.Quarterly, Date("2025-01-16")).Should().Be(Ym("2025-01"));
        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2024-12")).Should().Be(Date("2025-01-11"));
        calendar.WindowEnd(SupplierForm.Gstr5, ReturnFrequency.Monthly, Ym("2024-12")).Should().Be(Date("2025-01-13"));
        calendar.WindowEnd(SupplierForm.Gstr6, ReturnFrequency.Monthly, Ym("2024-12")).Should().Be(Date("2025-01-13"));
    }

    [Theory]
    [InlineData(ExtendedReturn.Gstr5, SupplierForm.Gstr5)]
    [InlineData(ExtendedReturn.Gstr6, SupplierForm.Gstr6)]
    public void WindowEnd_R29_Gstr5OrGstr6Extension_MovesItsOwnWindow(ExtendedReturn extended, SupplierForm form)
    {
        var calendar = Of(extensions: [Extend(extended, "2025-10", "2025-11-18")]);

        calendar.WindowEnd(form, ReturnFrequency.Monthly, Ym("2025-10")).Should().Be(Date("2025-11-18"));
        calendar.WindowMonth(form, ReturnFrequency.Monthly, Date("2025-11-18")).Should().Be(Ym("2025-10"));
        calendar.WindowMonth(form, ReturnFrequency.Monthly, Date("2025-11-19")).Should().Be(Ym("2025-11"));
        calendar.WindowEnd(SupplierForm.Iff, ReturnFrequency.Quarterly, Ym("2025-10")).Should().Be(Date("2025-11-13"));
    }

    [Fact]
    public void WindowEnd_R29_Gstr3bExtension_DoesNotMoveAnyFilingWindow()
    {
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr3b, "2025-10", "2025-11-25")]);

        foreach (var (form, frequency) in WindowForms)
        {
            calendar.WindowEnd(form, frequency, Ym("2025-10")).Should().Be(_calendar.WindowEnd(form, frequency, Ym("2025-10")));
        }
    }

    [Fact]
    public void WindowEnd_R29_Gstr1ExtensionBelowTheQuarterlyDueDate_DoesNotShortenTheQuarterlyWindow()
    {
        // One "gstr1" extension serves monthly and quarterly GSTR-1 alike: extending the monthly
        // 11th to the 12th must not pull a quarterly supplier's 13th back to the 12th.
        var calendar = Of(extensions: [Extend(ExtendedReturn.Gstr1, "2025-12", "2026-01-12")]);

        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Monthly, Ym("2025-12")).Should().Be(Date("2026-01-12"));
        calendar.WindowEnd(SupplierForm.Gstr1, ReturnFrequency.Quarterly, Ym("2025-12")).Should().Be(Date("2026-01-13"));
        calendar.WindowMonth(SupplierForm.Gstr1, ReturnFrequency.Quarterly, Date("2026-01-13")).Should().Be(Ym("2025-12"));
    }

    [Law(MaxTest = 2000)]
    public Property WindowMonth_R29_AnyDateAndForm_LiesBetweenThePreviousWindowEndAndItsOwn()
    {
        var dates = Gen.Choose(0, 365 * 10).Select(days => new LocalDate(2021, 1, 1).PlusDays(days));
        var forms = Gen.Elements(WindowForms.ToArray());
        var property = Prop.ForAll(Arb.From(dates), Arb.From(forms), (date, pair) =>
        {
            var month = _calendar.WindowMonth(pair.Form, pair.Frequency, date);
            return _calendar.WindowEnd(pair.Form, pair.Frequency, month.PlusMonths(-1)) < date
                && date <= _calendar.WindowEnd(pair.Form, pair.Frequency, month)
                && _calendar.WindowMonth(pair.Form, pair.Frequency, date.PlusDays(1)) >= month;
        });

        return property;
    }

    [Law(MaxTest = 2000)]
    public Property WindowMonth_R29_WithAnyExtensionOfUpToTenDays_StillPartitionsTheDates()
    {
        var extended = Gen.Elements(ExtendedReturn.Gstr1, ExtendedReturn.Iff, ExtendedReturn.Gstr5, ExtendedReturn.Gstr6);
        var cases = from form in extended
                    from monthIndex in Gen.Choose(0, 47)
                    from extraDays in Gen.Choose(0, 10)
                    from dayOffset in Gen.Choose(-40, 40)
                    from pair in Gen.Elements(WindowForms.ToArray())
                    select (form, month: new YearMonth(2024, 1).PlusMonths(monthIndex), extraDays, dayOffset, pair);
        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            var normalEnd = c.month.PlusMonths(1).OnDayOfMonth(c.form == ExtendedReturn.Gstr1 ? 11 : 13);
            var calendar = Of(extensions: [new DueDateExtension(c.form, c.month, normalEnd.PlusDays(c.extraDays))]);
            var date = normalEnd.PlusDays(c.dayOffset);
            var month = calendar.WindowMonth(c.pair.Form, c.pair.Frequency, date);
            return calendar.WindowEnd(c.pair.Form, c.pair.Frequency, month.PlusMonths(-1)) < date
                && date <= calendar.WindowEnd(c.pair.Form, c.pair.Frequency, month)
                && IndianTime.EndOf(calendar.WindowEnd(c.pair.Form, c.pair.Frequency, month)) <= calendar.GenerationInstant(ReturnPeriod.Month(month));
        });

        return property;
    }
}
