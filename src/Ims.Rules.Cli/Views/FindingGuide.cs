using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// What a finding code means and what to do about it, read from the docs' finding tables
/// (docs/findings.md and the tables of the reader families), which the tool carries inside it:
/// the remedy is written once, in the docs, and a convention test keeps every code there.
/// </summary>
/// <param name="Document">The document that lists the code.</param>
/// <param name="Meaning">Its meaning (or "when").</param>
/// <param name="Remedy">Its "what to do" column; empty where the table has none.</param>
internal sealed record FindingGuide(string Document, string Meaning, string Remedy)
{
    private static readonly string[] Documents = ["docs/findings.md", "docs/case-format.md", "docs/gstn-interop.md", "docs/reconciliation.md"];

    private static readonly Lazy<FrozenDictionary<string, FindingGuide>> All = new(Load);

    /// <summary>The guide to <paramref name="code"/>, if a document lists it.</summary>
    /// <param name="code">The finding code.</param>
    /// <returns>The guide, or <see langword="null"/>.</returns>
    public static FindingGuide? Of(string code) => All.Value.GetValueOrDefault(code);

    /// <summary>What to do about <paramref name="code"/>: the remedy, else the document to read.</summary>
    /// <param name="code">The finding code.</param>
    /// <returns>The text.</returns>
    public static string RemedyOf(string code) => Of(code) switch
    {
        { Remedy.Length: > 0 } guide => guide.Remedy,
        { } guide => "See " + guide.Document + ": " + guide.Meaning,
        null => string.Empty,
    };

    private static FrozenDictionary<string, FindingGuide> Load()
    {
        var guides = new Dictionary<string, FindingGuide>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            using var stream = typeof(FindingGuide).Assembly.GetManifestResourceStream(document);
            if (stream is null)
            {
                continue;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                var cells = Cells(line);
                if (cells.Count >= 3 && cells[0].Length > 2 && cells[0][0] == '`' && cells[1] is "error" or "warning" or "info")
                {
                    var code = cells[0].Trim('`');
                    guides.TryAdd(code, new FindingGuide(document, Plain(cells[2]), cells.Count >= 5 ? Plain(cells[4]) : string.Empty));
                }
            }
        }

        return guides.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The cells of a Markdown table row, split at pipes that are neither escaped nor inside backticks.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        if (!line.StartsWith('|'))
        {
            return cells;
        }

        var cell = new StringBuilder();
        var code = false;
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (c == '`')
            {
                code = !code;
                cell.Append(c);
            }
            else if (c == '|' && !code)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return cells;
    }

    /// <summary>Markdown emphasis and code marks removed, for a terminal.</summary>
    private static string Plain(string text) => text.Replace("`", string.Empty, StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal);
}
