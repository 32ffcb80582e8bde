using System.Collections.Immutable;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>
/// The column layout of a books CSV (<see cref="BooksCsvReader"/>): the header names, matched
/// without regard to case, in any order. Required: <see cref="SupplierGstin"/> (may be empty for a
/// bill of entry), <see cref="Type"/>, <see cref="Number"/>, <see cref="Date"/> and
/// <see cref="TaxableValue"/>; the rest are optional.
/// </summary>
public static class BooksCsvColumns
{
    /// <summary><c>id</c>: the books' reference, unique; default <c>row-N</c> (N the row number, the header being row 1).</summary>
    public const string Id = "id";

    /// <summary><c>supplierGstin</c>: the supplier's GSTIN; empty only for a bill of entry of goods from abroad.</summary>
    public const string SupplierGstin = "supplierGstin";

    /// <summary><c>supplierName</c>: the supplier's name as the books hold it; may be empty. The supplier view shows it.</summary>
    public const string SupplierName = "supplierName";

    /// <summary><c>type</c>: <c>invoice</c>, <c>debitNote</c>, <c>creditNote</c>, <c>billOfEntry</c>, <c>isdInvoice</c> or <c>isdCreditNote</c>.</summary>
    public const string Type = "type";

    /// <summary><c>number</c>: the document number as booked.</summary>
    public const string Number = "number";

    /// <summary><c>date</c>: the document date: <c>yyyy-mm-dd</c>, <c>dd/mm/yyyy</c>, <c>dd-mm-yyyy</c> or <c>d-MMM-yy</c> (<see cref="BooksDateFormat"/>).</summary>
    public const string Date = "date";

    /// <summary><c>taxableValue</c>: rupees, a dot for decimals, at most two decimals, not negative.</summary>
    public const string TaxableValue = "taxableValue";

    /// <summary><c>igst</c>: rupees; empty for 0.</summary>
    public const string Igst = "igst";

    /// <summary><c>cgst</c>: rupees; empty for 0.</summary>
    public const string Cgst = "cgst";

    /// <summary><c>sgst</c>: rupees; empty for 0.</summary>
    public const string Sgst = "sgst";

    /// <summary><c>cess</c>: rupees; empty for 0.</summary>
    public const string Cess = "cess";

    /// <summary><c>placeOfSupply</c>: the two-digit state code (<c>27</c>, or <c>27-Maharashtra</c>); may be empty.</summary>
    public const string PlaceOfSupply = "placeOfSupply";

    /// <summary><c>reverseCharge</c>: <c>Y</c>/<c>N</c> (also yes/no, true/false, 1/0); empty for N.</summary>
    public const string ReverseCharge = "reverseCharge";

    /// <summary><c>bookedOn</c>: when the entry was booked, in the format of <see cref="Date"/>; may be empty.</summary>
    public const string BookedOn = "bookedOn";

    /// <summary>The columns that must be in the header.</summary>
    public static ImmutableArray<string> Required { get; } = [SupplierGstin, Type, Number, Date, TaxableValue];

    /// <summary>Every column of the layout, in the order <c>CSV</c> output writes them.</summary>
    public static ImmutableArray<string> All { get; } = [Id, SupplierGstin, SupplierName, Type, Number, Date, TaxableValue, Igst, Cgst, Sgst, Cess, PlaceOfSupply, ReverseCharge, BookedOn];
}
