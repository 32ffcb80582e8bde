using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Tests.Laws;
using NodaTime;
using static Ims.Rules.Tests.Support.Calendars;

namespace Ims.Rules.Tests.Periods;

/// <summary>The memo the engine asks while placing records (R29–R31, R34, R35) answers exactly as the calendar does.</summary>
public sealed class CalendarMemoTests
{
    private static readonly ImsCalendar Calendar = Of(
        profile: [From("2020-04", ReturnFrequency.Monthly), From("2025-07", ReturnFrequency.Quarterly)],
        extensions: [Extend(ExtendedReturn.Gstr1, "2025-05", "2025-06-20"), Extend(ExtendedReturn.Iff, "2025-08", "2025-09-16")],
        annualReturns: new System.Collections.Generic.Dictionary<string, string> { ["2024-25"] = "2025-09-30" });

    [Law(MaxTest = 200)]
    public Property NaturalMonth_ManyRecordsOneMemo_SameAsTheCalendar()
    {
        // Filing instants over forty years, so that some fall outside the memo's window of days around the first one.
        var record = from hours in Gen.Choose(0, 40 * 365 * 24)
                     from pair in Gen.Elements(WindowForms.ToArray())
                     from other in Gen.Elements(SupplierForm.Gstr1A, SupplierForm.Icegate, pair.Form)
                     let filed = Instant.FromUtc(2001, 1, 1, 0, 0).Plus(Duration.FromHours(hours))
                     select Support.Build.Invoice("r1", "2025-01-01") with
                     {
                         Form = other,
                         FiledAt = filed,
                         SupplierFrequency = pair.Frequency,
                         SupplierPeriod = other == SupplierForm.Gstr1A ? ReturnPeriod.Month(2025, 9) : null,
                         ReferenceDate = other == SupplierForm.Icegate ? IndianTime.DateOf(filed) : null,
                     };
        var records = Gen.ListOf(record);
        var property = Prop.ForAll(Arb.From(records), list =>
        {
            var memo = new CalendarMemo(Calendar);
            foreach (var record in list)
            {
                var filed = record.FiledAt!.Value;
                var month = Calendar.NaturalMonth(record);
                if (memo.NaturalMonth(record) != month
                    || memo.DateOf(filed) != IndianTime.DateOf(filed)
                    || memo.TimeLimit(IndianTime.DateOf(filed)) != Calendar.TimeLimit(IndianTime.DateOf(filed))
                    || (month is { } m && memo.StatementPeriodOf(m) != Calendar.StatementPeriodOf(m)))
                {
                    return false;
                }
            }

            return true;
        });

        return property;
    }
}
