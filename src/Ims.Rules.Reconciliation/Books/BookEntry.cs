using NodaTime;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>
/// One document in the recipient's purchase register (its books): what the accounts say the
/// supplier issued. Amounts are positive, as on the document; a credit note's sign is implied
/// by its <see cref="Type"/>.
/// </summary>
public sealed record BookEntry
{
    /// <summary>The books' own reference (voucher number, row id), unique within the books; it breaks ties, so results never depend on input order.</summary>
    public required string Id { get; init; }

    /// <summary>The supplier's GSTIN; <see langword="null"/> for a bill of entry of goods from abroad.</summary>
    public Gstin? SupplierGstin { get; init; }

    /// <summary>The supplier's name as the books hold it, if any; the supplier view shows it.</summary>
    public string? SupplierName { get; init; }

    /// <summary>The kind of document: invoice, debit note, credit note, bill of entry, ISD document.</summary>
    public required RecordKind Type { get; init; }

    /// <summary>The document (or bill of entry) number as booked.</summary>
    public required string Number { get; init; }

    /// <summary>The document date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The taxable value in rupees.</summary>
    public decimal TaxableValue { get; init; }

    /// <summary>The tax per head, positive.</summary>
    public TaxAmounts Tax { get; init; }

    /// <summary>The place of supply, when booked.</summary>
    public StateCode? PlaceOfSupply { get; init; }

    /// <summary>Whether the purchase was booked under reverse charge.</summary>
    public bool ReverseCharge { get; init; }

    /// <summary>When the document was entered in the books, if known; it sets how far the books are complete (<see cref="ReconciliationPolicy.BooksCompleteThrough"/>).</summary>
    public LocalDate? BookedOn { get; init; }
}
