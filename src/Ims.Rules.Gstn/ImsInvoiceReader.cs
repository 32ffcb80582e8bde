using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Internal;
using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// Reads the portal's IMS invoice data (R60): one array per section (<c>b2b</c>, <c>b2ba</c>,
/// <c>b2bdn</c>, <c>b2bdna</c>, <c>b2bcn</c>, <c>b2bcna</c>, <c>ecom</c>, <c>ecoma</c>), bare or
/// wrapped in <c>imsDetails</c>, into <see cref="InwardRecord"/>s and <see cref="ImsAction"/>s.
/// </summary>
/// <remarks>
/// Never throws on the data: malformed JSON, missing fields and the portal's quirks become
/// findings. What the data does not say (when records were filed, when actions were taken) is
/// assumed from <see cref="ImsReadOptions"/> and stated once as a <see cref="GstnFindingCodes.Assumption"/> finding.
/// </remarks>
public static class ImsInvoiceReader
{
    private static readonly FrozenSet<string> KnownFields = FrozenSet.ToFrozenSet(
        [
        "stin", "inum", "idt", "nt_num", "nt_dt", "oinum", "oidt", "ont_num", "ont_dt", "inv_typ", "rtnprd", "srcform",
        "srcfilstatus", "action", "prev_status", "ispendactblocked", "ispendactnallwd", "val", "pos", "txval", "iamt", "camt",
        "samt", "cess", "hash", "itcRedReq", "declIgst", "declCgst", "declSgst", "declCess", "remarks", "isRemarksBlocked",
        "itcRedReqBlocked", "isItcRedReqBlocked",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Top-level keys that name the recipient (<c>rtin</c>, as in the IMS SAVE request, or <c>gstin</c>):
    /// not sections, so not reported as ignored. The reader takes the recipient from
    /// <see cref="ImsReadOptions.RecipientGstin"/>; callers may look them up first.
    /// </summary>
    public static readonly ImmutableArray<string> RecipientKeys = ["rtin", "gstin"];

    /// <summary>Reads IMS invoice data from JSON text.</summary>
    /// <param name="json">The portal's JSON.</param>
    /// <param name="options">The recipient, the actions' instant and the filing assumption.</param>
    /// <returns>The data and the findings about it (a row that cannot be read is left out, with an error naming it), or the findings that prevent reading it (not JSON, not IMS invoice data).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    public static ReadResult<ImsInvoiceData> Read(string json, ImsReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var log = new FindingLog();
        using var document = PortalReader.Parse(json, log);
        return Read(document, options, log);
    }

    /// <summary>Reads IMS invoice data from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The portal's JSON.</param>
    /// <param name="options">The recipient, the actions' instant and the filing assumption.</param>
    /// <returns>The data and the findings about it (a row that cannot be read is left out, with an error naming it), or the findings that prevent reading it (not JSON, not IMS invoice data).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    public static ReadResult<ImsInvoiceData> Read(Stream utf8Json, ImsReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        var log = new FindingLog();
        using var document = PortalReader.Parse(utf8Json, log);
        return Read(document, options, log);
    }

    private static ReadResult<ImsInvoiceData> Read(JsonDocument? document, ImsReadOptions options, FindingLog log)
    {
        var session = new Session(options, log);
        if (document is null || !session.ReadRoot(document.RootElement))
        {
            return ReadResult.Unreadable<ImsInvoiceData>(log.ToImmutable());
        }

        var data = session.Finish();
        return ReadResult.Read(data, data.Findings);
    }

    /// <summary>The state of one read.</summary>
    private sealed class Session(ImsReadOptions options, FindingLog log)
    {
        private readonly PortalReader _reader = new(log);
        private readonly List<Draft> _drafts = [];
        private bool _formAssumed;
        private bool _statusAssumed;

        /// <summary>Reads the sections; false when the input is not IMS invoice data at all (nothing is read).</summary>
        public bool ReadRoot(JsonElement root)
        {
            if (!_reader.ExpectObject(root, "$"))
            {
                return false;
            }

            var body = root;
            var prefix = "$";
            if (PortalReader.TryGet(root, "imsDetails", out var details))
            {
                IgnoreOthers(root, "$", ["imsDetails", "imsDetailsErr", .. RecipientKeys]);
                if (!_reader.ExpectObject(details, "$.imsDetails"))
                {
                    return false;
                }

                body = details;
                prefix = "$.imsDetails";
            }

            IgnoreOthers(body, prefix, [.. SectionKeys.ImsOrder.Select(SectionKeys.Of), .. prefix == "$" ? RecipientKeys : []]);
            if (!SectionKeys.ImsOrder.Any(section => PortalReader.TryGet(body, SectionKeys.Of(section), out _)))
            {
                log.Add(GstnFindingCodes.WrongKind, Severity.Error, null, PortalKinds.IsGstr2b(root)
                    ? "This is a GSTR-2B download (data.rtnprd, data.docdata), not IMS invoice data; read it with Gstr2bReader (convert --from gstn-2b). Nothing is read."
                    : $"{prefix} holds no IMS section: expected IMS invoice data, an object with at least one of the arrays {string.Join(", ", SectionKeys.ImsOrder.Select(SectionKeys.Of))} (bare or under imsDetails). Nothing is read.");
                return false;
            }

            foreach (var section in SectionKeys.ImsOrder)
            {
                var key = SectionKeys.Of(section);
                var rows = _reader.Array(body, key, prefix);
                for (var i = 0; i < rows.Count; i++)
                {
                    ReadRow(section, rows[i], $"{prefix}.{key}[{i}]");
                }
            }

            return true;
        }

        public ImsInvoiceData Finish()
        {
            LinkAmendments();
            StateAssumptions();
            _reader.Finish();

            var actions = ImmutableArray.CreateBuilder<ImsAction>();
            foreach (var draft in _drafts)
            {
                if (draft.Portal.Action is { } action)
                {
                    actions.Add(new ImsAction
                    {
                        RecordId = draft.Record.Id,
                        Action = action,
                        At = options.ActionsAt,
                        ItcReduction = action == ActionKind.Accept ? ReductionOf(draft.Portal) : null,
                        Remark = draft.Portal.Remarks,
                    });
                }
            }

            return new ImsInvoiceData
            {
                RecipientGstin = options.RecipientGstin,
                ActionsAt = options.ActionsAt,
                Records = [.. _drafts.Select(d => d.Record)],
                Actions = actions.ToImmutable(),
                PortalRecords = [.. _drafts.Select(d => d.Portal)],
                Findings = log.ToImmutable(),
            };
        }

        private void IgnoreOthers(JsonElement obj, string path, string[] known)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    log.Once("section:" + property.Name, GstnFindingCodes.SectionIgnored, Severity.Info, null,
                        $"{path}.{property.Name} is not an IMS section the reader knows; it is ignored.");
                }
            }
        }

        private void ReadRow(ImsSection section, JsonElement row, string path)
        {
            if (!_reader.ExpectObject(row, path))
            {
                return;
            }

            _reader.NoteUnknownFields(row, KnownFields);
            var note = SectionKeys.IsNote(section);
            var amendment = SectionKeys.OriginalOf(section) is not null;
            var stin = PortalReader.Text(row, "stin");
            var number = PortalReader.Text(row, note ? "nt_num" : "inum");
            var dateText = PortalReader.Text(row, note ? "nt_dt" : "idt");
            var periodText = PortalReader.Text(row, "rtnprd");
            var originalNumber = amendment ? PortalReader.Text(row, note ? "ont_num" : "oinum") : null;

            var missing = new List<string>();
            if (stin is null)
            {
                missing.Add("stin");
            }

            if (number is null)
            {
                missing.Add(note ? "nt_num" : "inum");
            }

            if (!PortalFormat.TryParseDate(dateText, out var date))
            {
                missing.Add($"{(note ? "nt_dt" : "idt")} as DD-MM-YYYY from 01-04-2000 (found {Shown(dateText)})");
            }

            if (!ReturnPeriod.TryParsePortal(periodText, out var period))
            {
                missing.Add($"rtnprd as MMYYYY (found {Shown(periodText)})");
            }

            if (amendment && originalNumber is null)
            {
                missing.Add(note ? "ont_num (the original's number)" : "oinum (the original's number)");
            }

            if (missing.Count > 0)
            {
                var known = stin is not null && number is not null ? GstnRecordIds.ForIms(section, stin, number) : null;
                log.Add(GstnFindingCodes.RecordUnreadable, Severity.Error, known,
                    $"{path} lacks {string.Join(", ", missing)}; the document is left out.");
                return;
            }

            var errors = log.ErrorCount;
            var id = _reader.UniqueId(GstnRecordIds.ForIms(section, stin!, number!), path, "supplier");
            var form = FormOf(row, path, id);
            var filed = FiledOf(row, path, id);
            var filedAt = filed ? FilingInstant(period, form) : (Instant?)null;
            var portal = PortalOf(section, row, path, id, stin!, filed);

            var record = new InwardRecord
            {
                Id = id,
                Kind = SectionKeys.KindOf(section),
                Form = form,
                Eco = SectionKeys.IsEco(section),
                SupplierGstin = _reader.ReadGstin(stin, path + ".stin", id, "supplier GSTIN (stin)"),
                SupplierPeriod = period,
                Number = number!,
                Date = date,
                InvoiceType = InvoiceTypeOf(row, path, id),
                PlaceOfSupply = _reader.PlaceOfSupply(row, path, id),
                TaxableValue = _reader.Money(row, "txval", path, id),
                Tax = new TaxAmounts(
                    _reader.Money(row, "iamt", path, id),
                    _reader.Money(row, "camt", path, id),
                    _reader.Money(row, "samt", path, id),
                    _reader.Money(row, "cess", path, id)),
                FiledAt = filedAt,
            };

            if (log.ErrorCount > errors)
            {
                return; // an unknown code or an unreadable amount: left out, never guessed toward ITC
            }

            if (portal.Action is not null && filedAt is { } f && options.ActionsAt < f)
            {
                log.Add(GstnFindingCodes.ActionBeforeFiling, Severity.Warning, id,
                    $"The action is dated {PortalFormat.Instant(options.ActionsAt)}, before the record's assumed filing at {PortalFormat.Instant(f)}; the engine will ignore it as taken before the record was visible (R1).");
            }

            _drafts.Add(new Draft(section, record, portal, originalNumber));
        }

        private ImsPortalRecord PortalOf(ImsSection section, JsonElement row, string path, string id, string stin, bool filed)
        {
            decimal? declIgst = _reader.OptionalMoney(row, "declIgst", path, id);
            decimal? declCgst = _reader.OptionalMoney(row, "declCgst", path, id);
            decimal? declSgst = _reader.OptionalMoney(row, "declSgst", path, id);
            decimal? declCess = _reader.OptionalMoney(row, "declCess", path, id);
            var anyDeclared = declIgst is not null || declCgst is not null || declSgst is not null || declCess is not null;
            return new ImsPortalRecord
            {
                RecordId = id,
                Section = section,
                Path = path,
                SupplierGstinText = stin,
                Action = ActionOf(row, "action", path, id),
                PreviousAction = ActionOf(row, "prev_status", path, id),
                PendingActionBlocked = _reader.Flag(row, "ispendactblocked", path, id),
                PendingActionNotAllowed = _reader.Flag(row, "ispendactnallwd", path, id),
                Filed = filed,
                DocumentValue = _reader.OptionalMoney(row, "val", path, id),
                Hash = PortalReader.Text(row, "hash"),
                ItcReductionRequired = _reader.Flag(row, "itcRedReq", path, id),
                DeclaredReduction = anyDeclared ? new TaxAmounts(declIgst ?? 0, declCgst ?? 0, declSgst ?? 0, declCess ?? 0) : null,
                Remarks = PortalReader.Text(row, "remarks"),
            };
        }

        private SupplierForm FormOf(JsonElement row, string path, string id)
        {
            var text = PortalReader.Text(row, "srcform");
            switch (text?.ToUpperInvariant())
            {
                case null:
                    _formAssumed = true;
                    return SupplierForm.Gstr1;
                case "R1" or "GSTR1" or "GSTR-1":
                    return SupplierForm.Gstr1;
                case "R1A" or "GSTR1A" or "GSTR-1A":
                    return SupplierForm.Gstr1A;
                case "IFF":
                    return SupplierForm.Iff;
                default:
                    _reader.Unknown(path + ".srcform", text, id, "R1, R1A or IFF");
                    return SupplierForm.Gstr1;
            }
        }

        private bool FiledOf(JsonElement row, string path, string id)
        {
            var text = PortalReader.Text(row, "srcfilstatus");
            switch (text?.ToUpperInvariant())
            {
                case null:
                    _statusAssumed = true;
                    return true;
                case "FILED":
                    return true;
                case "NOT FILED" or "NOTFILED" or "SAVED":
                    return false;
                default:
                    _reader.Unknown(path + ".srcfilstatus", text, id, "Filed, Not Filed or SAVED");
                    return true;
            }
        }

        private InvoiceType InvoiceTypeOf(JsonElement row, string path, string id)
        {
            var text = PortalReader.Text(row, "inv_typ");
            switch (text?.ToUpperInvariant())
            {
                case null or "R":
                    return InvoiceType.Regular;
                case "SEZWP":
                    return InvoiceType.SezWithPayment;
                case "SEZWOP":
                    return InvoiceType.SezWithoutPayment;
                case "DE":
                    return InvoiceType.DeemedExport;
                case "CBW":
                    return InvoiceType.CustomsBondedWarehouse;
                default:
                    _reader.Unknown(path + ".inv_typ", text, id, "R, SEZWP, SEZWOP, DE or CBW");
                    return InvoiceType.Regular;
            }
        }

        private ActionKind? ActionOf(JsonElement row, string name, string path, string id)
        {
            var text = PortalReader.Text(row, name);
            switch (text?.ToUpperInvariant())
            {
                case null:
                    return null;
                case "A":
                    return ActionKind.Accept;
                case "R":
                    return ActionKind.Reject;
                case "P":
                    return ActionKind.Pending;
                case "N":
                    return ActionKind.NoAction;
                default:
                    _reader.Unknown(path + "." + name, text, id, "A, R, P or N");
                    return null;
            }
        }

        private Instant FilingInstant(ReturnPeriod period, SupplierForm form)
        {
            var next = period.End.PlusMonths(1);
            return options.FilingInstant switch
            {
                FilingInstantAssumption.LastDayOfWindow => IndianTime.StartOf(next.OnDayOfMonth(form == SupplierForm.Iff ? 13 : 11)),
                FilingInstantAssumption.FirstDayAfterPeriod => IndianTime.StartOf(next.OnDayOfMonth(1)),
            };
        }

        private static ItcReduction? ReductionOf(ImsPortalRecord portal) => portal.ItcReductionRequired switch
        {
            null => null,
            false => ItcReduction.None,
            true => portal.DeclaredReduction is { } declared ? ItcReduction.Partial(declared) : ItcReduction.Full,
        };

        private void LinkAmendments()
        {
            var ids = _drafts.Select(d => d.Record.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < _drafts.Count; i++)
            {
                var draft = _drafts[i];
                if (SectionKeys.OriginalOf(draft.Section) is not { } originalSection)
                {
                    continue;
                }

                var originalId = GstnRecordIds.ForIms(originalSection, draft.Portal.SupplierGstinText, draft.OriginalNumber!);
                if (!ids.Contains(originalId))
                {
                    log.Add(GstnFindingCodes.AmendsOriginalMissing, Severity.Warning, draft.Record.Id,
                        $"The original '{draft.OriginalNumber}' of {draft.Portal.Path} is not in the data; the record amends '{originalId}', which the engine will not find (R41).");
                }

                _drafts[i] = draft with { Record = draft.Record with { Amends = originalId } };
            }
        }

        private void StateAssumptions()
        {
            if (_drafts.Count == 0)
            {
                return;
            }

            if (_drafts.Any(d => d.Record.FiledAt is not null))
            {
                log.Add(GstnFindingCodes.Assumption, Severity.Info, null, options.FilingInstant switch
                {
                    FilingInstantAssumption.LastDayOfWindow =>
                        "The data gives no filing instants: a filed record is taken as filed at 00:00 IST on the last day of its form's window after rtnprd, the 11th of the next month for GSTR-1 and GSTR-1A and the 13th for IFF (R29, R31).",
                    FilingInstantAssumption.FirstDayAfterPeriod =>
                        "The data gives no filing instants: a filed record is taken as filed at 00:00 IST on the 1st of the month after rtnprd.",
                });
            }

            if (_drafts.Any(d => d.Record.FiledAt is null))
            {
                log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                    "Records with srcfilstatus 'Not Filed' or 'SAVED' are only saved: they have no filing instant and enter no statement until filed (R9).");
            }

            if (_drafts.Any(d => d.Portal.Action is not null))
            {
                log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                    $"The data gives no action instants: every action is dated {PortalFormat.Instant(options.ActionsAt)}.");
            }

            log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                "The data gives neither saved instants nor supplier frequencies: SavedAt is left empty and every supplier is taken as a monthly GSTR-1 filer.");

            if (_formAssumed)
            {
                log.Add(GstnFindingCodes.Assumption, Severity.Info, null, "Records without srcform are taken as reported in GSTR-1 (R1).");
            }

            if (_statusAssumed)
            {
                log.Add(GstnFindingCodes.Assumption, Severity.Info, null, "Records without srcfilstatus are taken as filed.");
            }
        }

        private static string Shown(string? text) => text is null ? "nothing" : $"'{text}'";
    }

    /// <summary>A record as read, before its amendment link is known.</summary>
    private sealed record Draft(ImsSection Section, InwardRecord Record, ImsPortalRecord Portal, string? OriginalNumber);
}
