using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Ims.Rules.Reconciliation.Internal;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>
/// Reads the user's manual decisions from CSV: a header row naming <c>bookId</c>, <c>imsRecordId</c>
/// and <c>decision</c> (<c>link</c> or <c>doNotPair</c>), in any order, without regard to case.
/// A bad row is an error finding naming it, and is left out; the rest is read. A file that cannot be read as a
/// whole (empty, or a required column missing) is unreadable.
/// </summary>
public static class ManualDecisionsCsvReader
{
    private static readonly string[] Columns = ["bookId", "imsRecordId", "decision"];

    /// <summary>Reads manual decisions.</summary>
    /// <param name="reader">The CSV; the caller disposes it.</param>
    /// <returns>The decisions, in file order, with an error for each row left out; or unreadable, with the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static ReadResult<ImmutableArray<ManualDecision>> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var findings = new List<Finding>();
        var decisions = new List<ManualDecision>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = true, TrimOptions = TrimOptions.Trim, IgnoreBlankLines = true, MissingFieldFound = null, BadDataFound = null };
        try
        {
            using var csv = new CsvReader(reader, config, leaveOpen: true);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                findings.Add(Error(ReconciliationFindingCodes.CsvUnreadable, "The manual decisions CSV is empty: expected a header row naming bookId, imsRecordId and decision."));
                return ReadResult.Unreadable<ImmutableArray<ManualDecision>>([.. findings]);
            }

            var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => BookCells.SameName(h, c)));
            foreach (var missing in Columns.Where(c => index[c] < 0))
            {
                findings.Add(Error(ReconciliationFindingCodes.CsvMissingColumn, $"Row 1: the required column '{missing}' is missing; no decision is read. The header must name bookId, imsRecordId and decision."));
            }

            if (findings.Count > 0)
            {
                return ReadResult.Unreadable<ImmutableArray<ManualDecision>>([.. findings]);
            }

            while (csv.Read())
            {
                var row = csv.Parser.Row;
                string Cell(string name) => csv.GetField(index[name]) ?? string.Empty;
                var book = Cell("bookId");
                var record = Cell("imsRecordId");
                ManualDecisionKind? kind = Cell("decision").Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
                {
                    "LINK" => ManualDecisionKind.Link,
                    "DONOTPAIR" => ManualDecisionKind.DoNotPair,
                    _ => null,
                };
                if (book.Length == 0 || record.Length == 0)
                {
                    findings.Add(Error(ReconciliationFindingCodes.CsvValue, $"Row {row}: bookId and imsRecordId must both be given; the row is left out."));
                }
                else if (kind is null)
                {
                    findings.Add(Error(ReconciliationFindingCodes.CsvValue, $"Row {row}, column 'decision': '{Cell("decision")}' is not a decision: expected link or doNotPair; the row is left out."));
                }
                else
                {
                    decisions.Add(new ManualDecision(book, record, kind.Value));
                }
            }
        }
        catch (CsvHelperException e)
        {
            findings.Add(Error(ReconciliationFindingCodes.CsvSyntax, $"The manual decisions CSV cannot be read further ({e.GetType().Name}); the rows from there are left out."));
        }

        return ReadResult.Read<ImmutableArray<ManualDecision>>([.. decisions], [.. findings]);
    }

    private static Finding Error(string code, string message) => new(code, Severity.Error, null, message);
}
