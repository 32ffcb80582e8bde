using System.Linq;

namespace Ims.Rules.Tests.Laws;

/// <summary>A statement as one text, so that statements can be compared whole.</summary>
internal static class Canonical
{
    public static string Of(Gstr2bStatement statement) => string.Join('\n',
        [
            $"{statement.Period} {statement.Status} {statement.AsOf} {statement.RuleSet}",
            .. statement.Documents.Select(d => $"doc {d.RecordId} {d.Bucket} {d.Section} {d.Reason} {d.Itc} {d.ItcReversed} [{string.Join(',', d.Rules)}] {d.Action} {d.Remark}"),
            .. statement.CarryForward.Select(c => $"cf {c}"),
            .. statement.SupplierEffects.Select(e => $"se {e}"),
            $"sum {statement.Summary.ItcAvailable} | {statement.Summary.ItcNotAvailable} | {statement.Summary.ItcRejected} | {statement.Summary.Gstr3b}",
            .. statement.Findings.Select(f => $"f {f}"),
        ]);

    /// <summary>Only what a statement places and how much: buckets, sections, amounts, carry-forward.</summary>
    public static string Placement(Gstr2bStatement statement) => string.Join('\n',
        [
            $"{statement.Period} {statement.Status}",
            .. statement.Documents.Select(d => $"doc {d.RecordId} {d.Bucket} {d.Section} {d.Reason} {d.Itc} {d.ItcReversed}"),
            .. statement.CarryForward.Select(c => $"cf {c}"),
            $"sum {statement.Summary.ItcAvailable} | {statement.Summary.ItcNotAvailable} | {statement.Summary.Gstr3b}",
        ]);
}
