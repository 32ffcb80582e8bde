using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json;

/// <summary>
/// Writes an <see cref="ImsCase"/> as an <c>ims-case/1</c> case file, so that a case built in
/// code can be saved and read back by <see cref="CaseReader"/> or the <c>ims-rules</c> tool.
/// Optional record fields are written only when they differ from their default; policies are
/// always written in full, so a saved case keeps its meaning if a default changes. What is written
/// reads back as the same case; a case that could not (an amount to round, a null id) is refused
/// with an <see cref="ArgumentException"/> rather than saved as something else.
/// </summary>
public static class CaseWriter
{
    /// <summary>Writes the case as UTF-8 JSON to a stream, which is left open.</summary>
    /// <param name="imsCase">The case.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The case holds a value that <see cref="CaseReader"/> would not read back as written
    /// (an amount with more than two decimals or beyond ±10^15, a missing or repeated id, an enum value out of range, a
    /// date before 2000-04-01, a transfer); the message names it. Nothing is written.</exception>
    public static void Write(ImsCase imsCase, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        ArgumentNullException.ThrowIfNull(stream);
        CaseWriterCheck.Check(imsCase);
        JsonOutput.Write(stream, writer => Write(writer, imsCase));
    }

    /// <summary>The case as JSON text.</summary>
    /// <param name="imsCase">The case.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    /// <exception cref="ArgumentException">The case holds a value that <see cref="CaseReader"/> would not read back as written; see <see cref="Write(ImsCase, Stream)"/>.</exception>
    public static string ToJson(ImsCase imsCase)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        CaseWriterCheck.Check(imsCase);
        return JsonOutput.ToText(writer => Write(writer, imsCase));
    }

    private static void Write(Utf8JsonWriter writer, ImsCase imsCase)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Format, CaseReader.Format);
        WriteRecipient(writer, imsCase.Recipient);
        WriteFilings(writer, imsCase.Filings ?? Filings.None);
        writer.WriteStartArray(Fields.Records);
        foreach (var record in imsCase.Records.IsDefault ? [] : imsCase.Records)
        {
            WriteRecord(writer, record);
            writer.FlushWhenFull();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Fields.Actions);
        foreach (var action in imsCase.Actions.IsDefault ? [] : imsCase.Actions)
        {
            WriteAction(writer, action);
            writer.FlushWhenFull();
        }

        writer.WriteEndArray();
        WritePolicies(writer, imsCase.Policies ?? ImsPolicies.Default);
        writer.WriteEndObject();
    }

    private static void WriteRecipient(Utf8JsonWriter writer, Recipient recipient)
    {
        writer.WriteStartObject(Fields.Recipient);
        writer.WriteString(Fields.Gstin, recipient.Gstin.ToString());
        writer.WriteStartArray(Fields.Profile);
        foreach (var change in recipient.Profile.IsDefault ? [] : recipient.Profile)
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.From, JsonOutput.Text(change.From));
            writer.WriteString(Fields.Frequency, Vocabulary.Frequency.Text(change.Frequency));
            if (change.StateGroup is { } group)
            {
                writer.WriteString(Fields.StateGroup, Vocabulary.StateGroup.Text(group));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFilings(Utf8JsonWriter writer, Filings filings)
    {
        writer.WriteStartObject(Fields.Filings);
        writer.WriteStartObject(Fields.Gstr3b);
        foreach (var (month, filed) in filings.Gstr3b.OrderBy(f => f.Key))
        {
            writer.WriteString(JsonOutput.Text(month), IsoTime.Format(filed));
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Fields.AnnualReturn);
        foreach (var (year, filed) in filings.AnnualReturn.OrderBy(f => f.Key))
        {
            writer.WriteString(year.ToString(), IsoTime.Format(filed));
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Fields.DueDateExtensions);
        foreach (var extension in (filings.DueDateExtensions.IsDefault ? [] : filings.DueDateExtensions).OrderBy(e => e.Return).ThenBy(e => e.Period))
        {
            writer.WriteString(Vocabulary.ExtendedReturn.Text(extension.Return) + ":" + JsonOutput.Text(extension.Period), IsoTime.Format(extension.DueDate));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter writer, InwardRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Id, record.Id);
        writer.WriteString(Fields.Kind, Vocabulary.Kind.Text(record.Kind));
        if (record.Amends is not null)
        {
            writer.WriteString(Fields.Amends, record.Amends);
        }

        WriteFlag(writer, Fields.Eco, record.Eco, false);
        WriteFlag(writer, Fields.Sez, record.Sez, false);
        writer.WriteString(Fields.Form, Vocabulary.Form.Text(record.Form));
        if (record.SupplierGstin is { } supplier)
        {
            writer.WriteString(Fields.SupplierGstin, supplier.ToString());
        }

        if (record.SupplierPeriod is { } period)
        {
            writer.WritePeriod(Fields.SupplierPeriod, period);
        }

        if (record.SupplierFrequency != ReturnFrequency.Monthly)
        {
            writer.WriteString(Fields.SupplierFrequency, Vocabulary.Frequency.Text(record.SupplierFrequency));
        }

        writer.WriteString(Fields.Number, record.Number);
        writer.WriteString(Fields.Date, IsoTime.Format(record.Date));
        if (record.InvoiceType != InvoiceType.Regular)
        {
            writer.WriteString(Fields.InvoiceType, Vocabulary.InvoiceType.Text(record.InvoiceType));
        }

        if (record.PlaceOfSupply is { } pos)
        {
            writer.WriteString(Fields.Pos, pos.ToString());
        }

        WriteFlag(writer, Fields.ReverseCharge, record.ReverseCharge, false);
        writer.WriteAmount(Fields.TaxableValue, record.TaxableValue);
        writer.WriteTaxHeads(record.Tax);
        if (record.PortCode is not null)
        {
            writer.WriteString(Fields.PortCode, record.PortCode);
        }

        if (record.ReferenceDate is { } reference)
        {
            writer.WriteString(Fields.ReferenceDate, IsoTime.Format(reference));
        }

        WriteFlag(writer, Fields.ItcEligible, record.ItcEligible, true);
        if (record.SavedAt is { } saved)
        {
            writer.WriteString(Fields.SavedAt, IsoTime.Format(saved));
        }

        writer.WriteInstant(Fields.FiledAt, record.FiledAt);
        if (!record.RevisedAt.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Fields.RevisedAt);
            foreach (var revised in record.RevisedAt)
            {
                writer.WriteStringValue(IsoTime.Format(revised));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool value, bool defaultValue)
    {
        if (value != defaultValue)
        {
            writer.WriteBoolean(name, value);
        }
    }

    private static void WriteAction(Utf8JsonWriter writer, ImsAction action)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Record, action.RecordId);
        writer.WriteString(Fields.Action, Vocabulary.Action.Text(action.Action));
        writer.WriteString(Fields.At, IsoTime.Format(action.At));
        if (action.ItcReduction is { } reduction)
        {
            writer.WriteStartObject(Fields.ItcReduction);
            writer.WriteBoolean(Fields.Required, reduction.Kind != ItcReductionKind.None);
            if (reduction.Kind == ItcReductionKind.Partial)
            {
                writer.WriteTaxHeads(reduction.Declared);
            }

            writer.WriteEndObject();
        }

        if (action.Remark is not null)
        {
            writer.WriteString(Fields.Remark, action.Remark);
        }

        writer.WriteEndObject();
    }

    private static void WritePolicies(Utf8JsonWriter writer, ImsPolicies policies)
    {
        writer.WriteStartObject(Fields.Policies);
        writer.WriteBoolean(Fields.AmendmentNeedsSettledOriginal, policies.AmendmentOriginal == AmendmentOriginalPolicy.MustBeSettled);
        writer.WriteString(Fields.ExpiredPending, Vocabulary.ExpiredPending.Text(policies.ExpiredPending));
        writer.WriteString(Fields.PendingPastTimeLimit, Vocabulary.PendingPastTimeLimit.Text(policies.PendingPastTimeLimit));
        writer.WriteBoolean(Fields.QrmpMonthlyStatements, policies.QrmpStatements == QrmpStatementsPolicy.Monthly);
        writer.WriteString(Fields.Sequential, Vocabulary.Sequential.Text(policies.Sequential));
        writer.WriteString(Fields.TimeBarCutoff, Vocabulary.TimeBarCutoff.Text(policies.TimeBarCutoff));
        writer.WriteString(Fields.CreditNotesInGstr3b, Vocabulary.CreditNotesInGstr3b.Text(policies.CreditNotesInGstr3b));
        writer.WriteString(Fields.IneligibleAmendment, Vocabulary.IneligibleAmendment.Text(policies.IneligibleAmendment));
        writer.WriteEndObject();
    }
}
