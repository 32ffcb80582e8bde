using System.Collections.Generic;
using System.Linq;
using Ims.Rules.Json;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// A timeline for a person: one row per period (status, moment, ITC available, not available,
/// rejected, net GSTR-3B ITC, carried forward, findings), the findings of the range by code, and
/// with <c>--details</c> every statement as <c>compute</c> shows it. Its CSV rows are the periods.
/// </summary>
internal static class TimelineView
{
    public static View Of(IReadOnlyList<Gstr2bStatement> statements, IReadOnlyList<Finding> readFindings, Limits limits, bool details)
    {
        var periods = Periods(statements, limits.MaxRows);
        var blocks = new List<Block>
        {
            new Heading(statements.Count == 0
                ? "Timeline: no statement"
                : $"Timeline of {statements[0].Gstin} from {statements[0].Period} to {statements[^1].Period} ({statements.Count} statement(s))"),
            periods,
        };
        var findings = readFindings.Concat(statements.SelectMany(s => s.Findings)).Distinct().ToList();
        blocks.AddRange(FindingsView.Blocks(findings, limits.MaxFindings));
        if (details)
        {
            blocks.AddRange(statements.SelectMany(s => StatementView.Blocks(s, limits)));
        }
        else if (statements.Count > 0)
        {
            blocks.Add(new Paragraph("Each statement in full: --details, or compute CASE --period P --format table."));
        }

        return new View(blocks, periods with { Limit = int.MaxValue });
    }

    public static Sheet Periods(IReadOnlyList<Gstr2bStatement> statements, int limit) => new(
        "Statements",
        [
            new("Period"), new("Status"), new("As of"), new("Documents", true), new("ITC available", true), new("ITC not available", true),
            new("ITC rejected", true), new("Net ITC (3B)", true), new("Carried forward", true), new("Findings", true),
        ],
        statements.Select(s => new object?[]
        {
            s.Period.ToString(), Words.Of(s.Status), IsoTime.Format(s.AsOf), s.Documents.Length, s.Summary.ItcAvailable.Total,
            s.Summary.ItcNotAvailable.Total, s.Summary.ItcRejected.Total, s.Summary.Gstr3b.NetItc.Total, s.CarryForward.Length, s.Findings.Length,
        }),
        statements.Count,
        limit);
}
