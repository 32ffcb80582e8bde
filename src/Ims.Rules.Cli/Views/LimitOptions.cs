using System.CommandLine;

namespace Ims.Rules.Cli.Views;

/// <summary>The <c>--max-rows</c> and <c>--max-findings</c> options of the readable formats.</summary>
internal sealed class LimitOptions
{
    public Option<int> MaxRows { get; } = new("--max-rows")
    {
        Description = $"table, markdown: show at most N rows of each table, then say how many more there are (default {StatementView.DefaultMaxRows}; CSV and JSON always hold every row).",
        DefaultValueFactory = _ => StatementView.DefaultMaxRows,
        HelpName = "N",
    };

    public Option<int> MaxFindings { get; } = new("--max-findings")
    {
        Description = $"List at most N findings after their summary by code (default {FindingsView.DefaultMax} in a table).",
        HelpName = "N",
    };

    /// <summary>The limits given, a missing <c>--max-findings</c> read as <paramref name="findingsDefault"/>.</summary>
    public Limits Of(ParseResult parse, int findingsDefault = FindingsView.DefaultMax) =>
        new(System.Math.Max(0, parse.GetValue(MaxRows)), System.Math.Max(0, parse.GetResult(MaxFindings) is null ? findingsDefault : parse.GetValue(MaxFindings)));
}
