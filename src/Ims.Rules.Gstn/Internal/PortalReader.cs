using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;

namespace Ims.Rules.Gstn.Internal;

/// <summary>
/// Reads the portal's values out of JSON elements, turning every quirk into a finding:
/// money as a number or a string read into <see cref="decimal"/> exactly, <c>DD-MM-YYYY</c>
/// dates, <c>MMYYYY</c> periods, Y/N flags, GSTINs with a bad check character or shape.
/// </summary>
internal sealed class PortalReader(FindingLog log)
{
    private readonly SortedSet<string> _unknownFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);
    private int _oneDecimal;
    private string? _firstOneDecimal;
    private int _asText;
    private string? _firstAsText;
    private int _itemsSummed;

    /// <summary>RFC 8259 read strictly: no comments, no trailing commas, no name given twice in one object.</summary>
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public FindingLog Log => log;

    /// <summary>Parses JSON text; malformed text gives an error finding naming the line and byte.</summary>
    public static JsonDocument? Parse(string json, FindingLog log) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(json), log);

    /// <summary>Parses UTF-8 JSON from a stream; malformed text gives an error finding naming the line and byte.</summary>
    public static JsonDocument? Parse(Stream utf8Json, FindingLog log)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), log);
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, FindingLog log)
    {
        if (utf8Json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..]; // a UTF-8 byte order mark, as the stream reader skipped it
        }

        try
        {
            // The document reads the memory in place, so the bytes are held once.
            return JsonDocument.Parse(utf8Json, Strict);
        }
        catch (JsonException e)
        {
            log.Add(GstnFindingCodes.JsonMalformed, Severity.Error, null,
                e.LineNumber is null && DuplicateNames.TryFind(utf8Json.Span, out var name, out var line)
                    ? $"The text is not valid JSON at line {line}: the name {Quote(name)} is given twice in one object, so which value is meant cannot be told; nothing is read."
                    : Describe(e));
            return null;
        }
    }

    /// <summary>A property that is present and not null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether <paramref name="element"/> is an object; if not, an error finding says it is left out.</summary>
    public bool ExpectObject(JsonElement element, string path, string? recordId = null)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        log.Add(GstnFindingCodes.JsonShape, Severity.Error, recordId,
            $"{path} is {Kind(element)} where an object is expected; it is left out.");
        return false;
    }

    /// <summary>The items of an array property; absent gives none, a non-array gives none and an error finding.</summary>
    public IReadOnlyList<JsonElement> Array(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            log.Add(GstnFindingCodes.JsonShape, Severity.Error, null,
                $"{path}.{name} is {Kind(value)} where an array is expected; it is left out.");
            return [];
        }

        var items = new List<JsonElement>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A text value: a string (trimmed, empty as absent), or a number's literal text.</summary>
    public static string? Text(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Undefined or JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.True
                or JsonValueKind.False or JsonValueKind.Null => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>An amount; absent (or an empty string) is zero.</summary>
    /// <param name="obj">The object holding it.</param>
    /// <param name="name">The field.</param>
    /// <param name="path">Where the object is, for messages.</param>
    /// <param name="recordId">The record, when known.</param>
    /// <param name="signed">Whether the amount may be negative (summary totals); document amounts may not, their sign comes from the type code.</param>
    public decimal Money(JsonElement obj, string name, string path, string? recordId, bool signed = false) =>
        OptionalMoney(obj, name, path, recordId, signed) ?? 0m;

    /// <summary>
    /// An amount read exactly from a JSON number or a numeric string; <see langword="null"/> when absent.
    /// An explicit <c>null</c>, a value that is not an amount, one outside ±<see cref="Paise.MaxAmount"/> or an
    /// unexpected negative is an error finding (the caller leaves the record out) and reads as 0.
    /// </summary>
    public decimal? OptionalMoney(JsonElement obj, string name, string path, string? recordId, bool signed = false)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
        if (text is { Length: 0 })
        {
            return null;
        }

        string literal;
        decimal amount;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out amount))
        {
            literal = value.GetRawText();
        }
        else if (text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            literal = text;
            _asText++;
            _firstAsText ??= $"{path}.{name}";
        }
        else
        {
            log.Add(GstnFindingCodes.AmountInvalid, Severity.Error, recordId,
                $"{path}.{name} is {Shown(value)}, not an amount in rupees (a number such as 1180.00, within ±10^15); {LeftOut(recordId)}.");
            return 0m;
        }

        if (!Paise.IsInRange(amount))
        {
            log.Add(GstnFindingCodes.AmountInvalid, Severity.Error, recordId,
                $"{path}.{name} = {Cut(literal)} is outside the amounts this reader accepts (±10^15 rupees); {LeftOut(recordId)}.");
            return 0m;
        }

        if (amount < 0 && !signed)
        {
            log.Add(GstnFindingCodes.AmountInvalid, Severity.Error, recordId,
                $"{path}.{name} = {Cut(literal)} is negative; the portal writes document amounts as positive and gives the sign by the type code; {LeftOut(recordId)}.");
            return 0m;
        }

        if (Decimals(literal) == 1)
        {
            _oneDecimal++;
            _firstOneDecimal ??= $"{path}.{name} = {literal}";
        }

        if (!Paise.IsWhole(amount))
        {
            var rounded = Paise.Round(amount);
            log.Add(GstnFindingCodes.AmountRounded, Severity.Warning, recordId,
                $"{path}.{name} = {Cut(literal)} has more than two decimals; it is rounded to paise: {PortalFormat.Money(rounded)}.");
            return rounded;
        }

        return amount;
    }

    /// <summary>An optional date; unreadable gives a warning and <see langword="null"/>.</summary>
    public LocalDate? OptionalDate(JsonElement obj, string name, string path, string? recordId)
    {
        var text = Text(obj, name);
        if (text is null)
        {
            return null;
        }

        if (PortalFormat.TryParseDate(text, out var date))
        {
            return date;
        }

        log.Add(GstnFindingCodes.DateInvalid, Severity.Warning, recordId,
            $"{path}.{name} = {Quote(text)} is not a date DD-MM-YYYY from 01-04-2000; it is left empty.");
        return null;
    }

    /// <summary>An optional return period <c>MMYYYY</c>; unreadable gives a warning and <see langword="null"/>.</summary>
    public ReturnPeriod? OptionalPeriod(JsonElement obj, string name, string path, string? recordId)
    {
        var text = Text(obj, name);
        if (text is null)
        {
            return null;
        }

        if (ReturnPeriod.TryParsePortal(text, out var period))
        {
            return period;
        }

        log.Add(GstnFindingCodes.PeriodInvalid, Severity.Warning, recordId,
            $"{path}.{name} = {Quote(text)} is not a return period MMYYYY; it is left empty.");
        return null;
    }

    /// <summary>A Y/N flag; absent is <see langword="null"/>, anything else a warning and <see langword="null"/>.</summary>
    public bool? Flag(JsonElement obj, string name, string path, string? recordId)
    {
        var text = Text(obj, name);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "Y":
                return true;
            case "N":
                return false;
            default:
                Unknown(path + "." + name, text, recordId, "Y or N");
                return null;
        }
    }

    /// <summary>A GSTIN; a wrong check character is kept with a warning, a wrong shape dropped with a warning (each once per value).</summary>
    public Gstin? ReadGstin(string? text, string path, string? recordId, string role)
    {
        if (text is null)
        {
            return null;
        }

        switch (Gstin.Check(text))
        {
            case GstinCheck.Valid:
                return Gstin.Parse(text);
            case GstinCheck.InvalidCheckCharacter:
                log.Once("gstin-check:" + text, GstnFindingCodes.GstinCheckCharacter, Severity.Warning, recordId,
                    $"The {role} {text} (first at {path}) has a wrong check character: expected '{Gstin.CheckCharacter(text.AsSpan(0, 14))}'. It is used as given wherever it appears.");
                return Gstin.ParseAllowingBadCheckCharacter(text);
            case GstinCheck.InvalidFormat:
                log.Once("gstin-shape:" + text, GstnFindingCodes.GstinMalformed, Severity.Warning, recordId,
                    $"The {role} {Quote(text)} (first at {path}) is not the shape of a GSTIN (2-digit state code, 10-character PAN, entity code, 'Z', check character); it is dropped wherever it appears.");
                return null;
        }

        return null;
    }

    /// <summary>A coded value the reader does not know: a warning naming the default used.</summary>
    /// <summary>A record id not used before in this read: a repeated one gets <c>#2</c>, <c>#3</c>… and a warning.</summary>
    /// <param name="id">The id made from the document's section, party and number.</param>
    /// <param name="path">Where the document is, for the message.</param>
    /// <param name="party">What the party is called in this source ("supplier", "party").</param>
    public string UniqueId(string id, string path, string party)
    {
        var count = _idCounts.TryGetValue(id, out var seen) ? seen + 1 : 1;
        _idCounts[id] = count;
        if (count == 1)
        {
            return id;
        }

        var unique = $"{id}#{count}";
        log.Add(GstnFindingCodes.DuplicateDocument, Severity.Warning, unique,
            $"{path} has the same section, {party} and number as an earlier document ({Quote(id)}); it is read as {Quote(unique)}.");
        return unique;
    }

    /// <summary>The place of supply (<c>pos</c>), or <see langword="null"/> with a finding when it is not a state code.</summary>
    public StateCode? PlaceOfSupply(JsonElement element, string path, string id)
    {
        var text = Text(element, "pos");
        if (text is null)
        {
            return null;
        }

        if (StateCode.TryParse(text, out var code))
        {
            return code;
        }

        Unknown(path + ".pos", text, id, "a two-digit state code such as 27");
        return null;
    }

    /// <summary>A coded value the reader does not know: an error, and the record is left out, so that no guess is read toward ITC.</summary>
    /// <param name="path">Where the value is.</param>
    /// <param name="value">The value as written.</param>
    /// <param name="recordId">The record, when known.</param>
    /// <param name="expected">The codes the reader knows, for the message.</param>
    public void Unknown(string path, string value, string? recordId, string expected) =>
        log.Add(GstnFindingCodes.CodeUnknown, Severity.Error, recordId, $"{path} = {Quote(value)} is not a known code (expected {expected}); {LeftOut(recordId)}.");

    /// <summary>What happens to the record an error is about.</summary>
    private static string LeftOut(string? recordId) => recordId is null ? "the document it belongs to is left out" : "the document is left out";

    /// <summary>A value quoted for a message, cut to 64 characters so that a huge field never echoes back.</summary>
    public static string Quote(string value) => "'" + Cut(value) + "'";

    /// <summary>A value cut to 64 characters for a message, saying how long it was.</summary>
    public static string Cut(string value) =>
        value.Length <= 64 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..64]}… ({value.Length} characters)");

    /// <summary>Remembers the names of fields outside <paramref name="known"/>, for one finding at the end.</summary>
    public void NoteUnknownFields(JsonElement obj, IReadOnlySet<string> known)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                _unknownFields.Add(property.Name);
            }
        }
    }

    /// <summary>Counts a document whose amounts were summed from rate-wise items.</summary>
    public void NoteItemsSummed() => _itemsSummed++;

    /// <summary>States the once-per-read notes.</summary>
    public void Finish()
    {
        if (_oneDecimal > 0)
        {
            log.Add(GstnFindingCodes.AmountOneDecimal, Severity.Info, null,
                $"{_oneDecimal} amount(s) are written with one decimal (first: {_firstOneDecimal}); they are read exactly as given.");
        }

        if (_asText > 0)
        {
            log.Add(GstnFindingCodes.AmountAsText, Severity.Info, null,
                $"{_asText} amount(s) are written as JSON strings (first: {_firstAsText}); they are read exactly as given.");
        }

        if (_itemsSummed > 0)
        {
            log.Add(GstnFindingCodes.ItemsSummed, Severity.Info, null,
                $"{_itemsSummed} document(s) carry only rate-wise items[] (the pre-IMS v3 layout); their taxable value and tax are the sums of the items.");
        }

        if (_unknownFields.Count > 0)
        {
            log.Add(GstnFindingCodes.FieldIgnored, Severity.Info, null,
                $"Fields the reader does not use were ignored: {string.Join(", ", _unknownFields)}.");
        }
    }

    private static int Decimals(string literal)
    {
        var dot = literal.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = dot + 1; i < literal.Length && char.IsAsciiDigit(literal[i]); i++)
        {
            count++;
        }

        return count;
    }

    private static string Describe(JsonException e) =>
        e.LineNumber is { } line
            ? $"The text is not valid JSON at line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1} (path {e.Path ?? "$"}); nothing is read."
            : "The text is not valid JSON; nothing is read.";

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Undefined => "missing",
    };

    private static string Shown(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString() ?? string.Empty),
        JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
            or JsonValueKind.Number or JsonValueKind.Undefined => Kind(element),
    };
}
