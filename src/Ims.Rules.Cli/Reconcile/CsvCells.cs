using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>
/// Writes the cells of the reconciliation's CSV files safely for a spreadsheet: a text cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so
/// it is never read as a formula (CSV injection); a plain number such as <c>-500.00</c> stays a number.
/// Cells holding a comma, a quote or a line break are quoted (RFC 4180).
/// </summary>
/// <remarks>
/// CsvHelper's <c>InjectionOptions.Escape</c> prefixes every cell starting with those characters,
/// negative numbers included, which would turn amounts into text; hence this rule of our own.
/// </remarks>
internal static class CsvCells
{
    public static void WriteRow(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine(string.Join(",", cells.Select(cell => Quote(Neutralise(cell)))));

    /// <summary>The cell with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(cell) ? "'" + cell : cell;

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool IsPlainNumber(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
