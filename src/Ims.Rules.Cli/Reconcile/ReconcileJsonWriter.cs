using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Suggestions;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>Writes a reconciliation report as <c>ims-reconciliation/1</c> JSON (docs/reconciliation.md).</summary>
internal static class ReconcileJsonWriter
{
    public const string Format = "ims-reconciliation/1";

    public static void Write(ReconciliationReport report, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("recipient", report.Recipient.ToString());
        writer.WriteString("at", IsoTime.Format(report.At));
        if (report.Period is { } period)
        {
            writer.WriteString("period", period.ToString());
        }

        if (report.BooksCompleteThrough is { } complete)
        {
            writer.WriteString("booksCompleteThrough", IsoTime.Format(complete));
        }

        WritePolicy(writer, report.Policy);
        writer.WriteStartArray("totals");
        foreach (var total in report.Totals)
        {
            WriteTotal(writer, total);
        }

        writer.WriteEndArray();
        WriteSuppliers(writer, report);
        writer.WriteStartArray("lines");
        foreach (var line in report.Lines)
        {
            WriteLine(writer, line);
        }

        writer.WriteEndArray();
        Findings(writer, "findings", report.Findings);
        writer.WriteEndObject();
    }

    private static void WriteTotal(Utf8JsonWriter writer, StatusTotal total)
    {
        writer.WriteStartObject();
        writer.WriteString("status", ReconcileVocabulary.Of(total.Status));
        writer.WriteNumber("count", total.Count);
        Money(writer, "booksTaxableValue", total.BooksTaxableValue);
        Tax(writer, "booksTax", total.BooksTax);
        Money(writer, "imsTaxableValue", total.ImsTaxableValue);
        Tax(writer, "imsTax", total.ImsTax);
        writer.WriteEndObject();
    }

    private static void WriteSuppliers(Utf8JsonWriter writer, ReconciliationReport report)
    {
        writer.WriteStartArray("suppliers");
        foreach (var supplier in report.Suppliers)
        {
            writer.WriteStartObject();
            if (supplier.Gstin is { } gstin)
            {
                writer.WriteString("gstin", gstin.ToString());
            }

            if (supplier.Name is { } name)
            {
                writer.WriteString("name", name);
            }

            Tax(writer, "itcAtRisk", supplier.ItcAtRisk);
            Tax(writer, "pendingTax", supplier.PendingTax);
            Tax(writer, "rejectedTax", supplier.RejectedTax);
            writer.WriteStartArray("totals");
            foreach (var total in supplier.Totals)
            {
                WriteTotal(writer, total);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePolicy(Utf8JsonWriter writer, ReconciliationPolicy policy)
    {
        writer.WriteStartObject("policy");
        Money(writer, "taxTolerance", policy.TaxTolerance);
        Money(writer, "taxableValueTolerance", policy.TaxableValueTolerance);
        writer.WriteNumber("dateToleranceDays", policy.DateToleranceDays);
        writer.WriteNumber("bookingLagDays", policy.BookingLagDays);
        writer.WriteBoolean("rejectOutsideBookingWindow", policy.OutsideBookingWindow == OutsideBookingWindow.Reject);
        writer.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter writer, ReconciliationLine line)
    {
        writer.WriteStartObject();
        writer.WriteString("status", ReconcileVocabulary.Of(line.Status));
        if (line.Rule is { } rule)
        {
            writer.WriteString("rule", ReconcileVocabulary.Of(rule));
        }

        if (line.Ineligibility is { } reason)
        {
            writer.WriteString("ineligibility", ReconcileVocabulary.Of(reason));
        }

        if (line.Book is { } book)
        {
            WriteBook(writer, book);
        }

        if (line.DuplicateOf is { } original)
        {
            writer.WriteString("duplicateOf", original);
        }

        if (line.Ims is { } record)
        {
            WriteRecord(writer, record, line);
        }

        writer.WriteStartArray("differences");
        foreach (var difference in line.Differences)
        {
            writer.WriteStartObject();
            writer.WriteString("field", ReconcileVocabulary.Of(difference.Field));
            writer.WriteString("books", difference.Books);
            writer.WriteString("ims", difference.Ims);
            if (difference.Amount is { } amount)
            {
                Money(writer, "amount", amount);
            }

            if (difference.Days is { } days)
            {
                writer.WriteNumber("days", days);
            }

            writer.WriteBoolean("withinTolerance", difference.WithinTolerance);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (!line.RejectedCandidates.IsEmpty)
        {
            writer.WriteStartArray("rejectedCandidates");
            foreach (var candidate in line.RejectedCandidates)
            {
                writer.WriteStartObject();
                writer.WriteString("id", candidate.Id);
                writer.WriteString("number", candidate.Number);
                writer.WriteString("date", IsoTime.Format(candidate.Date));
                writer.WriteString("reason", ReconcileVocabulary.Of(candidate.Reason));
                writer.WriteString("detail", candidate.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (line.Suggestion is { } suggestion)
        {
            WriteSuggestion(writer, suggestion);
        }

        writer.WriteEndObject();
    }

    private static void WriteBook(Utf8JsonWriter writer, BookEntry book)
    {
        writer.WriteStartObject("book");
        writer.WriteString("id", book.Id);
        if (book.SupplierGstin is { } gstin)
        {
            writer.WriteString("supplierGstin", gstin.ToString());
        }

        if (book.SupplierName is { } name)
        {
            writer.WriteString("supplierName", name);
        }

        writer.WriteString("type", ReconcileVocabulary.Of(book.Type));
        writer.WriteString("number", book.Number);
        writer.WriteString("date", IsoTime.Format(book.Date));
        Money(writer, "taxableValue", book.TaxableValue);
        Tax(writer, "tax", book.Tax);
        writer.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter writer, InwardRecord record, ReconciliationLine line)
    {
        writer.WriteStartObject("ims");
        writer.WriteString("id", record.Id);
        if (record.SupplierGstin is { } gstin)
        {
            writer.WriteString("supplierGstin", gstin.ToString());
        }

        writer.WriteString("type", ReconcileVocabulary.Of(record.Kind));
        writer.WriteString("number", record.Number);
        writer.WriteString("date", IsoTime.Format(record.Date));
        Money(writer, "taxableValue", record.TaxableValue);
        Tax(writer, "tax", record.Tax);
        if (!line.EarlierVersions.IsEmpty)
        {
            writer.WriteStartArray("earlierVersions");
            foreach (var id in line.EarlierVersions)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteSuggestion(Utf8JsonWriter writer, Suggestion suggestion)
    {
        writer.WriteStartObject("suggestion");
        writer.WriteString("kind", ReconcileVocabulary.Of(suggestion.Kind));
        writer.WriteStartArray("actions");
        foreach (var action in suggestion.Actions)
        {
            writer.WriteStartObject();
            writer.WriteString("record", action.RecordId);
            writer.WriteString("action", ReconcileVocabulary.Of(action.Action));
            writer.WriteString("at", IsoTime.Format(action.At));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("reason", suggestion.Reason);
        if (suggestion.Effect is { } effect)
        {
            writer.WriteStartObject("effect");
            if (effect.Period is { } period)
            {
                writer.WriteString("period", period.ToString());
            }

            if (effect.AsOf is { } asOf)
            {
                writer.WriteString("asOf", IsoTime.Format(asOf));
            }

            writer.WriteString("without", ReconcileVocabulary.Of(effect.Without));
            writer.WriteString("with", ReconcileVocabulary.Of(effect.With));
            Tax(writer, "itcWithout", effect.ItcWithout);
            Tax(writer, "itcWith", effect.ItcWith);
            Tax(writer, "itcGained", effect.ItcGained);
            Tax(writer, "itcDeferred", effect.ItcDeferred);
            Tax(writer, "supplierLiabilityIncrease", effect.SupplierLiabilityIncrease);
            writer.WriteString("summary", effect.Summary);
            Findings(writer, "findings", effect.Findings);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Findings(Utf8JsonWriter writer, string name, System.Collections.Immutable.ImmutableArray<Finding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            if (finding.RecordId is { } id)
            {
                writer.WriteString("record", id);
            }

            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Tax(Utf8JsonWriter writer, string name, TaxAmounts tax)
    {
        writer.WriteStartObject(name);
        Money(writer, "igst", tax.Igst);
        Money(writer, "cgst", tax.Cgst);
        Money(writer, "sgst", tax.Sgst);
        Money(writer, "cess", tax.Cess);
        writer.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter writer, string name, decimal amount)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(amount.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
