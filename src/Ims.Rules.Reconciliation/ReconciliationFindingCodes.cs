namespace Ims.Rules.Reconciliation;

/// <summary>The stable codes of the reconciliation's findings (prefix <c>RECON-</c>); docs/reconciliation.md explains each.</summary>
public static class ReconciliationFindingCodes
{
    /// <summary>Error: the CSV has no header row, or cannot be read at all.</summary>
    public const string CsvUnreadable = "RECON-CSV-UNREADABLE";

    /// <summary>Error: a required column is absent from the header; no entry is read.</summary>
    public const string CsvMissingColumn = "RECON-CSV-MISSING-COLUMN";

    /// <summary>Error: a row's cell is missing or malformed (a number, date, GSTIN, type, state code, flag); the row is left out.</summary>
    public const string CsvValue = "RECON-CSV-VALUE";

    /// <summary>Error: a row's quoting or field count is broken; the row is left out.</summary>
    public const string CsvSyntax = "RECON-CSV-SYNTAX";

    /// <summary>Info: a column the layout does not know; it is ignored.</summary>
    public const string CsvUnknownColumn = "RECON-CSV-UNKNOWN-COLUMN";

    /// <summary>Warning: a supplier GSTIN has a wrong check character; it is kept as written.</summary>
    public const string CsvGstinCheckCharacter = "RECON-CSV-GSTIN-CHECK-CHARACTER";

    /// <summary>Warning: two book entries share an id; both are kept, ties between them are broken by their data.</summary>
    public const string BooksDuplicateId = "RECON-BOOKS-DUPLICATE-ID";

    /// <summary>Warning: a manual decision names a book entry or record that does not exist, links a document twice or across types; it is left out.</summary>
    public const string ManualDecision = "RECON-MANUAL-DECISION";

    /// <summary>Error: the books' dates are written so that day and month cannot be told apart (or not in the declared format); no entry is read.</summary>
    public const string CsvDateFormat = "RECON-CSV-DATE-FORMAT";
}
