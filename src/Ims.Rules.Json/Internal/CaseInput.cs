using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// Typed reading over <see cref="JsonTokens"/>: each value is read from its first token to
/// its last, and anything wrong becomes a finding naming the path and line, never an exception.
/// A value that is wrong reads as <see langword="null"/>; a JSON <c>null</c> reads as absent.
/// </summary>
internal sealed class CaseInput(JsonTokens tokens, GstinCache? gstins = null)
{
    private readonly GstinCache _gstins = gstins ?? new();
    private string _name = string.Empty;

    /// <summary>The tokens read; another stream of them for a while when records read ahead are read again here.</summary>
    public JsonTokens Tokens { get; set; } = tokens;

    public List<Finding> Findings { get; } = [];

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public int Line => Tokens.Line;

    public void Report(string code, Severity severity, JsonPath path, int line, string message)
    {
        ErrorCount += severity == Severity.Error ? 1 : 0;
        Findings.Add(new Finding(code, severity, null, string.Create(CultureInfo.InvariantCulture, $"{path} (line {line}): {message}")));
    }

    /// <summary>Adds a finding made by another input (records read on another thread), counting it as <see cref="Report"/> does.</summary>
    public void Add(Finding finding)
    {
        ErrorCount += finding.Severity == Severity.Error ? 1 : 0;
        Findings.Add(finding);
    }

    public void Error(string code, JsonPath path, string message) => Report(code, Severity.Error, path, Line, message);

    /// <summary>Checks that the current token starts an object; otherwise reports it and skips the value.</summary>
    public bool IsObject(JsonPath path, string what)
    {
        if (Tokens.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (Tokens.TokenType != JsonTokenType.Null)
        {
            WrongType(path, "an object (" + what + ")");
        }

        return false;
    }

    /// <summary>Checks that the current token starts an array; otherwise reports it and skips the value.</summary>
    public bool IsArray(JsonPath path, string what)
    {
        if (Tokens.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (Tokens.TokenType != JsonTokenType.Null)
        {
            WrongType(path, "an array (" + what + ")");
        }

        return false;
    }

    /// <summary>Where reading is: the last property or item entered, for syntax-error messages.</summary>
    public JsonPath Current { get; private set; } = JsonPath.Root;

    /// <summary>The object whose next property is being read, for a name given twice.</summary>
    public JsonPath Object { get; private set; } = JsonPath.Root;

    /// <summary>The value being skipped unread, if any: a name given twice inside it is reported at its path.</summary>
    public JsonPath? Skipping { get; private set; }

    /// <summary>Skips the current value unread.</summary>
    /// <param name="path">Its path.</param>
    public void Skip(JsonPath path)
    {
        Skipping = path;
        Tokens.Skip();
        Skipping = null;
    }

    /// <summary>Moves to the next property of the current object and onto its value.</summary>
    /// <param name="parent">The object's path.</param>
    /// <param name="name">The property name.</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    public bool NextProperty(JsonPath parent, out string name)
    {
        name = string.Empty;
        Object = parent;
        if (!Tokens.Read() || Tokens.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        name = Tokens.GetName(Fields.CaseNames);
        _name = name;
        Current = parent.Field(name);
        Tokens.Read();
        return true;
    }

    /// <summary>Moves onto the next item of the current array.</summary>
    /// <param name="parent">The array's path.</param>
    /// <param name="index">The index the item will have.</param>
    /// <returns><see langword="false"/> at the end of the array.</returns>
    public bool NextItem(JsonPath parent, int index)
    {
        Current = parent.Item(index);
        return Tokens.Read() && Tokens.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Gives the findings from <paramref name="from"/> on to a record.</summary>
    /// <param name="from">The index of the first finding.</param>
    /// <param name="recordId">The record, when known.</param>
    public void Attribute(int from, string? recordId)
    {
        if (string.IsNullOrEmpty(recordId))
        {
            return;
        }

        for (var i = from; i < Findings.Count; i++)
        {
            Findings[i] = Findings[i] with { RecordId = recordId };
        }
    }

    /// <summary>
    /// Reports an unknown field and skips its value: info (a field a later version may add), or a warning when it
    /// is probably a known field misspelt, whose absence may change what the record is (a misspelt <c>filedAt</c>
    /// leaves the record unfiled).
    /// </summary>
    public void Unknown(JsonPath path)
    {
        if (Fields.CaseNames.Near(_name) is { } meant)
        {
            Report(JsonFindingCodes.UnknownField, Severity.Warning, path, Line, "unknown field, ignored; did you mean '" + meant + "'?");
        }
        else
        {
            Report(JsonFindingCodes.UnknownField, Severity.Info, path, Line, "unknown field, ignored.");
        }

        Skip(path);
    }

    public string? String(JsonPath path)
    {
        switch (Tokens.TokenType)
        {
            case JsonTokenType.String:
                return Tokens.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(path, "a string");
                return null;
        }
    }

    public bool? Boolean(JsonPath path)
    {
        switch (Tokens.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(path, "true or false");
                return null;
        }
    }

    /// <summary>An amount in rupees: a JSON number with at most two decimals.</summary>
    public decimal? Amount(JsonPath path)
    {
        switch (Tokens.TokenType)
        {
            case JsonTokenType.Number:
                if (!Tokens.TryGetDecimal(out var value) || !Paise.IsInRange(value))
                {
                    Error(JsonFindingCodes.Value, path, Tokens.RawNumber() + " is out of range for an amount: amounts lie within ±10^15 rupees.");
                    return null;
                }

                // A number written with at most two decimals is whole paise: only a longer one needs rounding to tell.
                if (value.Scale > 2 && !Paise.IsWhole(value))
                {
                    Error(JsonFindingCodes.Value, path, Tokens.RawNumber() + " has more than two decimals; amounts are rupees and paise.");
                    return null;
                }

                return value;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(path, "a number (amounts are JSON numbers in rupees, such as 180.00)");
                return null;
        }
    }

    public Instant? Instant(JsonPath path)
    {
        if (TryPlainString(out var utf8) && CanonicalIso.TryParseInstant(utf8, out var plain))
        {
            return plain;
        }

        var text = String(path);
        if (text is null)
        {
            return null;
        }

        if (IsoTime.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not an instant: expected " + IsoTime.ExpectedInstant + ".");
        return null;
    }

    public LocalDate? Date(JsonPath path)
    {
        if (TryPlainString(out var utf8) && CanonicalIso.TryParseDate(utf8, out var plain))
        {
            return plain;
        }

        var text = String(path);
        if (text is null)
        {
            return null;
        }

        if (IsoTime.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not a date: expected " + IsoTime.ExpectedDate + ".");
        return null;
    }

    public ReturnPeriod? Period(JsonPath path)
    {
        if (TryPlainString(out var utf8) && CanonicalIso.TryParseMonth(utf8, out var plain))
        {
            return plain;
        }

        var text = String(path);
        return text is null ? null : ParsePeriod(path, text);
    }

    public ReturnPeriod? ParsePeriod(JsonPath path, string text)
    {
        if (ReturnPeriod.TryParse(text, out var period))
        {
            return period;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not a period: expected YYYY-MM from 2000-01, such as 2025-10.");
        return null;
    }

    public T? Choice<T>(JsonPath path, TextMap<T> map, string what)
        where T : struct, System.Enum
    {
        if (TryPlainString(out var utf8) && map.TryParse(utf8, out var known))
        {
            return known;
        }

        var text = String(path);
        return text is null ? null : ParseChoice(path, text, map, what);
    }

    public T? ParseChoice<T>(JsonPath path, string text, TextMap<T> map, string what)
        where T : struct, System.Enum
    {
        if (map.TryParse(text, out var value))
        {
            return value;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not " + what + ": expected one of " + map.Expected + ".");
        return null;
    }

    /// <summary>A GSTIN of the right shape; a wrong check character is accepted (the engine reports it).</summary>
    public Gstin? Gstin(JsonPath path)
    {
        if (TryPlainString(out var utf8) && _gstins.TryGet(utf8, out var known))
        {
            return known;
        }

        var text = String(path);
        if (text is null)
        {
            return null;
        }

        if (Ims.Rules.Gstin.TryParseAllowingBadCheckCharacter(text, out var gstin))
        {
            _gstins.Add(gstin);
            return gstin;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not a GSTIN: expected 15 characters, a state code, a PAN, an entity code, 'Z' and a check character.");
        return null;
    }

    public StateCode? State(JsonPath path)
    {
        if (TryPlainString(out var utf8) && StateCodes.TryParse(utf8, out var plain))
        {
            return plain;
        }

        var text = String(path);
        if (text is null)
        {
            return null;
        }

        if (StateCode.TryParse(text, out var state))
        {
            return state;
        }

        Error(JsonFindingCodes.Value, path, IsoTime.Quote(text) + " is not a state code: expected two digits, 01-38, 97 or 99, as a string.");
        return null;
    }

    /// <summary>Reports a required field that is absent; the line is that of its object.</summary>
    public void Missing(JsonPath path, int objectLine, string why) =>
        Report(JsonFindingCodes.Missing, Severity.Error, path, objectLine, "missing; " + why);

    /// <summary>
    /// The current value's UTF-8 text, when it is a string without escapes: the text is then
    /// read in place, without making a string. Otherwise the string path reads and reports it.
    /// </summary>
    private bool TryPlainString(out ReadOnlySpan<byte> utf8)
    {
        var plain = Tokens.TokenType == JsonTokenType.String && !Tokens.ValueIsEscaped;
        utf8 = plain ? Tokens.ValueSpan : default;
        return plain;
    }

    private void WrongType(JsonPath path, string expected)
    {
        Error(JsonFindingCodes.Type, path, "expected " + expected + ", found " + Describe(Tokens.TokenType) + ".");
        Skip(path);
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment => "nothing",
    };
}
