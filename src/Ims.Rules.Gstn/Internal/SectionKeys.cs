
namespace Ims.Rules.Gstn.Internal;

/// <summary>The portal's JSON keys of IMS and GSTR-2B sections, and what an IMS section holds.</summary>
internal static class SectionKeys
{
    /// <summary>IMS sections in the order they are read and written.</summary>
    public static readonly ImsSection[] ImsOrder =
        [ImsSection.B2b, ImsSection.B2ba, ImsSection.B2bdn, ImsSection.B2bdna, ImsSection.B2bcn, ImsSection.B2bcna, ImsSection.Ecom, ImsSection.Ecoma];

    public static string Of(ImsSection section) => section switch
    {
        ImsSection.B2b => "b2b",
        ImsSection.B2ba => "b2ba",
        ImsSection.B2bdn => "b2bdn",
        ImsSection.B2bdna => "b2bdna",
        ImsSection.B2bcn => "b2bcn",
        ImsSection.B2bcna => "b2bcna",
        ImsSection.Ecom => "ecom",
        ImsSection.Ecoma => "ecoma",
    };

    public static string Of(Section section) => SectionNames.Of(section);

    public static RecordKind KindOf(ImsSection section) => section switch
    {
        ImsSection.B2b or ImsSection.B2ba or ImsSection.Ecom or ImsSection.Ecoma => RecordKind.Invoice,
        ImsSection.B2bdn or ImsSection.B2bdna => RecordKind.DebitNote,
        ImsSection.B2bcn or ImsSection.B2bcna => RecordKind.CreditNote,
    };

    /// <summary>The section of the original an amendment section amends; <see langword="null"/> for an original section.</summary>
    public static ImsSection? OriginalOf(ImsSection section) => section switch
    {
        ImsSection.B2ba => ImsSection.B2b,
        ImsSection.B2bdna => ImsSection.B2bdn,
        ImsSection.B2bcna => ImsSection.B2bcn,
        ImsSection.Ecoma => ImsSection.Ecom,
        ImsSection.B2b or ImsSection.B2bdn or ImsSection.B2bcn or ImsSection.Ecom => null,
    };

    public static bool IsEco(ImsSection section) => section is ImsSection.Ecom or ImsSection.Ecoma;

    /// <summary>Whether the section's documents are notes (<c>nt_num</c>, <c>nt_dt</c>) rather than invoices (<c>inum</c>, <c>idt</c>).</summary>
    public static bool IsNote(ImsSection section) => KindOf(section) != RecordKind.Invoice;

    /// <summary>The IMS section of a record, for uploads; <see langword="null"/> for records that do not pass through IMS tabs here (ISD, bills of entry).</summary>
    public static ImsSection? ImsSectionOf(InwardRecord record) => (record.Kind, record.IsAmendment, record.Eco) switch
    {
        (RecordKind.Invoice or RecordKind.DebitNote or RecordKind.CreditNote, false, true) => ImsSection.Ecom,
        (RecordKind.Invoice or RecordKind.DebitNote or RecordKind.CreditNote, true, true) => ImsSection.Ecoma,
        (RecordKind.Invoice, false, false) => ImsSection.B2b,
        (RecordKind.Invoice, true, false) => ImsSection.B2ba,
        (RecordKind.DebitNote, false, false) => ImsSection.B2bdn,
        (RecordKind.DebitNote, true, false) => ImsSection.B2bdna,
        (RecordKind.CreditNote, false, false) => ImsSection.B2bcn,
        (RecordKind.CreditNote, true, false) => ImsSection.B2bcna,
        (RecordKind.BillOfEntry or RecordKind.IsdInvoice or RecordKind.IsdCreditNote, _, _) => null,
    };
}
