using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Internal;

namespace Ims.Rules.Gstn;

/// <summary>
/// Builds the IMS action upload that accounting software sends to the portal (a SAVE request):
/// <c>{"rtin": gstin, "reqtyp": "SAVE", "invdata": {"b2b": [...], "b2bcn": [...], …}}</c>, one row
/// per record with the document's identity and amounts and the action code (A, R, P).
/// </summary>
/// <remarks>
/// <para>
/// It refuses what the portal would refuse, leaving the action out with a finding: Pending where
/// the engine blocks it (<see cref="ImsEngine.PendingAllowance"/>, R22–R25), Reject on a bill of
/// entry (R51), actions on records that do not pass through IMS (R4), and No action, which the
/// portal takes as a separate RESET request. Of several actions on one record only the latest is sent.
/// </para>
/// <para>
/// The shape follows third-party code (R60), not GSTN's specification, which was not available;
/// the section names for bills of entry (<c>impg</c>, <c>impgsez</c>) are an assumption and stated as one.
/// </para>
/// </remarks>
public static class ImsActionUpload
{
    private static readonly string[] SectionOrder = ["b2b", "b2ba", "b2bdn", "b2bdna", "b2bcn", "b2bcna", "ecom", "ecoma", "impg", "impgsez"];

    /// <summary>Builds the SAVE request for <paramref name="actions"/> on records of the engine's case.</summary>
    /// <param name="engine">The engine of the case the records belong to; it decides whether Pending is allowed.</param>
    /// <param name="actions">The actions to send; each is checked at its own instant.</param>
    /// <param name="portal">The portal's IMS data for the records, when known: it supplies <c>hash</c>, <c>val</c> and <c>prev_status</c>.</param>
    /// <returns>The request body, the actions in it, and findings for the rest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="actions"/> is null.</exception>
    public static ImsUploadPayload Build(ImsEngine engine, IEnumerable<ImsAction> actions, ImsInvoiceData? portal = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(actions);
        var log = new FindingLog();
        var records = new Dictionary<string, InwardRecord>(StringComparer.Ordinal);
        foreach (var record in engine.Case.Records.IsDefault ? [] : engine.Case.Records)
        {
            if (record?.Id is { } id)
            {
                records.TryAdd(id, record);
            }
        }

        var rows = new List<Row>();
        foreach (var action in Latest(actions, log))
        {
            if (!records.TryGetValue(action.RecordId, out var record))
            {
                log.Add(GstnFindingCodes.UploadUnknownRecord, Severity.Error, action.RecordId,
                    $"The {action} names a record that is not in the case; it is left out.");
                continue;
            }

            if (Refusal(engine, action, record) is { } refusal)
            {
                log.Add(refusal.Code, refusal.Severity, action.RecordId, refusal.Message);
                continue;
            }

            var original = record.Amends is { } amends && records.TryGetValue(amends, out var found) ? found : null;
            if (record.IsAmendment && original is null)
            {
                log.Add(GstnFindingCodes.UploadOriginalMissing, Severity.Warning, record.Id,
                    $"The original '{record.Amends}' is not in the case; the row has no original number and date.");
            }

            var section = record.Kind == RecordKind.BillOfEntry
                ? (record.Sez ? "impgsez" : "impg")
                : SectionKeys.Of(SectionKeys.ImsSectionOf(record)!.Value);
            rows.Add(new Row(section, action, record, original, portal?.PortalRecordOf(record.Id)));
        }

        StateAssumptions(rows, log);
        var json = PortalJsonWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("rtin", engine.Case.Recipient.Gstin.ToString());
            writer.WriteString("reqtyp", "SAVE");
            writer.WriteStartObject("invdata");
            foreach (var key in SectionOrder)
            {
                var section = rows.Where(r => r.Section == key).OrderBy(r => r.Record.Id, StringComparer.Ordinal).ToList();
                if (section.Count == 0)
                {
                    continue;
                }

                writer.WriteStartArray(key);
                foreach (var row in section)
                {
                    if (row.Record.Kind == RecordKind.BillOfEntry)
                    {
                        WriteBillOfEntry(writer, row);
                    }
                    else
                    {
                        WriteDocument(writer, row);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

        return new ImsUploadPayload(
            json,
            [.. rows.OrderBy(r => r.Record.Id, StringComparer.Ordinal).Select(r => r.Action)],
            log.ToImmutable());
    }

    /// <summary>The action in force per record as the engine orders them (R15: the later; at one instant the stronger); the others are reported.</summary>
    private static List<ImsAction> Latest(IEnumerable<ImsAction> actions, FindingLog log)
    {
        var latest = new Dictionary<string, ImsAction>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action?.RecordId is null)
            {
                continue;
            }

            if (action.Action is < ActionKind.NoAction or > ActionKind.Pending
                || action.ItcReduction is { Declared: var declared } && !(Paise.IsInRange(declared.Igst) && Paise.IsInRange(declared.Cgst) && Paise.IsInRange(declared.Sgst) && Paise.IsInRange(declared.Cess)))
            {
                log.Add(GstnFindingCodes.CodeUnknown, Severity.Error, action.RecordId,
                    "An action is not Accept, Reject, Pending or No action, or declares a reduction beyond ±10^15 rupees; it is left out.");
                continue;
            }

            if (latest.TryGetValue(action.RecordId, out var earlier))
            {
                var (kept, dropped) = ActionPrecedence.Compare(action, earlier) >= 0 ? (action, earlier) : (earlier, action);
                log.Add(GstnFindingCodes.UploadSuperseded, Severity.Info, action.RecordId,
                    $"The {dropped} is left out: the {kept} is the latest for the record.");
                latest[action.RecordId] = kept;
            }
            else
            {
                latest[action.RecordId] = action;
            }
        }

        return [.. latest.Values.OrderBy(a => a.RecordId, StringComparer.Ordinal)];
    }

    private static Finding? Refusal(ImsEngine engine, ImsAction action, InwardRecord record)
    {
        var id = record.Id;
        if (action.Action == ActionKind.NoAction)
        {
            return new Finding(GstnFindingCodes.UploadNoAction, Severity.Info, id,
                $"The {action} is left out: the portal resets a record to No action through a separate RESET request, not in a SAVE.");
        }

        var decision = engine.Decide(id, action.At)!;
        if (BypassReason(decision) is { } bypass)
        {
            return new Finding(GstnFindingCodes.UploadNotInIms, Severity.Warning, id,
                $"The {action} is left out: {bypass} ({string.Join(", ", decision.RouteRules)}), so the record goes straight to GSTR-2B and cannot be actioned.");
        }

        if (action.Action == ActionKind.Reject && !decision.RejectAllowed)
        {
            return new Finding(GstnFindingCodes.UploadRejectBillOfEntry, Severity.Warning, id,
                $"The {action} is left out: a bill of entry can only be accepted or kept pending (R51).");
        }

        if (action.Action == ActionKind.Pending && decision.Pending is { Allowed: false } allowance)
        {
            return new Finding(GstnFindingCodes.UploadPendingBlocked, Severity.Warning, id,
                $"The {action} is left out: {allowance.Reason}");
        }

        return null;
    }

    /// <summary>Why the engine routes a record past IMS, in words; <see langword="null"/> when it can be actioned (or was left out, which the engine reports).</summary>
    private static string? BypassReason(RecordDecision decision) => decision.Route switch
    {
        RecordRoute.Isd or RecordRoute.IsdIneligible => "it is an ISD distribution",
        RecordRoute.NonResident => "it comes from a non-resident's GSTR-5",
        RecordRoute.ReverseCharge => "it attracts reverse charge",
        RecordRoute.PlaceOfSupply => "its place of supply is the supplier's state but not the recipient's",
        RecordRoute.TimeBarred => "it was filed after the section 16(4) deadline",
        RecordRoute.BeforeIms => $"it belongs to the GSTR-2B of {decision.Period}, before IMS began with the October 2024 period",
        RecordRoute.ImportBeforeIms => "bills of entry enter IMS only from the October 2025 period",
        RecordRoute.Ims or RecordRoute.NotFiled or RecordRoute.LeftOut => null,
        _ => null,
    };

    private static void StateAssumptions(List<Row> rows, FindingLog log)
    {
        if (rows.Any(r => r.Record.Kind != RecordKind.BillOfEntry && r.Portal?.DocumentValue is null))
        {
            log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                "Records without the portal's val are written with val = taxable value + tax.");
        }

        if (rows.Any(r => r.Record.Kind == RecordKind.BillOfEntry))
        {
            log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                "GSTN's section names for bills of entry in IMS were not found; they are written under impg and impgsez, with portcode, boenum, boedt and refdt.");
        }
    }

    private static void WriteDocument(Utf8JsonWriter writer, Row row)
    {
        var (_, action, record, original, portal) = row;
        var note = record.Kind != RecordKind.Invoice;
        writer.WriteStartObject();
        writer.WriteString("stin", record.SupplierGstin?.ToString() ?? portal?.SupplierGstinText ?? string.Empty);
        writer.WriteString("inv_typ", PortalCodes.Of(record.InvoiceType));
        writer.WriteString("srcform", record.Form switch
        {
            SupplierForm.Gstr1A => "R1A",
            SupplierForm.Iff => "IFF",
            SupplierForm.Gstr1 or SupplierForm.Gstr5 or SupplierForm.Gstr6 or SupplierForm.Icegate => "R1",
        });
        if (record.SupplierPeriod is { } period)
        {
            writer.WriteString("rtnprd", period.ToPortalString());
        }

        writer.WriteString(note ? "nt_num" : "inum", record.Number);
        writer.WriteString(note ? "nt_dt" : "idt", PortalFormat.Date(record.Date));
        if (original is not null)
        {
            writer.WriteString(note ? "ont_num" : "oinum", original.Number);
            writer.WriteString(note ? "ont_dt" : "oidt", PortalFormat.Date(original.Date));
        }

        writer.WriteMoney("val", portal?.DocumentValue ?? record.TaxableValue + record.Tax.Total);
        if (record.PlaceOfSupply is { } pos)
        {
            writer.WriteString("pos", pos.ToString());
        }

        writer.WriteMoney("txval", record.TaxableValue);
        writer.WriteMoney("iamt", record.Tax.Igst);
        writer.WriteMoney("camt", record.Tax.Cgst);
        writer.WriteMoney("samt", record.Tax.Sgst);
        writer.WriteMoney("cess", record.Tax.Cess);
        WriteAction(writer, action, portal);
        writer.WriteEndObject();
    }

    private static void WriteBillOfEntry(Utf8JsonWriter writer, Row row)
    {
        var (_, action, record, _, portal) = row;
        writer.WriteStartObject();
        if (record.Sez && record.SupplierGstin is { } sez)
        {
            writer.WriteString("stin", sez.ToString());
        }

        writer.WriteString("portcode", record.PortCode ?? string.Empty);
        writer.WriteString("boenum", record.Number);
        writer.WriteString("boedt", PortalFormat.Date(record.Date));
        writer.WriteString("refdt", PortalFormat.Date(record.ReferenceDate ?? record.Date));
        writer.WriteString("isamd", record.IsAmendment ? "Y" : "N");
        writer.WriteMoney("txval", record.TaxableValue);
        writer.WriteMoney("iamt", record.Tax.Igst);
        writer.WriteMoney("cess", record.Tax.Cess);
        WriteAction(writer, action, portal);
        writer.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter writer, ImsAction action, ImsPortalRecord? portal)
    {
        writer.WriteString("action", PortalCodes.Of(action.Action));
        if (portal?.Action is { } previous)
        {
            writer.WriteString("prev_status", PortalCodes.Of(previous));
        }

        if (portal?.Hash is { } hash)
        {
            writer.WriteString("hash", hash);
        }

        if (action.Action == ActionKind.Accept && action.ItcReduction is { } reduction)
        {
            writer.WriteString("itcRedReq", reduction.Kind == ItcReductionKind.None ? "N" : "Y");
            if (reduction.Kind == ItcReductionKind.Partial)
            {
                writer.WriteMoney("declIgst", reduction.Declared.Igst);
                writer.WriteMoney("declCgst", reduction.Declared.Cgst);
                writer.WriteMoney("declSgst", reduction.Declared.Sgst);
                writer.WriteMoney("declCess", reduction.Declared.Cess);
            }
        }

        if (!string.IsNullOrEmpty(action.Remark))
        {
            writer.WriteString("remarks", action.Remark);
        }
    }

    /// <summary>One row to write: its IMS section key, the action, the record, its original and the portal's data.</summary>
    private sealed record Row(string Section, ImsAction Action, InwardRecord Record, InwardRecord? Original, ImsPortalRecord? Portal);
}
