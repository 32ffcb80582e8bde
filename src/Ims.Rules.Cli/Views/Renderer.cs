using System.IO;

namespace Ims.Rules.Cli.Views;

/// <summary>Renders a <see cref="View"/> in the readable format a command was asked for.</summary>
internal static class Renderer
{
    /// <summary>Renders <paramref name="view"/> as <c>table</c>, <c>markdown</c> or <c>csv</c>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where.</param>
    public static void Render(View view, string format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvRenderer.Write(view, output);
                break;
            case OutputFormat.Markdown:
                MarkdownRenderer.Write(view, output);
                break;
            default:
                TableRenderer.Write(view, output);
                break;
        }
    }
}
