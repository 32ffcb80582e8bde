using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Gstn.Internal;
using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// Reads a GSTR-2B download in the portal's shape (R57–R59), pre-IMS (v3, rate-wise
/// <c>items[]</c>) or IMS-era (v4, with <c>docRejdata</c> and <c>itcRejected</c>), into a
/// <see cref="Gstr2bStatement"/> and the portal's own summary.
/// </summary>
/// <remarks>
/// Never throws on the data: malformed JSON, bad GSTINs, one-decimal money and other quirks
/// become findings. The documents' ITC is the document's tax, negative for credit notes
/// (<c>cdnr</c> <c>typ</c> "C", ISD <c>doctyp</c> "ISDC") and zero in ITC Rejected, as the engine
/// shows it; the portal's <c>itcsumm</c> is kept apart and only compared.
/// </remarks>
public static class Gstr2bReader
{
    /// <summary>Reads a GSTR-2B download from JSON text.</summary>
    /// <param name="json">The portal's JSON.</param>
    /// <returns>The download and the findings about it (a document that cannot be read is left out, with an error naming it), or the findings that prevent reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<Gstr2bDownload> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var log = new FindingLog();
        using var document = PortalReader.Parse(json, log);
        return Read(document, log);
    }

    /// <summary>Reads a GSTR-2B download from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The portal's JSON.</param>
    /// <returns>The download and the findings about it (a document that cannot be read is left out, with an error naming it), or the findings that prevent reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ReadResult<Gstr2bDownload> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var log = new FindingLog();
        using var document = PortalReader.Parse(utf8Json, log);
        return Read(document, log);
    }

    private static ReadResult<Gstr2bDownload> Read(JsonDocument? document, FindingLog log)
    {
        var download = document is null ? null : new Session(log).Read(document.RootElement);
        return download is null ? ReadResult.Unreadable<Gstr2bDownload>(log.ToImmutable()) : ReadResult.Read(download, log.ToImmutable());
    }

    /// <summary>The state of one read.</summary>
    private sealed class Session(FindingLog log)
    {
        private readonly PortalReader _reader = new(log);
        private readonly List<(StatementDocument Statement, PortalDocument Portal)> _documents = [];
        private ReturnPeriod _period;

        public Gstr2bDownload? Read(JsonElement root)
        {
            if (!_reader.ExpectObject(root, "$"))
            {
                return null;
            }

            var checksum = PortalReader.Text(root, "chksum");
            var path = "$.data";
            if (!PortalReader.TryGet(root, "data", out var data))
            {
                data = root;
                path = "$";
            }

            if (!_reader.ExpectObject(data, path))
            {
                return null;
            }

            var periodText = PortalReader.Text(data, "rtnprd");
            if (periodText is null && !PortalReader.TryGet(data, "docdata", out _) && !PortalReader.TryGet(data, "docRejdata", out _))
            {
                log.Add(GstnFindingCodes.WrongKind, Severity.Error, null, PortalKinds.IsImsData(root)
                    ? "This is IMS invoice data (b2b, b2bcn… arrays of rows with stin and inum), not a GSTR-2B download; read it with ImsInvoiceReader (convert --from gstn-ims). No statement is built."
                    : "This is not a GSTR-2B download: expected an object with data.rtnprd, data.gstin and data.docdata (or the same fields at the top level). No statement is built.");
                return null;
            }

            if (!ReturnPeriod.TryParsePortal(periodText, out _period))
            {
                log.Add(GstnFindingCodes.StatementUnreadable, Severity.Error, null,
                    $"{path}.rtnprd is {(periodText is null ? "missing" : PortalReader.Quote(periodText))}, not a return period MMYYYY; no statement is built.");
                return null;
            }

            if (path == "$.data")
            {
                _reader.NoteUnknownFields(data, Gstr2bLayout.DataFields);
            }

            var gstinText = PortalReader.Text(data, "gstin");
            if (_reader.ReadGstin(gstinText, path + ".gstin", null, "recipient GSTIN (gstin)") is not { } gstin)
            {
                log.Add(GstnFindingCodes.StatementUnreadable, Severity.Error, null,
                    $"{path}.gstin is {(gstinText is null ? "missing" : PortalReader.Quote(gstinText))}, not the recipient's GSTIN; no statement is built.");
                return null;
            }

            var asOf = GeneratedAt(data, path);
            ReadDocuments(data, "docdata", path, rejected: false);
            ReadDocuments(data, "docRejdata", path, rejected: true);
            var portalSummary = PortalSummaryReader.Read(data, _reader, path + ".itcsumm");

            _documents.Sort((a, b) => string.CompareOrdinal(a.Statement.RecordId, b.Statement.RecordId));
            var documents = _documents.Select(d => d.Statement).ToList();
            CompareSummary(portalSummary, documents, path);
            _reader.Finish();

            var findings = log.ToImmutable();
            var statement = new Gstr2bStatement
            {
                Gstin = gstin,
                Period = _period,
                AsOf = asOf,
                RuleSet = ImsCalendar.RuleSetOf(_period),
                Status = StatementStatus.Generated,
                Documents = [.. documents],
                Summary = new StatementSummary
                {
                    ItcAvailable = Sum(documents, Bucket.ItcAvailable, d => d.Itc),
                    ItcNotAvailable = Sum(documents, Bucket.ItcNotAvailable, d => d.Itc),
                    ItcRejected = Sum(documents, Bucket.ItcRejected, d => d.Itc),
                },
                Findings = findings,
            };

            return new Gstr2bDownload
            {
                Statement = statement,
                Documents = [.. _documents.Select(d => d.Portal)],
                PortalSummary = portalSummary,
                Version = PortalReader.Text(data, "version"),
                Checksum = checksum,
            };
        }

        private Instant GeneratedAt(JsonElement data, string path)
        {
            if (_reader.OptionalDate(data, "gendt", path, null) is { } generated)
            {
                return IndianTime.StartOf(generated);
            }

            var assumed = _period.End.PlusMonths(1).OnDayOfMonth(14);
            log.Add(GstnFindingCodes.Assumption, Severity.Info, null,
                $"The download has no readable gendt; the statement is taken as generated at 00:00 IST on {PortalFormat.Date(assumed)} (R28).");
            return IndianTime.StartOf(assumed);
        }

        private void ReadDocuments(JsonElement data, string key, string dataPath, bool rejected)
        {
            if (!PortalReader.TryGet(data, key, out var sections) || !_reader.ExpectObject(sections, $"{dataPath}.{key}"))
            {
                return;
            }

            var path = $"{dataPath}.{key}";
            foreach (var property in sections.EnumerateObject())
            {
                if (!Gstr2bLayout.All.Any(l => l.Key == property.Name))
                {
                    log.Once("section:" + property.Name, GstnFindingCodes.SectionIgnored, Severity.Info, null, property.Name == "itcrev"
                        ? $"{path}.itcrev (ITC reversal documents, R38) is not modelled by the engine; it is ignored."
                        : $"{path}.{property.Name} is not a GSTR-2B section the reader knows; it is ignored.");
                }
            }

            foreach (var layout in Gstr2bLayout.All)
            {
                var entries = _reader.Array(sections, layout.Key, path);
                for (var i = 0; i < entries.Count; i++)
                {
                    var entryPath = $"{path}.{layout.Key}[{i}]";
                    if (layout.ListKey is null)
                    {
                        ReadDocument(layout, rejected, entries[i], entryPath, default);
                    }
                    else
                    {
                        ReadSupplier(layout, rejected, entries[i], entryPath);
                    }
                }
            }
        }

        private void ReadSupplier(Gstr2bLayout layout, bool rejected, JsonElement supplier, string path)
        {
            if (!_reader.ExpectObject(supplier, path))
            {
                return;
            }

            _reader.NoteUnknownFields(supplier, Gstr2bLayout.SupplierFields);
            var ctin = PortalReader.Text(supplier, "ctin");
            var context = new SupplierContext(
                ctin,
                _reader.ReadGstin(ctin, path + ".ctin", null, "supplier GSTIN (ctin)"),
                PortalReader.Text(supplier, "trdnm"),
                _reader.OptionalPeriod(supplier, "supprd", path, null),
                _reader.OptionalDate(supplier, "supfildt", path, null));

            var documents = _reader.Array(supplier, layout.ListKey!, path);
            for (var i = 0; i < documents.Count; i++)
            {
                ReadDocument(layout, rejected, documents[i], $"{path}.{layout.ListKey}[{i}]", context);
            }
        }

        private void ReadDocument(Gstr2bLayout layout, bool rejected, JsonElement document, string path, SupplierContext supplier)
        {
            if (!_reader.ExpectObject(document, path))
            {
                return;
            }

            var errors = log.ErrorCount;

            _reader.NoteUnknownFields(document, layout.DocumentFields);
            var number = PortalReader.Text(document, layout.NumberKey);
            var billOfEntry = layout.Shape == DocumentShape.BillOfEntry;
            var portCode = billOfEntry ? PortalReader.Text(document, "portcode") : null;
            var party = billOfEntry ? portCode : supplier.Ctin;
            if (number is null || party is null)
            {
                var lacks = new List<string>();
                if (party is null)
                {
                    lacks.Add(billOfEntry ? "portcode" : "ctin (on its supplier)");
                }

                if (number is null)
                {
                    lacks.Add(layout.NumberKey);
                }

                log.Add(GstnFindingCodes.RecordUnreadable, Severity.Error, null,
                    $"{path} lacks {string.Join(" and ", lacks)}, which identify it; the document is left out.");
                return;
            }

            var section = billOfEntry && _reader.Flag(document, "isamd", path, null) == true ? layout.Amended : layout.Section;
            var id = _reader.UniqueId(GstnRecordIds.ForStatement(section, party, number), path, "party");
            var typeCode = PortalReader.Text(document, layout.Shape == DocumentShape.Isd ? "doctyp" : "typ");
            var tax = TaxOf(document, path, id, out var taxableValue);
            var signed = Negative(layout.Shape, typeCode, path, id) ? tax.Negate() : tax;
            var bucket = rejected ? Bucket.ItcRejected : BucketOf(layout.Shape, document, path, id);
            var date = _reader.OptionalDate(document, layout.DateKey, path, id);
            var fromAbroad = billOfEntry && !layout.FromSez;

            var statementDocument = new StatementDocument
            {
                RecordId = id,
                SupplierGstin = fromAbroad ? null : supplier.Gstin,
                Number = number,
                Date = date ?? default,
                Bucket = bucket,
                Section = section,
                ReverseCharge = layout.Shape is DocumentShape.Invoice or DocumentShape.Note && _reader.Flag(document, "rev", path, id) == true,
                Reason = bucket == Bucket.ItcNotAvailable ? ReasonOf(layout.Shape, document, path, id) : null,
                Itc = bucket == Bucket.ItcRejected ? TaxAmounts.Zero : signed,
                Tax = signed,
                Action = rejected ? ActionKind.Reject : ActionKind.NoAction,
                Since = _period,
                Rules = [],
            };

            var portalDocument = new PortalDocument
            {
                RecordId = id,
                Section = section,
                Bucket = bucket,
                Path = path,
                Number = number,
                SupplierGstinText = fromAbroad ? null : supplier.Ctin,
                TradeName = supplier.TradeName,
                SupplierPeriod = supplier.Period,
                SupplierFiledOn = supplier.FiledOn,
                Date = date,
                TypeCode = typeCode,
                Value = _reader.OptionalMoney(document, "val", path, id),
                PlaceOfSupply = _reader.PlaceOfSupply(document, path, id),
                TaxableValue = taxableValue,
                Tax = tax,
                OriginalNumber = layout.OriginalNumberKey is { } originalNumber ? PortalReader.Text(document, originalNumber) : null,
                OriginalDate = layout.OriginalDateKey is { } originalDate ? _reader.OptionalDate(document, originalDate, path, id) : null,
                PortCode = portCode,
                ReferenceDate = billOfEntry ? _reader.OptionalDate(document, "refdt", path, id) : null,
            };

            if (log.ErrorCount > errors)
            {
                return; // an unknown code or an unreadable amount: left out, never guessed toward ITC
            }

            _documents.Add((statementDocument, portalDocument));
        }

        private TaxAmounts TaxOf(JsonElement document, string path, string id, out decimal taxableValue)
        {
            string[] fields = ["txval", "igst", "cgst", "sgst", "cess"];
            var items = fields.Any(f => PortalReader.TryGet(document, f, out _)) ? [] : _reader.Array(document, "items", path);
            if (items.Count == 0)
            {
                taxableValue = _reader.Money(document, "txval", path, id);
                return new TaxAmounts(
                    _reader.Money(document, "igst", path, id),
                    _reader.Money(document, "cgst", path, id),
                    _reader.Money(document, "sgst", path, id),
                    _reader.Money(document, "cess", path, id));
            }

            _reader.NoteItemsSummed();
            taxableValue = 0m;
            var tax = TaxAmounts.Zero;
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = $"{path}.items[{i}]";
                if (!_reader.ExpectObject(items[i], itemPath, id))
                {
                    continue;
                }

                _reader.NoteUnknownFields(items[i], Gstr2bLayout.ItemFields);
                taxableValue += _reader.Money(items[i], "txval", itemPath, id);
                tax += new TaxAmounts(
                    _reader.Money(items[i], "igst", itemPath, id),
                    _reader.Money(items[i], "cgst", itemPath, id),
                    _reader.Money(items[i], "sgst", itemPath, id),
                    _reader.Money(items[i], "cess", itemPath, id));
            }

            return tax;
        }

        private bool Negative(DocumentShape shape, string? typeCode, string path, string id)
        {
            switch (shape)
            {
                case DocumentShape.Note:
                    switch (typeCode?.ToUpperInvariant())
                    {
                        case "C":
                            return true;
                        case "D":
                            return false;
                        default:
                            _reader.Unknown(path + ".typ", typeCode ?? "(missing)", id, "C or D");
                            return false;
                    }

                case DocumentShape.Isd:
                    switch (typeCode?.ToUpperInvariant())
                    {
                        case "ISDC":
                            return true;
                        case "ISDI":
                            return false;
                        default:
                            _reader.Unknown(path + ".doctyp", typeCode ?? "(missing)", id, "ISDI or ISDC");
                            return false;
                    }

                case DocumentShape.Invoice or DocumentShape.BillOfEntry:
                    return false;
            }

            return false;
        }

        private Bucket BucketOf(DocumentShape shape, JsonElement document, string path, string id)
        {
            switch (shape)
            {
                case DocumentShape.BillOfEntry:
                    return Bucket.ItcAvailable;
                case DocumentShape.Isd:
                    return _reader.Flag(document, "itcelg", path, id) == false ? Bucket.ItcNotAvailable : Bucket.ItcAvailable;
                case DocumentShape.Invoice or DocumentShape.Note:
                    break;
            }

            var text = PortalReader.Text(document, "itcavl");
            switch (text?.ToUpperInvariant())
            {
                case "Y":
                    return Bucket.ItcAvailable;
                case "N":
                    return Bucket.ItcNotAvailable;
                case "T":
                    log.Once("itcavl-T", GstnFindingCodes.Assumption, Severity.Info, null,
                        $"itcavl 'T' (first at {path}) is read as ITC Not Available: the portal marks such ITC as not (yet) available.");
                    return Bucket.ItcNotAvailable;
                case null:
                    log.Once("itcavl-missing", GstnFindingCodes.Assumption, Severity.Info, null,
                        $"Documents in docdata without itcavl (first at {path}) are read as ITC Available.");
                    return Bucket.ItcAvailable;
                default:
                    _reader.Unknown(path + ".itcavl", text, id, "Y, N or T");
                    return Bucket.ItcAvailable;
            }
        }

        private NotAvailableReason? ReasonOf(DocumentShape shape, JsonElement document, string path, string id)
        {
            if (shape is not (DocumentShape.Invoice or DocumentShape.Note))
            {
                return null;
            }

            var text = PortalReader.Text(document, "rsn");
            switch (text?.ToUpperInvariant())
            {
                case null:
                    return null;
                case "P":
                    return NotAvailableReason.PlaceOfSupply;
                case "C":
                    return NotAvailableReason.TimeLimit;
                default:
                    _reader.Unknown(path + ".rsn", text, id, "P, C or empty");
                    return null;
            }
        }

        private void CompareSummary(PortalItcSummary summary, List<StatementDocument> documents, string path)
        {
            Compare(summary.ItcAvailable, "itcavl", Sum(documents, Bucket.ItcAvailable, d => d.Itc), path);
            Compare(summary.ItcNotAvailable, "itcunavl", Sum(documents, Bucket.ItcNotAvailable, d => d.Itc), path);
            Compare(summary.ItcRejected, "itcRejected", Sum(documents, Bucket.ItcRejected, d => d.Tax), path);
        }

        private void Compare(PortalItcBucket? bucket, string key, TaxAmounts documents, string path)
        {
            if (bucket is null || bucket.Total == documents)
            {
                return;
            }

            log.Add(GstnFindingCodes.SummaryMismatch, Severity.Info, null,
                $"{path}.itcsumm.{key} totals {bucket.Total}, but the documents read for it sum to {documents}; both are kept as read.");
        }

        private static TaxAmounts Sum(IEnumerable<StatementDocument> documents, Bucket bucket, Func<StatementDocument, TaxAmounts> amount)
        {
            var sum = TaxAmounts.Zero;
            foreach (var document in documents)
            {
                if (document.Bucket == bucket)
                {
                    sum += amount(document);
                }
            }

            return sum;
        }
    }

    /// <summary>The supplier-level fields documents inherit.</summary>
    private readonly record struct SupplierContext(string? Ctin, Gstin? Gstin, string? TradeName, ReturnPeriod? Period, LocalDate? FiledOn);
}
