using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace Ims.Rules.Cli.Views;

/// <summary>Renders a <see cref="View"/> as Spectre.Console tables: coloured on a terminal, plain box-drawn text elsewhere.</summary>
internal static class TableRenderer
{
    public static void Write(View view, TextWriter output)
    {
        var terminal = Terminal.IsInteractive(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Capabilities.Unicode = true;
        if (!terminal)
        {
            console.Profile.Width = Terminal.FileWidth;
        }

        var first = true;
        foreach (var block in view.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    if (!first)
                    {
                        console.WriteLine();
                    }

                    console.Write(new Markup("[bold]" + Markup.Escape(heading.Text) + "[/]"));
                    console.WriteLine();
                    break;
                case Paragraph paragraph:
                    console.Write(new Text(paragraph.Text));
                    console.WriteLine();
                    break;
                case Sheet sheet:
                    WriteSheet(console, sheet);
                    break;
            }

            first = false;
        }
    }

    private static void WriteSheet(IAnsiConsole console, Sheet sheet)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(sheet.Title)) };
        foreach (var column in sheet.Columns)
        {
            var header = new TableColumn(Markup.Escape(column.Name));
            table.AddColumn(column.Numeric ? header.RightAligned() : header);
        }

        if (sheet.Count == 0)
        {
            console.Write(new Text(sheet.Title + ": none"));
            console.WriteLine();
            return;
        }

        foreach (var row in sheet.Rows.Take(sheet.Limit))
        {
            table.AddRow([.. row.Select(cell => Markup.Escape(Cells.Readable(cell)))]);
        }

        console.Write(table);
        if (sheet.Count > sheet.Limit)
        {
            console.Write(new Text(MoreLine(sheet)));
            console.WriteLine();
        }
    }

    /// <summary>The line under a cut table: <c>1,234 more — use --format json</c>.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The line.</returns>
    public static string MoreLine(Sheet sheet) =>
        string.Create(CultureInfo.InvariantCulture, $"… {sheet.Count - sheet.Limit:#,##0} more {sheet.Title.ToLowerInvariant()} — use --format json (or csv) for all of them.");
}
