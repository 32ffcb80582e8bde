using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// Writes the rows of a <see cref="View"/> (<see cref="View.Rows"/>, never cut) as RFC 4180 CSV with a
/// header row. Text that a spreadsheet would run as a formula is neutralised; numbers stay numbers.
/// </summary>
internal static class CsvRenderer
{
    public static void Write(View view, TextWriter output)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None, NewLine = "\n" };
        using var csv = new CsvWriter(output, configuration, leaveOpen: true);
        foreach (var column in view.Rows.Columns)
        {
            csv.WriteField(column.Name);
        }

        csv.NextRecord();
        foreach (var row in view.Rows.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell is string text ? Cells.Neutralised(text) : Cells.Plain(cell));
            }

            csv.NextRecord();
        }

        csv.Flush();
    }
}
