using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json;

/// <summary>
/// Writes a <see cref="Gstr2bStatement"/> as an <c>ims-2b/1</c> result, exactly as the oracle
/// contract names it (docs/case-format.md), with the additions <c>frequency</c>, and per
/// document <c>tax</c>, <c>action</c>, <c>remark</c>, <c>since</c>, <c>supplierGstin</c>,
/// <c>number</c> and <c>date</c>, and per supplier effect <c>period</c>. Amounts are JSON numbers with two decimals; instants are in IST.
/// </summary>
public static class ResultWriter
{
    /// <summary>The value of <c>format</c> in a result.</summary>
    public const string Format = "ims-2b/1";

    /// <summary>Writes the result as UTF-8 JSON to a stream, which is left open.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Gstr2bStatement statement, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        JsonOutput.Write(stream, writer => Write(writer, statement));
    }

    /// <summary>The result as JSON text.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static string ToJson(Gstr2bStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return JsonOutput.ToText(writer => Write(writer, statement));
    }

    /// <summary>
    /// The result for a case file that could not be read: nothing is computed, so
    /// <c>gstin</c> and <c>asOf</c> are null, <c>status</c> is <c>notGenerated</c> with <c>reason</c> <c>caseUnreadable</c>, every list
    /// and total is empty, and <c>findings</c> holds the reader's errors (with path and line).
    /// </summary>
    /// <param name="period">The period that was asked for.</param>
    /// <param name="findings">The reader's findings.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public static string UnreadableCaseToJson(ReturnPeriod period, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var statement = new Gstr2bStatement
        {
            Gstin = default,
            Period = period,
            AsOf = default,
            RuleSet = ImsCalendar.RuleSetOf(period),
            Status = StatementStatus.NotGenerated,
            Findings = [.. findings],
        };
        return JsonOutput.ToText(writer => Write(writer, statement, asOfKnown: false));
    }

    /// <summary>Writes the result as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="statement">The statement.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Gstr2bStatement statement)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statement);
        Write(writer, statement, asOfKnown: true);
    }

    private static void Write(Utf8JsonWriter writer, Gstr2bStatement statement, bool asOfKnown)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Format, Format);
        var gstin = statement.Gstin.ToString();
        if (gstin.Length == 0)
        {
            writer.WriteNull(Fields.Gstin);
        }
        else
        {
            writer.WriteString(Fields.Gstin, gstin);
        }

        writer.WritePeriod(Fields.Period, statement.Period);
        writer.WriteString(Fields.Frequency, Vocabulary.Frequency.Text(statement.Period.Frequency));
        writer.WriteInstant(Fields.AsOf, asOfKnown ? statement.AsOf : null);
        writer.WriteString(Fields.Moment, Vocabulary.MomentText(statement.Moment));
        writer.WriteString(Fields.RuleSet, Vocabulary.RuleSet.Text(statement.RuleSet));
        writer.WriteString(Fields.Status, Vocabulary.Status.Text(statement.Status));
        if (statement.Status == StatementStatus.NotGenerated)
        {
            // Added to the contract: why there is no statement (a case that could not be read has no engine reason).
            var reason = !asOfKnown ? Vocabulary.CaseUnreadable
                : statement.NotGeneratedReason is { } why ? Vocabulary.NoStatement.Text(why) : null;
            writer.WriteString(Fields.Reason, reason);
        }

        writer.WriteStartArray(Fields.Documents);
        foreach (var document in statement.Documents)
        {
            WriteDocument(writer, document);
            writer.FlushWhenFull();
        }

        writer.WriteEndArray();
        WriteSummary(writer, statement.Summary);

        writer.WriteStartArray(Fields.CarryForward);
        foreach (var entry in statement.CarryForward)
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Record, entry.RecordId);
            writer.WritePeriod(Fields.Since, entry.Since);
            writer.WriteDate(Fields.PendingUntil, entry.PendingUntil);
            writer.WriteDate(Fields.TimeBarredAfter, entry.TimeBarredAfter);
            writer.WriteString(Fields.CarryReason, Vocabulary.CarryReason.Text(entry.Reason));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Fields.SupplierEffects);
        foreach (var effect in statement.SupplierEffects)
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Record, effect.RecordId);
            if (effect.SupplierGstin is { } supplier)
            {
                writer.WriteString(Fields.SupplierGstin, supplier.ToString());
            }
            else
            {
                writer.WriteNull(Fields.SupplierGstin);
            }

            writer.WriteString(Fields.Effect, Vocabulary.Effect.Text(effect.Effect));
            writer.WriteTax(Fields.Amount, effect.Amount);
            writer.WritePeriod(Fields.Period, effect.Period);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFindings(writer, statement.Findings);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"findings": [...]</c> into the current object.</summary>
    internal static void WriteFindings(Utf8JsonWriter writer, IEnumerable<Finding> findings)
    {
        writer.WriteStartArray(Fields.Findings);
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Code, finding.Code);
            writer.WriteString(Fields.Severity, Vocabulary.Severity.Text(finding.Severity));
            if (finding.RecordId is null)
            {
                writer.WriteNull(Fields.Record);
            }
            else
            {
                writer.WriteString(Fields.Record, finding.RecordId);
            }

            writer.WriteString(Fields.Message, finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter writer, StatementDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Record, document.RecordId);
        writer.WriteString(Fields.Bucket, Vocabulary.Bucket.Text(document.Bucket));
        writer.WriteString(Fields.Section, Vocabulary.Section.Text(document.Section));
        writer.WriteBoolean(Fields.ReverseCharge, document.ReverseCharge);
        if (document.Reason is { } reason)
        {
            writer.WriteString(Fields.Reason, Vocabulary.Reason.Text(reason));
        }
        else
        {
            writer.WriteNull(Fields.Reason);
        }

        writer.WriteTax(Fields.Itc, document.Itc);
        if (!document.ItcReversed.IsZero)
        {
            writer.WriteTax(Fields.ItcReversed, document.ItcReversed); // only where an ineligible amendment reverses ITC taken
        }

        writer.WriteStartArray(Fields.Rules);
        foreach (var rule in document.Rules.IsDefault ? [] : document.Rules)
        {
            writer.WriteStringValue(rule);
        }

        writer.WriteEndArray();
        writer.WriteTax(Fields.Tax, document.Tax);
        writer.WriteString(Fields.Action, Vocabulary.Action.Text(document.Action));
        if (document.Remark is null)
        {
            writer.WriteNull(Fields.Remark);
        }
        else
        {
            writer.WriteString(Fields.Remark, document.Remark);
        }

        writer.WritePeriod(Fields.Since, document.Since);
        WriteIdentity(writer, document);
        writer.WriteEndObject();
    }

    /// <summary>What identifies the document outside the case: <c>supplierGstin</c>, <c>number</c> and <c>date</c>, <c>null</c> where unknown.</summary>
    private static void WriteIdentity(Utf8JsonWriter writer, StatementDocument document)
    {
        if (document.SupplierGstin is { } supplier)
        {
            writer.WriteString(Fields.SupplierGstin, supplier.ToString());
        }
        else
        {
            writer.WriteNull(Fields.SupplierGstin);
        }

        if (string.IsNullOrEmpty(document.Number))
        {
            writer.WriteNull(Fields.Number);
        }
        else
        {
            writer.WriteString(Fields.Number, document.Number);
        }

        writer.WriteDate(Fields.Date, document.Date == default ? null : document.Date);
    }

    private static void WriteSummary(Utf8JsonWriter writer, StatementSummary summary)
    {
        writer.WriteStartObject(Fields.Summary);
        writer.WriteTax(Fields.ItcAvailable, summary.ItcAvailable);
        writer.WriteTax(Fields.ItcNotAvailable, summary.ItcNotAvailable);
        writer.WriteTax(Fields.ItcRejected, summary.ItcRejected);
        writer.WriteStartObject(Fields.Gstr3b);
        var figures = summary.Gstr3b ?? Gstr3bFigures.Zero;
        writer.WriteTax(Fields.Table4A1, figures.Table4A1);
        writer.WriteTax(Fields.Table4A3, figures.Table4A3);
        writer.WriteTax(Fields.Table4A4, figures.Table4A4);
        writer.WriteTax(Fields.Table4A5, figures.Table4A5);
        writer.WriteTax(Fields.Table4B2, figures.Table4B2);
        writer.WriteTax(Fields.Table4D2, figures.Table4D2);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
