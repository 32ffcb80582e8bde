using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Ims.Rules.Tests.Support;

/// <summary>Small builders for calendar tests: recipients with a profile, extensions, annual returns and filed records.</summary>
internal static class Calendars
{
    /// <summary>A Delhi recipient (state 07, QRMP group B).</summary>
    public static readonly Gstin Delhi = Gstin.Parse("07AAPFU0939F1ZX");

    /// <summary>The calendar of <see cref="Build.Case"/>: a Maharashtra recipient, monthly from April 2020.</summary>
    public static ImsCalendar Monthly(ImsPolicies? policies = null) => new(Build.Case([], policies: policies));

    /// <summary>A calendar with everything given explicitly; the recipient is Maharashtra unless <paramref name="gstin"/> says otherwise.</summary>
    public static ImsCalendar Of(
        IEnumerable<FrequencyChange>? profile = null,
        IEnumerable<DueDateExtension>? extensions = null,
        IDictionary<string, string>? annualReturns = null,
        IDictionary<string, string>? gstr3b = null,
        ImsPolicies? policies = null,
        Gstin? gstin = null) => new(new ImsCase
        {
            Recipient = new Recipient
            {
                Gstin = gstin ?? Build.Recipient,
                Profile = [.. profile ?? [From("2020-04", ReturnFrequency.Monthly)]],
            },
            Filings = new Filings
            {
                DueDateExtensions = [.. extensions ?? []],
                AnnualReturn = (annualReturns ?? new Dictionary<string, string>())
                    .ToImmutableDictionary(kv => FinancialYear.Parse(kv.Key), kv => Build.Date(kv.Value)),
                Gstr3b = (gstr3b ?? new Dictionary<string, string>())
                    .ToImmutableDictionary(kv => Build.Ym(kv.Key), kv => Build.Ist(kv.Value)),
            },
            Policies = policies ?? ImsPolicies.Default,
        });

    /// <summary>A profile entry: <c>From("2025-07", Quarterly)</c>.</summary>
    public static FrequencyChange From(string month, ReturnFrequency frequency, StateGroup? group = null) =>
        new(Build.Ym(month), frequency, group);

    /// <summary>A notified extension: <c>Extend(Gstr1, "2024-12", "2025-01-13")</c>.</summary>
    public static DueDateExtension Extend(ExtendedReturn form, string month, string dueDate) =>
        new(form, Build.Ym(month), Build.Date(dueDate));

    /// <summary>A record reported in <paramref name="form"/> and filed at the IST time <paramref name="filed"/>.</summary>
    public static InwardRecord Filed(
        SupplierForm form,
        string filed,
        ReturnFrequency supplierFrequency = ReturnFrequency.Monthly,
        string? supplierPeriod = null,
        string? date = null) =>
        Build.Invoice("r1", filed, date: date) with
        {
            Form = form,
            SupplierFrequency = supplierFrequency,
            SupplierPeriod = supplierPeriod is null ? null : Build.Month(supplierPeriod),
        };

    /// <summary>A quarter given by any of its months: <c>Quarter("2025-10")</c>.</summary>
    public static ReturnPeriod Quarter(string month) => ReturnPeriod.QuarterOf(Build.Ym(month));

    /// <summary>Every form with the supplier frequencies it is filed under.</summary>
    public static IReadOnlyList<(SupplierForm Form, ReturnFrequency Frequency)> WindowForms { get; } =
    [
        (SupplierForm.Gstr1, ReturnFrequency.Monthly),
        (SupplierForm.Gstr1, ReturnFrequency.Quarterly),
        (SupplierForm.Iff, ReturnFrequency.Quarterly),
        (SupplierForm.Gstr5, ReturnFrequency.Monthly),
        (SupplierForm.Gstr6, ReturnFrequency.Monthly),
    ];

    /// <summary>The profile as (month, frequency) pairs, for readable assertions.</summary>
    public static IEnumerable<(YearMonth From, ReturnFrequency Frequency)> Pairs(this ImmutableArray<FrequencyChange> profile) =>
        profile.Select(entry => (entry.From, entry.Frequency));
}
