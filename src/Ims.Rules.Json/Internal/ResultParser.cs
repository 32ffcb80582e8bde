using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>Reads an <c>ims-2b/1</c> document from a parsed JSON tree; every problem is a finding naming the path.</summary>
internal sealed class ResultParser
{
    private static readonly string[] StatementFields =
    [
        Fields.Format, Fields.Gstin, Fields.Period, Fields.Frequency, Fields.AsOf, Fields.Moment, Fields.RuleSet, Fields.Status,
        Fields.Reason, Fields.Documents, Fields.Summary, Fields.CarryForward, Fields.SupplierEffects, Fields.Findings,
    ];

    private static readonly string[] DocumentFields =
    [
        Fields.Record, Fields.Bucket, Fields.Section, Fields.ReverseCharge, Fields.Reason, Fields.Itc, Fields.ItcReversed, Fields.Rules,
        Fields.Tax, Fields.Action, Fields.Remark, Fields.Since, Fields.SupplierGstin, Fields.Number, Fields.Date,
    ];

    private static readonly string[] TaxFields = [Fields.Igst, Fields.Cgst, Fields.Sgst, Fields.Cess];

    private readonly List<Finding> _findings = [];
    private int _errors;

    public static ResultReadResult Parse(byte[] utf8)
    {
        var parser = new ResultParser();
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var statement = parser.ReadStatement(document.RootElement, "$");
            return new ResultReadResult(parser._errors == 0 ? statement : null, [.. parser._findings]);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            parser.Error(JsonFindingCodes.Syntax, string.Create(CultureInfo.InvariantCulture, $"$ (line {line})"), "invalid JSON: " + JsonErrorText.Of(e) + ".");
            return new ResultReadResult(null, [.. parser._findings]);
        }
    }

    public static ResultReadResult Unreadable(IOException e) =>
        new(null, [new Finding(JsonFindingCodes.Unreadable, Severity.Error, null, "$: the input could not be read: " + e.Message)]);

    private Gstr2bStatement? ReadStatement(JsonElement root, string path)
    {
        if (!IsObject(root, path))
        {
            return null;
        }

        var format = String(root, path, Fields.Format, required: false);
        if (format != ResultWriter.Format)
        {
            Error(JsonFindingCodes.Format, path + "." + Fields.Format,
                (format is null ? "missing" : IsoTime.Quote(format) + " is not a result format") + ": expected \"" + ResultWriter.Format + "\".");
            return null;
        }

        Known(root, path, StatementFields);
        var gstinText = String(root, path, Fields.Gstin, required: false);
        var gstin = default(Gstin);
        if (gstinText is not null && !Gstin.TryParseAllowingBadCheckCharacter(gstinText, out gstin))
        {
            Error(JsonFindingCodes.Value, path + "." + Fields.Gstin, IsoTime.Quote(gstinText) + " is not a GSTIN.");
        }

        var quarterly = Choice(root, path, Fields.Frequency, Vocabulary.Frequency, required: false) == ReturnFrequency.Quarterly;
        var period = Period(root, path, Fields.Period, required: true);
        return new Gstr2bStatement
        {
            Gstin = gstin,
            Period = period is { } p && quarterly ? ReturnPeriod.QuarterOf(p.Start) : period ?? default,
            AsOf = Instant(root, path, Fields.AsOf) ?? default,
            Moment = Moment(root, path),
            RuleSet = Choice(root, path, Fields.RuleSet, Vocabulary.RuleSet, required: true) ?? default,
            Status = Choice(root, path, Fields.Status, Vocabulary.Status, required: true) ?? default,
            Documents = Array(root, path, Fields.Documents, ReadDocument),
            Summary = ReadSummary(root, path),
            CarryForward = Array(root, path, Fields.CarryForward, ReadCarryForward),
            SupplierEffects = Array(root, path, Fields.SupplierEffects, ReadEffect),
            Findings = Array(root, path, Fields.Findings, ReadFinding),
        };
    }

    private StatementDocument? ReadDocument(JsonElement item, string path)
    {
        Known(item, path, DocumentFields);
        var record = String(item, path, Fields.Record, required: true);
        var bucket = Choice(item, path, Fields.Bucket, Vocabulary.Bucket, required: true);
        var section = Choice(item, path, Fields.Section, Vocabulary.Section, required: true);
        if (record is null || bucket is null || section is null)
        {
            return null;
        }

        var rules = Array(item, path, Fields.Rules, (rule, rulePath) => rule.ValueKind == JsonValueKind.String ? rule.GetString() : Wrong<string>(rulePath, "a rule ID string", rule));
        return new StatementDocument
        {
            RecordId = record,
            Bucket = bucket.Value,
            Section = section.Value,
            ReverseCharge = Boolean(item, path, Fields.ReverseCharge) ?? false,
            Reason = Choice(item, path, Fields.Reason, Vocabulary.Reason, required: false),
            Itc = Tax(item, path, Fields.Itc),
            ItcReversed = Tax(item, path, Fields.ItcReversed),
            Tax = Tax(item, path, Fields.Tax),
            Action = Choice(item, path, Fields.Action, Vocabulary.Action, required: false) ?? ActionKind.NoAction,
            Remark = String(item, path, Fields.Remark, required: false),
            Since = Period(item, path, Fields.Since, required: false) ?? default,
            SupplierGstin = SupplierGstin(item, path),
            Number = String(item, path, Fields.Number, required: false) ?? string.Empty,
            Date = Date(item, path, Fields.Date) ?? default,
            Rules = rules,
        };
    }

    private StatementSummary ReadSummary(JsonElement root, string path)
    {
        path += "." + Fields.Summary;
        if (!root.TryGetProperty(Fields.Summary, out var summary) || !IsObject(summary, path))
        {
            return new StatementSummary();
        }

        Known(summary, path, [Fields.ItcAvailable, Fields.ItcNotAvailable, Fields.ItcRejected, Fields.Gstr3b]);
        var figures = Gstr3bFigures.Zero;
        var tables = path + "." + Fields.Gstr3b;
        if (summary.TryGetProperty(Fields.Gstr3b, out var gstr3b) && IsObject(gstr3b, tables))
        {
            Known(gstr3b, tables, [Fields.Table4A1, Fields.Table4A3, Fields.Table4A4, Fields.Table4A5, Fields.Table4B2, Fields.Table4D2]);
            figures = new Gstr3bFigures
            {
                Table4A1 = Tax(gstr3b, tables, Fields.Table4A1),
                Table4A3 = Tax(gstr3b, tables, Fields.Table4A3),
                Table4A4 = Tax(gstr3b, tables, Fields.Table4A4),
                Table4A5 = Tax(gstr3b, tables, Fields.Table4A5),
                Table4B2 = Tax(gstr3b, tables, Fields.Table4B2),
                Table4D2 = Tax(gstr3b, tables, Fields.Table4D2),
            };
        }

        return new StatementSummary
        {
            ItcAvailable = Tax(summary, path, Fields.ItcAvailable),
            ItcNotAvailable = Tax(summary, path, Fields.ItcNotAvailable),
            ItcRejected = Tax(summary, path, Fields.ItcRejected),
            Gstr3b = figures,
        };
    }

    private CarryForwardEntry? ReadCarryForward(JsonElement item, string path)
    {
        Known(item, path, [Fields.Record, Fields.Since, Fields.PendingUntil, Fields.TimeBarredAfter, Fields.CarryReason]);
        var record = String(item, path, Fields.Record, required: true);
        var since = Period(item, path, Fields.Since, required: true);
        var reason = Choice(item, path, Fields.CarryReason, Vocabulary.CarryReason, required: false) ?? CarryForwardReason.Pending; // absent in results written before it
        return record is null || since is null
            ? null
            : new CarryForwardEntry(record, since.Value, Date(item, path, Fields.PendingUntil), Date(item, path, Fields.TimeBarredAfter), Reason: reason);
    }

    private SupplierEffect? ReadEffect(JsonElement item, string path)
    {
        Known(item, path, [Fields.Record, Fields.SupplierGstin, Fields.Effect, Fields.Amount, Fields.Period]);
        var record = String(item, path, Fields.Record, required: true);
        var effect = Choice(item, path, Fields.Effect, Vocabulary.Effect, required: true);
        var supplier = SupplierGstin(item, path);
        return record is null || effect is null
            ? null
            : new SupplierEffect(record, supplier, effect.Value, Tax(item, path, Fields.Amount), Period(item, path, Fields.Period, required: false) ?? default);
    }

    private Gstin? SupplierGstin(JsonElement item, string path)
    {
        var text = String(item, path, Fields.SupplierGstin, required: false);
        if (text is null)
        {
            return null;
        }

        if (Gstin.TryParseAllowingBadCheckCharacter(text, out var parsed))
        {
            return parsed;
        }

        Error(JsonFindingCodes.Value, path + "." + Fields.SupplierGstin, IsoTime.Quote(text) + " is not a GSTIN.");
        return null;
    }

    private Finding? ReadFinding(JsonElement item, string path)
    {
        Known(item, path, [Fields.Code, Fields.Severity, Fields.Record, Fields.Message]);
        var code = String(item, path, Fields.Code, required: true);
        var severity = Choice(item, path, Fields.Severity, Vocabulary.Severity, required: true);
        return code is null || severity is null
            ? null
            : new Finding(code, severity.Value, String(item, path, Fields.Record, required: false), String(item, path, Fields.Message, required: false) ?? string.Empty);
    }

    private ImmutableArray<T> Array<T>(JsonElement parent, string path, string name, Func<JsonElement, string, T?> read)
    {
        path += "." + name;
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            return Wrong<ImmutableArray<T>>(path, "an array", array);
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
            if (typeof(T) != typeof(string) && !IsObject(element, itemPath))
            {
                continue;
            }

            if (read(element, itemPath) is { } value)
            {
                items.Add(value);
            }
        }

        return items.ToImmutable();
    }

    private TaxAmounts Tax(JsonElement parent, string path, string name)
    {
        path += "." + name;
        if (!parent.TryGetProperty(name, out var tax) || tax.ValueKind == JsonValueKind.Null || !IsObject(tax, path))
        {
            return TaxAmounts.Zero;
        }

        Known(tax, path, TaxFields);
        return new TaxAmounts(Amount(tax, path, Fields.Igst), Amount(tax, path, Fields.Cgst), Amount(tax, path, Fields.Sgst), Amount(tax, path, Fields.Cess));
    }

    private decimal Amount(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0m;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return Wrong<decimal>(path + "." + name, "a number", value);
        }

        if (!value.TryGetDecimal(out var amount) || !Paise.IsWhole(amount))
        {
            Error(JsonFindingCodes.Value, path + "." + name, value.GetRawText() + " is not an amount in rupees with at most two decimals.");
            return 0m;
        }

        return amount;
    }

    /// <summary>The additive <c>moment</c>: <c>generated</c> (also when absent, as results before it was added were), <c>filed</c>, or <c>at</c> the <c>asOf</c>.</summary>
    private StatementMoment Moment(JsonElement root, string path)
    {
        switch (String(root, path, Fields.Moment, required: false))
        {
            case null or "generated":
                return StatementMoment.Generated;
            case "filed":
                return StatementMoment.Filed;
            case "at":
                return StatementMoment.At(Instant(root, path, Fields.AsOf) ?? default);
            case { } other:
                Error(JsonFindingCodes.Value, path + "." + Fields.Moment, "'" + other + "' is not a moment: expected generated, filed or at.");
                return StatementMoment.Generated;
        }
    }

    private string? String(JsonElement parent, string path, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(JsonFindingCodes.Missing, path + "." + name, "missing.");
            }

            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : Wrong<string>(path + "." + name, "a string", value);
    }

    private bool? Boolean(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Wrong<bool?>(path + "." + name, "true or false", value),
        };
    }

    private T? Choice<T>(JsonElement parent, string path, string name, TextMap<T> map, bool required)
        where T : struct, Enum
    {
        var text = String(parent, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (map.TryParse(text, out var value))
        {
            return value;
        }

        Error(JsonFindingCodes.Value, path + "." + name, IsoTime.Quote(text) + " is not allowed: expected one of " + map.Expected + ".");
        return null;
    }

    private ReturnPeriod? Period(JsonElement parent, string path, string name, bool required)
    {
        var text = String(parent, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (ReturnPeriod.TryParse(text, out var period))
        {
            return period;
        }

        Error(JsonFindingCodes.Value, path + "." + name, IsoTime.Quote(text) + " is not a period: expected YYYY-MM.");
        return null;
    }

    private Instant? Instant(JsonElement parent, string path, string name)
    {
        var text = String(parent, path, name, required: false);
        if (text is null)
        {
            return null;
        }

        if (IsoTime.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        Error(JsonFindingCodes.Value, path + "." + name, IsoTime.Quote(text) + " is not an instant: expected " + IsoTime.ExpectedInstant + ".");
        return null;
    }

    private LocalDate? Date(JsonElement parent, string path, string name)
    {
        var text = String(parent, path, name, required: false);
        if (text is null)
        {
            return null;
        }

        if (IsoTime.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(JsonFindingCodes.Value, path + "." + name, IsoTime.Quote(text) + " is not a date: expected " + IsoTime.ExpectedDate + ".");
        return null;
    }

    private bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Wrong<object>(path, "an object", element);
        return false;
    }

    private void Known(JsonElement element, string path, string[] names)
    {
        foreach (var property in element.EnumerateObject().Where(p => !names.Contains(p.Name, StringComparer.Ordinal)))
        {
            _findings.Add(new Finding(JsonFindingCodes.UnknownField, Severity.Info, null, new JsonPath(path, property.Name) + ": unknown field, ignored."));
        }
    }

    private T? Wrong<T>(string path, string expected, JsonElement found)
    {
        Error(JsonFindingCodes.Type, path, "expected " + expected + ", found " + found.ValueKind.ToString().ToLowerInvariant() + ".");
        return default;
    }

    private void Error(string code, string path, string message)
    {
        _errors++;
        _findings.Add(new Finding(code, Severity.Error, null, path + ": " + message));
    }
}
