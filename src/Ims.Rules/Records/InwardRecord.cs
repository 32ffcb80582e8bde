using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>
/// One inward document as the recipient's IMS (or GSTR-2B) sees it: what it is, who
/// reported it where and when, and its amounts. Amounts are positive; the engine applies
/// the sign of credit notes.
/// </summary>
/// <remarks>
/// The record is data, not a verdict: the engine checks it and reports problems as
/// findings (a record with an error finding is left out, the rest is still computed).
/// </remarks>
public sealed record InwardRecord
{
    /// <summary>The caller's identifier, unique within a case.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of document it is.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>Where the supplier (or customs) reported it.</summary>
    public required SupplierForm Form { get; init; }

    /// <summary>The <see cref="Id"/> of the record this one amends; <see langword="null"/> for an original (R39).</summary>
    public string? Amends { get; init; }

    /// <summary>Whether an e-commerce operator reported it under section 9(5) (IMS tab ECO, R2).</summary>
    public bool Eco { get; init; }

    /// <summary>For a bill of entry: goods from an SEZ unit or developer (IMPGSEZ, R55).</summary>
    public bool Sez { get; init; }

    /// <summary>The supplier's (or SEZ unit's, or distributor's) GSTIN; absent for a bill of entry of goods from abroad.</summary>
    public Gstin? SupplierGstin { get; init; }

    /// <summary>The supplier's return period in which it was reported.</summary>
    public ReturnPeriod? SupplierPeriod { get; init; }

    /// <summary>Whether the supplier files GSTR-1 monthly or quarterly; a quarterly supplier's GSTR-1 uses the 14th–13th window (R29).</summary>
    public ReturnFrequency SupplierFrequency { get; init; }

    /// <summary>The document (or bill of entry) number.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The document date; its financial year sets the section 16(4) deadline (R35).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The invoice type.</summary>
    public InvoiceType InvoiceType { get; init; }

    /// <summary>The place of supply.</summary>
    public StateCode? PlaceOfSupply { get; init; }

    /// <summary>Whether the supplier reported it as attracting reverse charge (it then bypasses IMS, R4).</summary>
    public bool ReverseCharge { get; init; }

    /// <summary>The taxable value in rupees.</summary>
    public decimal TaxableValue { get; init; }

    /// <summary>The tax per head, positive.</summary>
    public TaxAmounts Tax { get; init; }

    /// <summary>For a bill of entry: the port code.</summary>
    public string? PortCode { get; init; }

    /// <summary>For a bill of entry: the ICEGATE reference date, which places it (R29).</summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>For ISD documents: the distributor's eligibility flag (<c>itcelg</c>); ineligible ones go to ITC Not Available.</summary>
    public bool ItcEligible { get; init; } = true;

    /// <summary>When the record first appeared in IMS (saved by the supplier, or received from ICEGATE).</summary>
    public Instant? SavedAt { get; init; }

    /// <summary>When the supplier filed the return holding it; <see langword="null"/> while only saved (R9).</summary>
    public Instant? FiledAt { get; init; }

    /// <summary>When the supplier changed the saved record before filing; each change resets earlier actions (R18).</summary>
    public ImmutableArray<Instant> RevisedAt { get; init; } = [];

    /// <summary>
    /// For a bill of entry amended at customs to this recipient's GSTIN: the previous GSTIN. The
    /// record is shown in the amendment section at its full value (R53).
    /// </summary>
    public Gstin? TransferredFrom { get; init; }

    /// <summary>
    /// For an amendment of a bill of entry moved at customs to another GSTIN: the new GSTIN. For
    /// this recipient the amended value is nil, so accepting it reverses the ITC of the original,
    /// in full or as declared (R53).
    /// </summary>
    public Gstin? TransferredTo { get; init; }

    /// <summary>Whether this record amends another.</summary>
    public bool IsAmendment => Amends is not null;
}
