using System.Collections.Generic;
using System.Linq;

namespace Ims.Rules.Json.Tests.Support;

/// <summary>
/// Case files as text with a fixed layout, so that tests know the line of every part:
/// record <c>i</c> is on line <see cref="RecordLine"/>(i) and action <c>j</c> on <see cref="ActionLine"/>.
/// </summary>
internal static class CaseJson
{
    public const string Recipient = "27AAPFU0939F1ZV";

    /// <summary>A case with the given records and actions, one per line; <paramref name="extraTop"/> is added as top-level fields on line 4.</summary>
    public static string Of(IReadOnlyList<RecordJson> records, IReadOnlyList<RecordJson>? actions = null, string format = "\"ims-case/1\"", string extraTop = "\"policies\": {}")
    {
        actions ??= [];
        var lines = new List<string>
        {
            "{",
            $"  \"format\": {format},",
            $"  \"recipient\": {{ \"gstin\": \"{Recipient}\", \"profile\": [ {{ \"from\": \"2024-04\", \"frequency\": \"monthly\" }} ] }},",
            $"  {extraTop},",
            "  \"records\": [",
        };
        lines.AddRange(records.Select((r, i) => "    " + r + (i < records.Count - 1 ? "," : string.Empty)));
        lines.Add("  ],");
        lines.Add("  \"actions\": [");
        lines.AddRange(actions.Select((a, i) => "    " + a + (i < actions.Count - 1 ? "," : string.Empty)));
        lines.Add("  ]");
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A case with one record.</summary>
    public static string Of(RecordJson record, params RecordJson[] actions) => Of([record], actions);

    /// <summary>The line of record <paramref name="index"/>.</summary>
    public static int RecordLine(int index) => 6 + index;

    /// <summary>The line of action <paramref name="index"/> in a case with <paramref name="records"/> records.</summary>
    public static int ActionLine(int records, int index) => 8 + records + index;
}
