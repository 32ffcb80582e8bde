using System.Collections.Frozen;
using System.Collections.Generic;

namespace Ims.Rules.Gstn.Internal;

/// <summary>How the documents of a GSTR-2B section are laid out in the portal's JSON (R59).</summary>
internal enum DocumentShape
{
    /// <summary><c>inv[]</c> under a supplier: b2b, b2ba, ecom, ecoma.</summary>
    Invoice,

    /// <summary><c>nt[]</c> under a supplier: cdnr, cdnra.</summary>
    Note,

    /// <summary><c>doclist[]</c> under a distributor: isd, isda.</summary>
    Isd,

    /// <summary>A bill of entry: a flat list (impg) or <c>boe[]</c> under an SEZ supplier (impgsez).</summary>
    BillOfEntry,
}

/// <summary>One section key of <c>docdata</c>/<c>docRejdata</c>: its section, the list key under a supplier (none for a flat list), and the shape of its documents.</summary>
internal sealed record Gstr2bLayout(string Key, Section Section, string? ListKey, DocumentShape Shape)
{
    /// <summary>Every key read, spelling variants included, in reading order.</summary>
    public static readonly Gstr2bLayout[] All =
    [
        new("b2b", Section.B2b, "inv", DocumentShape.Invoice),
        new("b2ba", Section.B2ba, "inv", DocumentShape.Invoice),
        new("cdnr", Section.Cdnr, "nt", DocumentShape.Note),
        new("cdnra", Section.Cdnra, "nt", DocumentShape.Note),
        new("ecom", Section.Ecom, "inv", DocumentShape.Invoice),
        new("ecoma", Section.Ecoma, "inv", DocumentShape.Invoice),
        new("isd", Section.Isd, "doclist", DocumentShape.Isd),
        new("isda", Section.Isda, "doclist", DocumentShape.Isd),
        new("impg", Section.Impg, null, DocumentShape.BillOfEntry),
        new("impga", Section.Impga, null, DocumentShape.BillOfEntry),
        new("impgsez", Section.Impgsez, "boe", DocumentShape.BillOfEntry),
        new("impgasez", Section.Impgseza, "boe", DocumentShape.BillOfEntry),
        new("impgseza", Section.Impgseza, "boe", DocumentShape.BillOfEntry),
    ];

    public static readonly FrozenSet<string> SupplierFields = FrozenSet.ToFrozenSet(
        ["ctin", "trdnm", "supprd", "supfildt", "inv", "nt", "doclist", "boe"], System.StringComparer.Ordinal);

    public static readonly FrozenSet<string> ItemFields = FrozenSet.ToFrozenSet(
        ["num", "rt", "txval", "igst", "cgst", "sgst", "cess"], System.StringComparer.Ordinal);

    public static readonly FrozenSet<string> DataFields = FrozenSet.ToFrozenSet(
        ["gstin", "rtnprd", "version", "gendt", "itcsumm", "cpsumm", "docdata", "docRejdata", "cpSummRej"], System.StringComparer.Ordinal);

    private static readonly FrozenSet<string> InvoiceFields = FrozenSet.ToFrozenSet(
        ["inum", "typ", "dt", "val", "pos", "rev", "itcavl", "rsn", "diffprcnt", "srctyp", "irn", "irngendate", "txval",
         "igst", "cgst", "sgst", "cess", "oinum", "oidt", "items", "imsStatus"], System.StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoteFields = FrozenSet.ToFrozenSet(
        ["ntnum", "typ", "suptyp", "dt", "val", "pos", "rev", "itcavl", "rsn", "diffprcnt", "srctyp", "irn", "irngendate",
         "txval", "igst", "cgst", "sgst", "cess", "ontnum", "ontdt", "onttyp", "items", "imsStatus"], System.StringComparer.Ordinal);

    private static readonly FrozenSet<string> IsdFields = FrozenSet.ToFrozenSet(
        ["doctyp", "docnum", "docdt", "oinvnum", "oinvdt", "itcelg", "igst", "cgst", "sgst", "cess", "odoctyp", "odocnum",
         "odocdt"], System.StringComparer.Ordinal);

    private static readonly FrozenSet<string> BillOfEntryFields = FrozenSet.ToFrozenSet(
        ["refdt", "recdt", "portcode", "boenum", "boedt", "isamd", "txval", "igst", "cgst", "sgst", "cess", "imsStatus"],
        System.StringComparer.Ordinal);

    public bool IsAmendmentSection => Section is Section.B2ba or Section.Cdnra or Section.Ecoma or Section.Isda or Section.Impga or Section.Impgseza;

    public bool FromSez => Section is Section.Impgsez or Section.Impgseza;

    public IReadOnlySet<string> DocumentFields => Shape switch
    {
        DocumentShape.Invoice => InvoiceFields,
        DocumentShape.Note => NoteFields,
        DocumentShape.Isd => IsdFields,
        DocumentShape.BillOfEntry => BillOfEntryFields,
    };

    public string NumberKey => Shape switch
    {
        DocumentShape.Invoice => "inum",
        DocumentShape.Note => "ntnum",
        DocumentShape.Isd => "docnum",
        DocumentShape.BillOfEntry => "boenum",
    };

    public string DateKey => Shape switch
    {
        DocumentShape.Invoice or DocumentShape.Note => "dt",
        DocumentShape.Isd => "docdt",
        DocumentShape.BillOfEntry => "boedt",
    };

    public string? OriginalNumberKey => Shape switch
    {
        DocumentShape.Invoice => "oinum",
        DocumentShape.Note => "ontnum",
        DocumentShape.Isd => "odocnum",
        DocumentShape.BillOfEntry => null,
    };

    public string? OriginalDateKey => Shape switch
    {
        DocumentShape.Invoice => "oidt",
        DocumentShape.Note => "ontdt",
        DocumentShape.Isd => "odocdt",
        DocumentShape.BillOfEntry => null,
    };

    /// <summary>The amended section of a bill of entry marked <c>isamd: "Y"</c>.</summary>
    public Section Amended =>
        Section == Section.Impg ? Section.Impga
        : Section == Section.Impgsez ? Section.Impgseza
        : Section;
}
