using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// One document of a GSTR-2B download as the portal wrote it: the fields a
/// <see cref="StatementDocument"/> does not hold (number, date, supplier, values), so a caller
/// can match it with its own records.
/// </summary>
public sealed record PortalDocument
{
    /// <summary>The document's id, the same as its <see cref="StatementDocument.RecordId"/> (see <see cref="GstnRecordIds.ForStatement"/>).</summary>
    public required string RecordId { get; init; }

    /// <summary>The GSTR-2B section.</summary>
    public required Section Section { get; init; }

    /// <summary>ITC Available, Not Available (<c>docdata</c>) or Rejected (<c>docRejdata</c>).</summary>
    public required Bucket Bucket { get; init; }

    /// <summary>The JSON path of the document, such as <c>$.data.docdata.cdnr[0].nt[0]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The document (or bill of entry) number.</summary>
    public required string Number { get; init; }

    /// <summary>The supplier's GSTIN (<c>ctin</c>) exactly as written, even when malformed; <see langword="null"/> for a bill of entry of goods from abroad.</summary>
    public string? SupplierGstinText { get; init; }

    /// <summary>The supplier's trade name (<c>trdnm</c>).</summary>
    public string? TradeName { get; init; }

    /// <summary>The supplier's return period (<c>supprd</c>).</summary>
    public ReturnPeriod? SupplierPeriod { get; init; }

    /// <summary>The day the supplier filed (<c>supfildt</c>).</summary>
    public LocalDate? SupplierFiledOn { get; init; }

    /// <summary>The document date (<c>dt</c>, <c>docdt</c> or <c>boedt</c>).</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The type code as written: <c>typ</c> of an invoice (R, SEZWP, …) or note (C, D), or <c>doctyp</c> of an ISD document (ISDI, ISDC).</summary>
    public string? TypeCode { get; init; }

    /// <summary>The document value (<c>val</c>).</summary>
    public decimal? Value { get; init; }

    /// <summary>The place of supply (<c>pos</c>).</summary>
    public StateCode? PlaceOfSupply { get; init; }

    /// <summary>The taxable value (<c>txval</c>), summed from <c>items[]</c> in pre-IMS data.</summary>
    public decimal TaxableValue { get; init; }

    /// <summary>The tax as written, positive (the <see cref="StatementDocument.Tax"/> carries the sign).</summary>
    public TaxAmounts Tax { get; init; }

    /// <summary>For an amendment: the original's number (<c>oinum</c>, <c>ontnum</c> or <c>odocnum</c>).</summary>
    public string? OriginalNumber { get; init; }

    /// <summary>For an amendment: the original's date (<c>oidt</c>, <c>ontdt</c> or <c>odocdt</c>).</summary>
    public LocalDate? OriginalDate { get; init; }

    /// <summary>For a bill of entry: the port code (<c>portcode</c>).</summary>
    public string? PortCode { get; init; }

    /// <summary>For a bill of entry: the ICEGATE reference date (<c>refdt</c>).</summary>
    public LocalDate? ReferenceDate { get; init; }
}
