namespace Ims.Rules;

/// <summary>What kind of inward document a record is.</summary>
public enum RecordKind
{
    /// <summary>A tax invoice (IMS tab B2B, or ECO with <see cref="InwardRecord.Eco"/>).</summary>
    Invoice,

    /// <summary>A debit note: raises the tax of an earlier invoice.</summary>
    DebitNote,

    /// <summary>A credit note: lowers the tax of an earlier invoice; reduces the recipient's ITC when accepted.</summary>
    CreditNote,

    /// <summary>A bill of entry for imported goods from ICEGATE (IMPG, or IMPGSEZ with <see cref="InwardRecord.Sez"/>).</summary>
    BillOfEntry,

    /// <summary>An input service distributor's invoice distributing ITC (GSTR-6, ISDI).</summary>
    IsdInvoice,

    /// <summary>An input service distributor's credit note reducing distributed ITC (GSTR-6, ISDC).</summary>
    IsdCreditNote,
}
