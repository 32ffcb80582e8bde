using System.Collections.Generic;

namespace Ims.Rules.Cli;

/// <summary>
/// The differences between two results whose record ids differ, such as a portal download
/// (<c>convert --from gstn-2b</c>) and a computed statement: the recipient, the period (by its last
/// month, as the portal names a quarter in <c>rtnprd</c>) and the status,
/// and for each pair of documents (<see cref="DocumentPairing"/>) the bucket, section, reverse
/// charge, reason and ITC, plus the documents on one side only. The summary, carry-forward and
/// supplier effects are not compared: a portal download carries no GSTR-3B figures,
/// carry-forward or supplier effects, and its bucket totals follow from its documents.
/// </summary>
internal static class DocumentDiff
{
    /// <summary>Said of an ITC difference between documents with the same tax: likely a reduction or an amendment's delta the portal's shape cannot show.</summary>
    private const string SameTax = " (the tax agrees: a portal download shows each document's tax, not its ITC effect such as a declared reduction or an amendment's delta)";

    /// <summary>Compares two statements document by document.</summary>
    /// <param name="expected">The expected statement.</param>
    /// <param name="actual">The actual statement.</param>
    /// <returns>One line per difference, empty when they agree.</returns>
    public static IReadOnlyList<string> Compare(Gstr2bStatement expected, Gstr2bStatement actual)
    {
        var differences = new List<string>();
        void Check(string what, string left, string right)
        {
            if (left != right)
            {
                differences.Add($"{what}: expected {left}, got {right}");
            }
        }

        Check("gstin", expected.Gstin.ToString(), actual.Gstin.ToString());
        if (expected.Period.End != actual.Period.End)
        {
            differences.Add($"period: expected {expected.Period}, got {actual.Period}");
        }

        Check("status", Words.Of(expected.Status), Words.Of(actual.Status));

        var pairing = DocumentPairing.Of(expected.Documents, actual.Documents);
        foreach (var (left, right) in pairing.Pairs)
        {
            var name = $"{Describe(left)} [expected {left.RecordId}, result {right.RecordId}]";
            Check(name + " bucket", Words.Of(left.Bucket), Words.Of(right.Bucket));
            Check(name + " section", Words.Of(left.Section), Words.Of(right.Section));
            Check(name + " reverse charge", Words.YesNo(left.ReverseCharge), Words.YesNo(right.ReverseCharge));
            Check(name + " reason", Words.Of(left.Reason), Words.Of(right.Reason));
            if (left.Itc != right.Itc)
            {
                differences.Add($"{name} itc: expected {left.Itc}, got {right.Itc}" + (left.Tax == right.Tax ? SameTax : string.Empty));
            }
        }

        foreach (var missing in pairing.ExpectedOnly)
        {
            differences.Add($"{Describe(missing)} [expected {missing.RecordId}]: expected in {Words.Of(missing.Bucket)}, missing from the result");
        }

        foreach (var extra in pairing.ActualOnly)
        {
            differences.Add($"{Describe(extra)} [result {extra.RecordId}]: not expected, but the result has it in {Words.Of(extra.Bucket)}");
        }

        return differences;
    }

    /// <summary>A document in words: <c>invoice KA/2025/1041 of 29AABCT1332L1ZA</c>, <c>bill of entry 4518220</c>.</summary>
    private static string Describe(StatementDocument document)
    {
        var what = DocumentKey.FamilyOf(document.Section) switch
        {
            SectionFamily.Invoice => "invoice",
            SectionFamily.Note => "credit/debit note",
            SectionFamily.Isd => "ISD document",
            SectionFamily.Import => "bill of entry",
        };
        return document.SupplierGstin is { } supplier ? $"{what} {document.Number} of {supplier}" : $"{what} {document.Number}";
    }
}
