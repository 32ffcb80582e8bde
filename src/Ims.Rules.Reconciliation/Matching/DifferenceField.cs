namespace Ims.Rules.Reconciliation.Matching;

/// <summary>A field compared between a book entry and its IMS record.</summary>
public enum DifferenceField
{
    /// <summary>The supplier's GSTIN (a PAN-level pair).</summary>
    SupplierGstin,

    /// <summary>The document number as written (same once normalised).</summary>
    Number,

    /// <summary>The document date.</summary>
    Date,

    /// <summary>The taxable value.</summary>
    TaxableValue,

    /// <summary>Integrated GST.</summary>
    Igst,

    /// <summary>Central GST.</summary>
    Cgst,

    /// <summary>State GST.</summary>
    Sgst,

    /// <summary>Compensation cess.</summary>
    Cess,

    /// <summary>The place of supply (compared only when both sides have one).</summary>
    PlaceOfSupply,

    /// <summary>The reverse-charge flag.</summary>
    ReverseCharge,
}
