using System.Collections.Generic;
using System.Linq;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary>
/// The differences between an expected and an actual statement that matter to a test
/// oracle: the header, each document's bucket, section, reverse charge, reason and ITC,
/// documents on one side only, the summary, the carry-forward and the supplier effects.
/// Rule lists, findings and remarks are explanations, not outcomes, and are not compared.
/// </summary>
internal static class StatementDiff
{
    /// <summary>Compares two statements.</summary>
    /// <param name="expected">The expected statement.</param>
    /// <param name="actual">The actual statement.</param>
    /// <returns>One line per difference, empty when they agree.</returns>
    public static IReadOnlyList<string> Compare(Gstr2bStatement expected, Gstr2bStatement actual)
    {
        var differences = new List<string>();
        void Check<T>(string what, T left, T right)
        {
            if (!EqualityComparer<T>.Default.Equals(left, right))
            {
                differences.Add($"{what}: expected {left}, got {right}");
            }
        }

        Check("gstin", expected.Gstin, actual.Gstin);
        Check("period", expected.Period, actual.Period);
        Check("asOf", IsoTime.Format(expected.AsOf), IsoTime.Format(actual.AsOf));
        Check("ruleSet", expected.RuleSet, actual.RuleSet);
        Check("moment", expected.Moment, actual.Moment);
        Check("status", expected.Status, actual.Status);

        var actualDocuments = actual.Documents.ToDictionary(d => d.RecordId, System.StringComparer.Ordinal);
        foreach (var document in expected.Documents)
        {
            if (!actualDocuments.Remove(document.RecordId, out var other))
            {
                differences.Add($"document {document.RecordId}: expected in {Words.Of(document.Bucket)}, missing from the result");
                continue;
            }

            var name = "document " + document.RecordId;
            Check(name + " bucket", document.Bucket, other.Bucket);
            Check(name + " section", document.Section, other.Section);
            Check(name + " reverseCharge", document.ReverseCharge, other.ReverseCharge);
            Check(name + " reason", document.Reason?.ToString() ?? "none", other.Reason?.ToString() ?? "none");
            Check(name + " itc", document.Itc, other.Itc);
            Check(name + " itcReversed", document.ItcReversed, other.ItcReversed);
        }

        foreach (var extra in actual.Documents.Where(d => actualDocuments.ContainsKey(d.RecordId)))
        {
            differences.Add($"document {extra.RecordId}: not expected, but the result has it in {Words.Of(extra.Bucket)}");
        }

        CompareSummary(expected.Summary, actual.Summary, Check);
        CompareSets("carryForward", expected.CarryForward, actual.CarryForward, c => c.RecordId, differences);
        CompareSets("supplierEffects", expected.SupplierEffects, actual.SupplierEffects, e => e.RecordId + " " + e.Effect, differences);
        return differences;
    }

    private delegate void Checker<T>(string what, T left, T right);

    private static void CompareSummary(StatementSummary expected, StatementSummary actual, Checker<TaxAmounts> check)
    {
        check("summary itcAvailable", expected.ItcAvailable, actual.ItcAvailable);
        check("summary itcNotAvailable", expected.ItcNotAvailable, actual.ItcNotAvailable);
        check("summary itcRejected", expected.ItcRejected, actual.ItcRejected);
        check("summary gstr3b 4A1", expected.Gstr3b.Table4A1, actual.Gstr3b.Table4A1);
        check("summary gstr3b 4A3", expected.Gstr3b.Table4A3, actual.Gstr3b.Table4A3);
        check("summary gstr3b 4A4", expected.Gstr3b.Table4A4, actual.Gstr3b.Table4A4);
        check("summary gstr3b 4A5", expected.Gstr3b.Table4A5, actual.Gstr3b.Table4A5);
        check("summary gstr3b 4B2", expected.Gstr3b.Table4B2, actual.Gstr3b.Table4B2);
        check("summary gstr3b 4D2", expected.Gstr3b.Table4D2, actual.Gstr3b.Table4D2);
    }

    private static void CompareSets<T>(string what, IEnumerable<T> expected, IEnumerable<T> actual, System.Func<T, string> key, List<string> differences)
        where T : notnull
    {
        var left = expected.ToDictionary(key, System.StringComparer.Ordinal);
        var right = actual.ToDictionary(key, System.StringComparer.Ordinal);
        foreach (var (name, item) in left)
        {
            if (!right.TryGetValue(name, out var other))
            {
                differences.Add($"{what} {name}: expected {item}, missing from the result");
            }
            else if (!item.Equals(other))
            {
                differences.Add($"{what} {name}: expected {item}, got {other}");
            }
        }

        differences.AddRange(right.Where(r => !left.ContainsKey(r.Key)).Select(r => $"{what} {r.Key}: not expected, but the result has {r.Value}"));
    }
}
