using System.Collections.Immutable;
using System.Linq;

namespace Ims.Rules.Json.Tests.Support;

/// <summary>One record (or action) of a case file as JSON text on one line, with fields to change or drop.</summary>
internal sealed record RecordJson(ImmutableList<(string Key, string Raw)> Fields)
{
    /// <summary>A filed inter-state invoice of Oct-2025 from a Karnataka supplier to the Maharashtra recipient.</summary>
    public static RecordJson Invoice(string id = "r1") => new(
    [
        ("id", Quote(id)),
        ("kind", "\"invoice\""),
        ("form", "\"GSTR-1\""),
        ("supplierGstin", "\"29AABCT1332L1ZA\""),
        ("supplierPeriod", "\"2025-10\""),
        ("number", Quote("INV-" + id)),
        ("date", "\"2025-10-15\""),
        ("pos", "\"27\""),
        ("taxableValue", "1000.00"),
        ("igst", "180.00"),
        ("cgst", "0"),
        ("sgst", "0"),
        ("cess", "0"),
        ("savedAt", "\"2025-11-05T10:00:00+05:30\""),
        ("filedAt", "\"2025-11-10T18:00:00+05:30\""),
    ]);

    /// <summary>An action on a record.</summary>
    public static RecordJson Action(string record = "r1", string action = "accept", string at = "2025-11-12T10:00:00+05:30") => new(
    [
        ("record", Quote(record)),
        ("action", Quote(action)),
        ("at", Quote(at)),
    ]);

    /// <summary>The same with <paramref name="key"/> set to the raw JSON <paramref name="raw"/> (replaced in place, or appended).</summary>
    public RecordJson With(string key, string raw)
    {
        var index = Fields.FindIndex(f => f.Key == key);
        return new RecordJson(index >= 0 ? Fields.SetItem(index, (key, raw)) : Fields.Add((key, raw)));
    }

    /// <summary>The same without <paramref name="key"/>.</summary>
    public RecordJson Without(string key) => new(Fields.RemoveAll(f => f.Key == key));

    public override string ToString() => "{ " + string.Join(", ", Fields.Select(f => Quote(f.Key) + ": " + f.Raw)) + " }";

    public static string Quote(string text) => "\"" + text + "\"";
}
