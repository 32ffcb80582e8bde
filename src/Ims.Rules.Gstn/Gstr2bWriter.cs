using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Internal;

namespace Ims.Rules.Gstn;

/// <summary>
/// Writes a computed <see cref="Gstr2bStatement"/> as GSTR-2B JSON in the portal's shape
/// (R57–R59), taking document numbers, dates, suppliers and values from the
/// <see cref="ImsCase"/> the statement was computed from.
/// </summary>
/// <remarks>
/// <para>
/// Documents are grouped by supplier (<c>ctin</c>, <c>supprd</c>, <c>supfildt</c>; <c>trdnm</c> is
/// empty: the engine knows no trade names). Amounts are positive with two decimals; the sign of
/// a credit note is in its <c>typ</c> ("C") or <c>doctyp</c> ("ISDC"). Amended bills of entry are
/// written in <c>impg</c>/<c>impgsez</c> with <c>isamd</c> "Y".
/// </para>
/// <para>
/// <c>itcsumm</c> holds <c>itcavl</c> and <c>itcunavl</c> as the sums of the documents' ITC effect
/// (the engine's summary, so amendment deltas and declared reductions count as computed) and
/// <c>itcRejected</c> as the sums of the rejected documents' tax.
/// </para>
/// </remarks>
public static class Gstr2bWriter
{
    /// <summary>The <c>version</c> the writer puts in the JSON.</summary>
    public const string Version = "GSTN-IMS-ims-rules";

    /// <summary>Writes a statement.</summary>
    /// <param name="statement">The computed statement.</param>
    /// <param name="imsCase">The case it was computed from.</param>
    /// <returns>The JSON and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> or <paramref name="imsCase"/> is null.</exception>
    public static Gstr2bWriteResult Write(Gstr2bStatement statement, ImsCase imsCase)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(imsCase);
        var log = new FindingLog();
        var records = new Dictionary<string, InwardRecord>(StringComparer.Ordinal);
        foreach (var record in imsCase.Records.IsDefault ? [] : imsCase.Records)
        {
            if (record?.Id is { } id)
            {
                records.TryAdd(id, record);
            }
        }

        var entries = new List<Entry>();
        if (statement.Status == StatementStatus.NotGenerated)
        {
            log.Add(GstnFindingCodes.WriteNotGenerated, Severity.Warning, null,
                $"The statement for {statement.Period} was not generated; the JSON has its header and no documents.");
        }
        else
        {
            foreach (var document in statement.Documents)
            {
                if (records.TryGetValue(document.RecordId, out var record))
                {
                    var original = record.Amends is { } amends && records.TryGetValue(amends, out var found) ? found : null;
                    entries.Add(new Entry(document, record, original));
                }
                else
                {
                    log.Add(GstnFindingCodes.WriteRecordMissing, Severity.Error, document.RecordId,
                        $"The statement's document '{document.RecordId}' is not a record of the case; it is left out.");
                }
            }
        }

        if (entries.Count > 0)
        {
            log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                "Records hold no document value: val is written as the taxable value plus the tax, and trdnm is empty.");
        }

        var json = PortalJsonWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("chksum", string.Empty);
            writer.WriteStartObject("data");
            writer.WriteString("gstin", statement.Gstin.ToString());
            writer.WriteString("rtnprd", statement.Period.ToPortalString());
            writer.WriteString("version", Version);
            writer.WriteString("gendt", PortalFormat.Date(IndianTime.DateOf(statement.AsOf)));
            WriteSummary(writer, entries);
            WriteSections(writer, "docdata", entries.Where(e => e.Document.Bucket != Bucket.ItcRejected));
            WriteSections(writer, "docRejdata", entries.Where(e => e.Document.Bucket == Bucket.ItcRejected));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

        return new Gstr2bWriteResult(json, log.ToImmutable());
    }

    private static void WriteSummary(Utf8JsonWriter writer, List<Entry> entries)
    {
        writer.WriteStartObject("itcsumm");
        WriteBucket(writer, "itcavl", entries, Bucket.ItcAvailable, d => d.Itc);
        WriteBucket(writer, "itcunavl", entries, Bucket.ItcNotAvailable, d => d.Itc);
        WriteBucket(writer, "itcRejected", entries, Bucket.ItcRejected, d => d.Tax);
        writer.WriteEndObject();
    }

    private static void WriteBucket(Utf8JsonWriter writer, string name, List<Entry> entries, Bucket bucket, Func<StatementDocument, TaxAmounts> amount)
    {
        var sums = new Dictionary<(string Group, string Section), TaxAmounts>();
        var total = TaxAmounts.Zero;
        foreach (var entry in entries.Where(e => e.Document.Bucket == bucket))
        {
            var key = SummaryGroups.Of(entry.Document);
            var value = amount(entry.Document);
            sums[key] = (sums.TryGetValue(key, out var sum) ? sum : TaxAmounts.Zero) + value;
            total += value;
        }

        writer.WriteStartObject(name);
        writer.WriteHeads(total);
        foreach (var (group, sections) in SummaryGroups.Layout)
        {
            writer.WriteStartObject(group);
            var groupTotal = TaxAmounts.Zero;
            foreach (var section in sections)
            {
                groupTotal += sums.TryGetValue((group, section), out var sum) ? sum : TaxAmounts.Zero;
            }

            writer.WriteHeads(groupTotal);
            foreach (var section in sections)
            {
                writer.WriteStartObject(section);
                writer.WriteHeads(sums.TryGetValue((group, section), out var sum) ? sum : TaxAmounts.Zero);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSections(Utf8JsonWriter writer, string name, IEnumerable<Entry> entries)
    {
        var bySection = entries.ToLookup(e => SectionKeyOf(e.Document.Section), StringComparer.Ordinal);
        writer.WriteStartObject(name);
        foreach (var layout in Gstr2bLayout.All)
        {
            var section = bySection[layout.Key].ToList();
            if (section.Count == 0)
            {
                continue;
            }

            writer.WriteStartArray(layout.Key);
            if (layout.ListKey is null)
            {
                foreach (var entry in Ordered(section))
                {
                    WriteBillOfEntry(writer, entry);
                }
            }
            else
            {
                var suppliers = section
                    .GroupBy(e => (Ctin: e.Record.SupplierGstin?.ToString() ?? string.Empty, Period: SupplierPeriod(e.Record), Filed: SupplierFiled(e.Record)))
                    .OrderBy(g => g.Key.Ctin, StringComparer.Ordinal)
                    .ThenBy(g => g.Key.Period, StringComparer.Ordinal)
                    .ThenBy(g => g.Key.Filed, StringComparer.Ordinal);
                foreach (var supplier in suppliers)
                {
                    writer.WriteStartObject();
                    writer.WriteString("ctin", supplier.Key.Ctin);
                    writer.WriteString("trdnm", string.Empty);
                    if (layout.Shape != DocumentShape.BillOfEntry)
                    {
                        writer.WriteString("supprd", supplier.Key.Period);
                        writer.WriteString("supfildt", supplier.Key.Filed);
                    }

                    writer.WriteStartArray(layout.ListKey);
                    foreach (var entry in Ordered(supplier))
                    {
                        WriteDocument(writer, layout.Shape, entry);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, DocumentShape shape, Entry entry)
    {
        switch (shape)
        {
            case DocumentShape.Invoice:
                WriteInvoice(writer, entry);
                break;
            case DocumentShape.Note:
                WriteNote(writer, entry);
                break;
            case DocumentShape.Isd:
                WriteIsd(writer, entry);
                break;
            case DocumentShape.BillOfEntry:
                WriteBillOfEntry(writer, entry);
                break;
        }
    }

    private static void WriteInvoice(Utf8JsonWriter writer, Entry entry)
    {
        var (document, record, original) = entry;
        writer.WriteStartObject();
        if (original is not null)
        {
            writer.WriteString("oinum", original.Number);
            writer.WriteString("oidt", PortalFormat.Date(original.Date));
        }

        writer.WriteString("inum", record.Number);
        writer.WriteString("typ", PortalCodes.Of(record.InvoiceType));
        writer.WriteString("dt", PortalFormat.Date(record.Date));
        WriteValues(writer, document, record);
        writer.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter writer, Entry entry)
    {
        var (document, record, original) = entry;
        writer.WriteStartObject();
        if (original is not null)
        {
            writer.WriteString("onttyp", NoteTypeCode(original.Kind));
            writer.WriteString("ontnum", original.Number);
            writer.WriteString("ontdt", PortalFormat.Date(original.Date));
        }

        writer.WriteString("ntnum", record.Number);
        writer.WriteString("typ", NoteTypeCode(record.Kind));
        writer.WriteString("suptyp", PortalCodes.Of(record.InvoiceType));
        writer.WriteString("dt", PortalFormat.Date(record.Date));
        WriteValues(writer, document, record);
        writer.WriteEndObject();
    }

    /// <summary>The fields invoices and notes end with: value, place of supply, availability, taxable value and tax heads.</summary>
    private static void WriteValues(Utf8JsonWriter writer, StatementDocument document, InwardRecord record)
    {
        writer.WriteMoney("val", record.TaxableValue + record.Tax.Total);
        WritePlaceOfSupply(writer, record);
        WriteAvailability(writer, document);
        writer.WriteMoney("txval", record.TaxableValue);
        writer.WriteHeads(record.Tax);
    }

    private static void WriteIsd(Utf8JsonWriter writer, Entry entry)
    {
        var (document, record, original) = entry;
        writer.WriteStartObject();
        if (original is not null)
        {
            writer.WriteString("odoctyp", IsdTypeCode(original.Kind));
            writer.WriteString("odocnum", original.Number);
            writer.WriteString("odocdt", PortalFormat.Date(original.Date));
        }

        writer.WriteString("doctyp", IsdTypeCode(record.Kind));
        writer.WriteString("docnum", record.Number);
        writer.WriteString("docdt", PortalFormat.Date(record.Date));
        writer.WriteString("itcelg", document.Bucket == Bucket.ItcNotAvailable ? "N" : "Y");
        writer.WriteHeads(record.Tax);
        writer.WriteEndObject();
    }

    private static void WriteBillOfEntry(Utf8JsonWriter writer, Entry entry)
    {
        var record = entry.Record;
        var reference = record.ReferenceDate ?? record.Date;
        writer.WriteStartObject();
        writer.WriteString("refdt", PortalFormat.Date(reference));
        writer.WriteString("recdt", PortalFormat.Date(record.SavedAt is { } saved ? IndianTime.DateOf(saved) : reference));
        writer.WriteString("portcode", record.PortCode ?? string.Empty);
        writer.WriteString("boenum", record.Number);
        writer.WriteString("boedt", PortalFormat.Date(record.Date));
        writer.WriteString("isamd", record.IsAmendment ? "Y" : "N");
        writer.WriteMoney("txval", record.TaxableValue);
        writer.WriteMoney("igst", record.Tax.Igst);
        if (record.Tax.Cgst != 0 || record.Tax.Sgst != 0)
        {
            writer.WriteMoney("cgst", record.Tax.Cgst);
            writer.WriteMoney("sgst", record.Tax.Sgst);
        }

        writer.WriteMoney("cess", record.Tax.Cess);
        writer.WriteEndObject();
    }

    private static void WriteAvailability(Utf8JsonWriter writer, StatementDocument document)
    {
        writer.WriteString("rev", document.ReverseCharge ? "Y" : "N");
        writer.WriteString("itcavl", document.Bucket == Bucket.ItcAvailable ? "Y" : "N");
        writer.WriteString("rsn", document.Bucket != Bucket.ItcNotAvailable ? string.Empty : document.Reason switch
        {
            NotAvailableReason.PlaceOfSupply => "P",
            NotAvailableReason.TimeLimit => "C",
            null => string.Empty,
        });
    }

    private static void WritePlaceOfSupply(Utf8JsonWriter writer, InwardRecord record)
    {
        if (record.PlaceOfSupply is { } pos)
        {
            writer.WriteString("pos", pos.ToString());
        }
    }

    private static IEnumerable<Entry> Ordered(IEnumerable<Entry> entries) => entries
        .OrderBy(e => e.Record.Number, StringComparer.Ordinal)
        .ThenBy(e => e.Record.Id, StringComparer.Ordinal);

    /// <summary>The <c>docdata</c> key a section is written under: amended bills of entry go with the originals, marked <c>isamd</c>.</summary>
    private static string SectionKeyOf(Section section) => section switch
    {
        Section.Impga => "impg",
        Section.Impgseza => "impgsez",
        Section.B2b or Section.B2ba or Section.Cdnr or Section.Cdnra or Section.Ecom or Section.Ecoma or Section.Isd
            or Section.Isda or Section.Impg or Section.Impgsez => SectionKeys.Of(section),
    };

    private static string SupplierPeriod(InwardRecord record) => record.SupplierPeriod?.ToPortalString() ?? string.Empty;

    private static string SupplierFiled(InwardRecord record) =>
        record.FiledAt is { } filed ? PortalFormat.Date(IndianTime.DateOf(filed)) : string.Empty;

    private static string NoteTypeCode(RecordKind kind) => kind == RecordKind.CreditNote ? "C" : "D";

    private static string IsdTypeCode(RecordKind kind) => kind == RecordKind.IsdCreditNote ? "ISDC" : "ISDI";

    /// <summary>A document with its record and, for an amendment, the original's record when in the case.</summary>
    private sealed record Entry(StatementDocument Document, InwardRecord Record, InwardRecord? Original);
}
