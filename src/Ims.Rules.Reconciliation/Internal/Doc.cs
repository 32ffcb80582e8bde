using System;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>One document of either side, with what matching compares precomputed once.</summary>
internal sealed class Doc
{
    public Doc(bool isBook, int index, string id, Gstin? gstin, RecordKind kind, string number, LocalDate date, decimal taxableValue, TaxAmounts tax, StateCode? placeOfSupply, bool reverseCharge)
    {
        IsBook = isBook;
        Index = index;
        Id = id;
        Gstin = gstin is { } g && g.ToString().Length == 15 ? g : null;
        GstinText = Gstin?.ToString() ?? string.Empty;
        Pan = Gstin?.Pan ?? string.Empty;
        Kind = kind;
        Raw = number.Trim();
        Norm = DocumentNumber.Normalise(number, date, out var yearToken);
        YearToken = yearToken;
        Date = date;
        FinancialYear = date.Month >= 4 ? date.Year : date.Year - 1;
        TaxableValue = taxableValue;
        Tax = tax;
        PlaceOfSupply = placeOfSupply;
        ReverseCharge = reverseCharge;
    }

    /// <summary>Whether this is a book entry (else an IMS record).</summary>
    public bool IsBook { get; }

    public int Index { get; }

    public string Id { get; }

    public Gstin? Gstin { get; }

    public string GstinText { get; }

    public string Pan { get; }

    public RecordKind Kind { get; }

    public string Raw { get; }

    public string Norm { get; }

    /// <summary>The first year of the explicit financial-year token in the number (<c>24-25</c> → 2024), stripped or not; none without one.</summary>
    public int? YearToken { get; }

    public LocalDate Date { get; }

    public int FinancialYear { get; }

    public decimal TaxableValue { get; }

    public TaxAmounts Tax { get; }

    public StateCode? PlaceOfSupply { get; }

    public bool ReverseCharge { get; }

    /// <summary>Days from <paramref name="other"/>'s date to this one's.</summary>
    public int DaysFrom(Doc other) => Period.DaysBetween(other.Date, Date);

    /// <summary>The sum of absolute differences of the taxable value and the four heads: how far apart two documents' amounts are.</summary>
    public decimal AmountDistance(Doc other) =>
        Math.Abs(TaxableValue - other.TaxableValue) + Math.Abs(Tax.Igst - other.Tax.Igst) + Math.Abs(Tax.Cgst - other.Tax.Cgst)
        + Math.Abs(Tax.Sgst - other.Tax.Sgst) + Math.Abs(Tax.Cess - other.Tax.Cess);

    /// <summary>Whether the numbers name no different explicit financial years: <c>SGT/24-25/0360</c> and <c>SGT/25-26/0360</c> are different numbers.</summary>
    public bool SameYearToken(Doc other) => YearToken is not { } mine || other.YearToken is not { } theirs || mine == theirs;

    /// <summary>Whether the amounts agree exactly.</summary>
    public bool SameAmounts(Doc other) => TaxableValue == other.TaxableValue && Tax == other.Tax;

    /// <summary>Whether the amounts agree within the policy's tolerances.</summary>
    public bool AmountsWithin(Doc other, ReconciliationPolicy policy) =>
        Math.Abs(TaxableValue - other.TaxableValue) <= policy.TaxableValueTolerance
        && Math.Abs(Tax.Igst - other.Tax.Igst) <= policy.TaxTolerance
        && Math.Abs(Tax.Cgst - other.Tax.Cgst) <= policy.TaxTolerance
        && Math.Abs(Tax.Sgst - other.Tax.Sgst) <= policy.TaxTolerance
        && Math.Abs(Tax.Cess - other.Tax.Cess) <= policy.TaxTolerance;
}
