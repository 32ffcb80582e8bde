using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>The recipient's own filings and the notified due-date extensions.</summary>
public sealed record Filings
{
    /// <summary>No filings at all.</summary>
    public static Filings None { get; } = new();

    /// <summary>When GSTR-3B was filed, by the first month of its return period; a period missing here is unfiled. Filing closes the period (R17).</summary>
    public ImmutableDictionary<YearMonth, Instant> Gstr3b { get; init; } = ImmutableDictionary<YearMonth, Instant>.Empty;

    /// <summary>When the annual return of a financial year was filed; it can pull the section 16(4) deadline earlier (R35).</summary>
    public ImmutableDictionary<FinancialYear, LocalDate> AnnualReturn { get; init; } = ImmutableDictionary<FinancialYear, LocalDate>.Empty;

    /// <summary>Notified due-date extensions.</summary>
    public ImmutableArray<DueDateExtension> DueDateExtensions { get; init; } = [];
}
