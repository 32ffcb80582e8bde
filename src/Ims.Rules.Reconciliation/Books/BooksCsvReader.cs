using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Ims.Rules.Reconciliation.Internal;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>
/// Reads a purchase register from CSV with the header names of <see cref="BooksCsvColumns"/>:
/// comma-separated, a header row, quotes where a value holds a comma, money with a dot for
/// decimals (invariant culture), dates in the formats Indian accounting exports use
/// (<see cref="BooksDateFormat"/>), declared or detected per file.
/// </summary>
/// <remarks>
/// Never throws on the data. An unreadable row or a malformed cell is an error finding naming the row
/// (the header is row 1, as a spreadsheet counts) and the column, and the row is left out; the rest is
/// read. An empty file, a required column missing or named twice, or dates whose day and month cannot be
/// told apart make the file unreadable (<see cref="ReadResult{T}"/>).
/// </remarks>
public static class BooksCsvReader
{
    /// <summary>Reads books from CSV text.</summary>
    /// <param name="csv">The CSV.</param>
    /// <returns>The entries (in file order; a row with an error is left out, with the finding naming it) and the findings, or the findings that prevent reading the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<ImmutableArray<BookEntry>> Read(string csv) => Read(csv, BooksDateFormat.Detect);

    /// <summary>Reads books from CSV text whose dates are in <paramref name="dateFormat"/>.</summary>
    /// <param name="csv">The CSV.</param>
    /// <param name="dateFormat">How the dates are written, or <see cref="BooksDateFormat.Detect"/>.</param>
    /// <returns>The entries (in file order; a row with an error is left out, with the finding naming it) and the findings, or the findings that prevent reading the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<ImmutableArray<BookEntry>> Read(string csv, BooksDateFormat dateFormat)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, dateFormat);
    }

    /// <summary>Reads books from a reader of CSV text.</summary>
    /// <param name="reader">The CSV; the caller disposes it.</param>
    /// <returns>The entries (in file order; a row with an error is left out, with the finding naming it) and the findings, or the findings that prevent reading the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static ReadResult<ImmutableArray<BookEntry>> Read(TextReader reader) => Read(reader, BooksDateFormat.Detect);

    /// <summary>Reads books from a reader of CSV text whose dates are in <paramref name="dateFormat"/>.</summary>
    /// <param name="reader">The CSV; the caller disposes it.</param>
    /// <param name="dateFormat">How the dates are written, or <see cref="BooksDateFormat.Detect"/>: then a file whose numeric dates read month first is refused with <c>RECON-CSV-DATE-FORMAT</c> and no entry.</param>
    /// <returns>The entries (in file order; a row with an error is left out, with the finding naming it) and the findings, or the findings that prevent reading the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static ReadResult<ImmutableArray<BookEntry>> Read(TextReader reader, BooksDateFormat dateFormat)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var monthFirst = new List<string>();
        var findings = new List<Finding>();
        var entries = new List<BookEntry>();
        var badRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = args => badRows.Add(args.Context.Parser?.Row ?? 0),
        };

        var row = 1;
        try
        {
            using var csv = new CsvReader(reader, config, leaveOpen: true);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                findings.Add(Error(ReconciliationFindingCodes.CsvUnreadable, "The books CSV is empty: expected a header row naming the columns (" + string.Join(", ", BooksCsvColumns.All) + ")."));
                return Result(entries, findings);
            }

            var columns = Columns(header, findings);
            if (columns is null)
            {
                return Result(entries, findings);
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (csv.Read())
            {
                row = csv.Parser.Row;
                if (badRows.Contains(row))
                {
                    findings.Add(Error(ReconciliationFindingCodes.CsvSyntax, $"Row {row}: a quote is misplaced; the row is left out."));
                    continue;
                }

                if (csv.Parser.Count != header.Length)
                {
                    findings.Add(Error(ReconciliationFindingCodes.CsvSyntax, $"Row {row}: {csv.Parser.Count} fields, but the header has {header.Length}; the row is left out."));
                    continue;
                }

                if (ReadRow(csv, row, columns, dateFormat, monthFirst, findings) is { } entry)
                {
                    if (ids.Add(entry.Id))
                    {
                        entries.Add(entry);
                    }
                    else
                    {
                        findings.Add(Error(ReconciliationFindingCodes.CsvValue, $"Row {row}, column '{BooksCsvColumns.Id}': the id {Internal.Text.Quote(entry.Id)} is already used by an earlier row; the row is left out."));
                    }
                }
            }
        }
        catch (CsvHelperException e)
        {
            findings.Add(Error(ReconciliationFindingCodes.CsvSyntax, $"Row {row}: the CSV cannot be read further ({e.GetType().Name}); the rows from here are left out."));
        }

        if (monthFirst.Count > 0)
        {
            findings.Add(Error(ReconciliationFindingCodes.CsvDateFormat,
                $"{string.Join(", ", monthFirst.Take(3))}{(monthFirst.Count > 3 ? $" and {monthFirst.Count - 3} more" : string.Empty)}: the date reads month first, so day and month of the file's other numeric dates cannot be told apart; no entry is read. Write dates day first (dd/mm/yyyy, as Indian books do) or as yyyy-mm-dd."));
            entries.Clear();
        }

        return Result(entries, findings);
    }

    private static Dictionary<string, int>? Columns(string[] header, List<Finding> findings)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var known = BooksCsvColumns.All.FirstOrDefault(name => BookCells.SameName(header[i], name));
            if (known is null)
            {
                findings.Add(new Finding(ReconciliationFindingCodes.CsvUnknownColumn, Severity.Info, null, $"Row 1, column {i + 1} {Internal.Text.Quote(header[i])}: not a column of the books layout; it is ignored."));
            }
            else if (!columns.TryAdd(known, i))
            {
                findings.Add(Error(ReconciliationFindingCodes.CsvMissingColumn, $"Row 1, column {i + 1} {Internal.Text.Quote(header[i])}: the column '{known}' is named twice, so which one is meant cannot be told; no entry is read."));
            }
        }

        var missing = BooksCsvColumns.Required.Where(name => !columns.ContainsKey(name)).ToList();
        foreach (var name in missing)
        {
            findings.Add(Error(ReconciliationFindingCodes.CsvMissingColumn, $"Row 1: the required column '{name}' is missing; no entry is read. The header must name {string.Join(", ", BooksCsvColumns.Required)}."));
        }

        return missing.Count == 0 ? columns : null;
    }

    private static BookEntry? ReadRow(CsvReader csv, int row, Dictionary<string, int> columns, BooksDateFormat dateFormat, List<string> monthFirst, List<Finding> findings)
    {
        var errors = findings.Count;
        string Cell(string name) => columns.TryGetValue(name, out var index) ? csv.GetField(index) ?? string.Empty : string.Empty;
        void Check(string name, string? error)
        {
            if (error is not null)
            {
                findings.Add(Error(ReconciliationFindingCodes.CsvValue, $"Row {row}, column '{name}': {error}; the row is left out."));
            }
        }

        Check(BooksCsvColumns.Type, BookCells.Type(Cell(BooksCsvColumns.Type), out var type));
        var gstinError = BookCells.Gstin(Cell(BooksCsvColumns.SupplierGstin), type, out var gstin, out var badCheck);
        Check(BooksCsvColumns.SupplierGstin, findings.Count == errors ? gstinError : null);
        var number = Cell(BooksCsvColumns.Number);
        Check(BooksCsvColumns.Number, number.Length == 0 ? "is empty: expected the document number" : null);
        Check(BooksCsvColumns.Date, BookCells.Date(Cell(BooksCsvColumns.Date), required: true, dateFormat, out var date, out var dateMonthFirst));
        Check(BooksCsvColumns.TaxableValue, BookCells.Amount(Cell(BooksCsvColumns.TaxableValue), required: true, out var taxable));
        Check(BooksCsvColumns.Igst, BookCells.Amount(Cell(BooksCsvColumns.Igst), required: false, out var igst));
        Check(BooksCsvColumns.Cgst, BookCells.Amount(Cell(BooksCsvColumns.Cgst), required: false, out var cgst));
        Check(BooksCsvColumns.Sgst, BookCells.Amount(Cell(BooksCsvColumns.Sgst), required: false, out var sgst));
        Check(BooksCsvColumns.Cess, BookCells.Amount(Cell(BooksCsvColumns.Cess), required: false, out var cess));
        Check(BooksCsvColumns.PlaceOfSupply, BookCells.State(Cell(BooksCsvColumns.PlaceOfSupply), out var pos));
        Check(BooksCsvColumns.ReverseCharge, BookCells.Flag(Cell(BooksCsvColumns.ReverseCharge), out var reverseCharge));
        Check(BooksCsvColumns.BookedOn, BookCells.Date(Cell(BooksCsvColumns.BookedOn), required: false, dateFormat, out var bookedOn, out var bookedMonthFirst));
        if (dateFormat == BooksDateFormat.Detect && (dateMonthFirst || bookedMonthFirst))
        {
            monthFirst.Add($"Row {row}, column '{(dateMonthFirst ? BooksCsvColumns.Date : BooksCsvColumns.BookedOn)}' '{Cell(dateMonthFirst ? BooksCsvColumns.Date : BooksCsvColumns.BookedOn)}'");
        }

        if (findings.Count > errors)
        {
            return null;
        }

        var id = Cell(BooksCsvColumns.Id);
        id = id.Length > 0 ? id : "row-" + row.ToString(CultureInfo.InvariantCulture);
        if (badCheck)
        {
            findings.Add(new Finding(ReconciliationFindingCodes.CsvGstinCheckCharacter, Severity.Warning, id,
                $"Row {row}, column '{BooksCsvColumns.SupplierGstin}': '{gstin}' has a wrong check character; it is kept as written."));
        }

        return new BookEntry
        {
            Id = id,
            SupplierGstin = gstin,
            SupplierName = Cell(BooksCsvColumns.SupplierName) is { Length: > 0 } name ? name : null,
            Type = type,
            Number = number,
            Date = date!.Value,
            TaxableValue = taxable,
            Tax = new TaxAmounts(igst, cgst, sgst, cess),
            PlaceOfSupply = pos,
            ReverseCharge = reverseCharge,
            BookedOn = bookedOn,
        };
    }

    private static Finding Error(string code, string message) => new(code, Severity.Error, null, message);

    /// <summary>Read, unless the file as a whole cannot be: empty, a required column missing or named twice, or dates whose order cannot be told.</summary>
    private static ReadResult<ImmutableArray<BookEntry>> Result(List<BookEntry> entries, List<Finding> findings) =>
        findings.Any(f => f.Code is ReconciliationFindingCodes.CsvMissingColumn or ReconciliationFindingCodes.CsvUnreadable or ReconciliationFindingCodes.CsvDateFormat)
            ? ReadResult.Unreadable<ImmutableArray<BookEntry>>([.. findings])
            : ReadResult.Read<ImmutableArray<BookEntry>>([.. entries], [.. findings]);
}
