using System.IO;
using System.Linq;

namespace Ims.Rules.Cli.Views;

/// <summary>Renders a <see cref="View"/> as GitHub-flavoured Markdown, to paste into a ticket, a wiki or an e-mail.</summary>
internal static class MarkdownRenderer
{
    public static void Write(View view, TextWriter output)
    {
        var first = true;
        foreach (var block in view.Blocks)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            switch (block)
            {
                case Heading heading:
                    output.WriteLine("## " + heading.Text);
                    break;
                case Paragraph paragraph:
                    output.WriteLine(paragraph.Text);
                    break;
                case Sheet sheet:
                    WriteSheet(output, sheet);
                    break;
            }
        }
    }

    private static void WriteSheet(TextWriter output, Sheet sheet)
    {
        output.WriteLine("**" + Escape(sheet.Title) + "**");
        output.WriteLine();
        if (sheet.Count == 0)
        {
            output.WriteLine("None.");
            return;
        }

        output.WriteLine("| " + string.Join(" | ", sheet.Columns.Select(c => Escape(c.Name))) + " |");
        output.WriteLine("|" + string.Concat(sheet.Columns.Select(c => c.Numeric ? "---:|" : "---|")));
        foreach (var row in sheet.Rows.Take(sheet.Limit))
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(cell => Escape(Cells.Readable(cell)))) + " |");
        }

        if (sheet.Count > sheet.Limit)
        {
            output.WriteLine();
            output.WriteLine(TableRenderer.MoreLine(sheet));
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).ReplaceLineEndings(" ");
}
