using System;
using System.Globalization;

namespace Ims.Rules.Cli.Views;

/// <summary>How the cells of a <see cref="Sheet"/> read: amounts to the paisa, counts as integers.</summary>
internal static class Cells
{
    /// <summary>The cell for a person: amounts with thousands separators (<c>1,234.50</c>).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string Readable(object? cell) => cell switch
    {
        null => string.Empty,
        decimal amount => amount.ToString("#,##0.00", CultureInfo.InvariantCulture),
        int count => count.ToString("#,##0", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>The cell for a program: amounts as <c>1234.50</c>, counts without separators.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string Plain(object? cell) => cell switch
    {
        null => string.Empty,
        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A text cell made safe for a spreadsheet: one that starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return would be read as a formula, so it gets a leading apostrophe.
    /// Numbers are never passed here: they stay numbers.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, neutralised.</returns>
    public static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
