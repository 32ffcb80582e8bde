namespace Ims.Rules.Json;

/// <summary>
/// The finding codes of the JSON readers. Codes are stable: renaming one is a breaking
/// change. Every message starts with the JSON path and line: <c>$.records[3].kind (line 12): …</c>.
/// </summary>
public static class JsonFindingCodes
{
    /// <summary>Error: the input is not well-formed JSON (or not UTF-8); nothing is read.</summary>
    public const string Syntax = "IMS-JSON-SYNTAX";

    /// <summary>Error: the input could not be read at all (the stream failed).</summary>
    public const string Unreadable = "IMS-JSON-UNREADABLE";

    /// <summary>Error: <c>format</c> is missing or is not the expected format (<c>ims-case/1</c>, <c>ims-2b/1</c>).</summary>
    public const string Format = "IMS-JSON-FORMAT";

    /// <summary>Error: a required field is missing (a record's <c>id</c>, an action's <c>record</c>, …).</summary>
    public const string Missing = "IMS-JSON-MISSING";

    /// <summary>Error: a value has the wrong JSON type (a string where a number belongs, …).</summary>
    public const string Type = "IMS-JSON-TYPE";

    /// <summary>Error: a value has the right type but is not allowed: an unknown enum value, a malformed GSTIN, date, instant or period, an amount with more than two decimals.</summary>
    public const string Value = "IMS-JSON-VALUE";

    /// <summary>Error: two records share an id.</summary>
    public const string DuplicateId = "IMS-JSON-DUPLICATE-ID";

    /// <summary>Error: a key is given twice in a map (<c>filings.gstr3b</c>, …).</summary>
    public const string DuplicateKey = "IMS-JSON-DUPLICATE-KEY";

    /// <summary>Error: an action names a record id that is not in the file.</summary>
    public const string UnknownRecord = "IMS-JSON-UNKNOWN-RECORD";

    /// <summary>Info: a field the format does not define; it is ignored.</summary>
    public const string UnknownField = "IMS-JSON-UNKNOWN-FIELD";
}
