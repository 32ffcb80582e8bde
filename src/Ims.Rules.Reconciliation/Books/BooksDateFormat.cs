namespace Ims.Rules.Reconciliation.Books;

/// <summary>How the dates of a books CSV are written: declared, or detected per file (<see cref="Detect"/>).</summary>
public enum BooksDateFormat
{
    /// <summary>
    /// Any of the formats below, cell by cell; the file is refused (finding <c>RECON-CSV-DATE-FORMAT</c>) when a
    /// numeric date reads month first (<c>04/15/2025</c>): day and month of its other dates cannot be told apart then.
    /// </summary>
    Detect,

    /// <summary><c>yyyy-mm-dd</c> (ISO 8601): <c>2025-04-01</c>.</summary>
    Iso,

    /// <summary><c>dd/mm/yyyy</c> (one-digit day and month accepted): <c>01/04/2025</c>.</summary>
    DayMonthYearSlash,

    /// <summary><c>dd-mm-yyyy</c> (one-digit day and month accepted): <c>01-04-2025</c>.</summary>
    DayMonthYearDash,

    /// <summary><c>d-MMM-yy</c> with the English month abbreviation, any case (a four-digit year and spaces for dashes accepted): <c>1-Apr-25</c>.</summary>
    DayMonthNameYear,
}
