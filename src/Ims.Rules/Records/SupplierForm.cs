namespace Ims.Rules;

/// <summary>The return or system in which the supplier reported a record; it decides the record's window (R29–R31).</summary>
public enum SupplierForm
{
    /// <summary>GSTR-1: window 12th to 11th for a monthly supplier, 14th to 13th for a quarterly one.</summary>
    Gstr1,

    /// <summary>Invoice Furnishing Facility of a QRMP supplier: window 14th to 13th.</summary>
    Iff,

    /// <summary>GSTR-1A: goes to the next open statement (R31).</summary>
    Gstr1A,

    /// <summary>GSTR-5 of a non-resident taxable person: window 14th to 13th, bypasses IMS (R4).</summary>
    Gstr5,

    /// <summary>GSTR-6 of an input service distributor: window 14th to 13th, bypasses IMS (R4).</summary>
    Gstr6,

    /// <summary>Customs (ICEGATE) bill of entry data, placed by its reference date.</summary>
    Icegate,
}
