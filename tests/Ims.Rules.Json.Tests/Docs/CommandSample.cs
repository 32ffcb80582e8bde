using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Docs;

/// <summary>
/// A command sample of a docs page (the markup is described in <see cref="DocsPageTests"/>): the ims-rules commands
/// of a <c>sh</c> block, run in process in a scratch folder, the last one's standard output compared with the
/// block shown after it.
/// </summary>
internal sealed partial record CommandSample(string Page, int Line, ImmutableArray<string> Commands, int Exit, ImmutableArray<string> Expected)
{
    public override string ToString() => $"{Page}:{Line}";

    /// <summary>Runs the commands; the outcome of the last one, with the folders it ran in shown as the page shows them.</summary>
    public CliRun Run(string repositoryRoot)
    {
        var scratch = Directory.CreateTempSubdirectory("ims-rules-docs-").FullName;
        try
        {
            CliRun? last = null;
            foreach (var command in Commands)
            {
                var words = Words(command);
                if (words.Count == 0 || words[0] != "ims-rules")
                {
                    throw new InvalidOperationException($"{this}: a sample runs ims-rules only, not '{command}'");
                }

                var redirect = words.IndexOf(">");
                var target = redirect >= 0 ? Path.Combine(scratch, words[redirect + 1]) : null;
                var args = words.Skip(1).Take((redirect >= 0 ? redirect : words.Count) - 1)
                    .Select(word => Locate(word, repositoryRoot, scratch)).ToArray();
                last = CliRun.Of(args);
                if (target is not null)
                {
                    File.WriteAllText(target, last.Out);
                }
            }

            var run = last ?? throw new InvalidOperationException($"{this}: the sample has no command");
            string Shown(string text) => text.Replace(scratch + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
                .Replace(repositoryRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
            return run with { Out = Shown(run.Out), Err = Shown(run.Err) };
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// Whether <paramref name="output"/> is what the page shows: line by line, trailing blanks ignored, and a line
    /// that is only "..." standing for any number of lines.
    /// </summary>
    public static bool Shows(IReadOnlyList<string> expected, IReadOnlyList<string> output)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(output);
        static string Clean(string line) => line.TrimEnd();
        var want = expected.Select(Clean).ToList();
        var got = output.Select(Clean).ToList();
        while (got.Count > 0 && got[^1].Length == 0)
        {
            got.RemoveAt(got.Count - 1);
        }

        bool Match(int w, int g)
        {
            if (w == want.Count)
            {
                return g == got.Count;
            }

            if (want[w].Trim() is "..." or "…")
            {
                return Enumerable.Range(g, got.Count - g + 1).Any(next => Match(w + 1, next));
            }

            return g < got.Count && want[w] == got[g] && Match(w + 1, g + 1);
        }

        return Match(0, 0);
    }

    /// <summary>The sample of a marked block, or null when the comment before it is not the sample marker.</summary>
    public static CommandSample? Of(MarkdownPage page, FencedBlock block)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(block);
        var marker = page.CommentBefore(block) is { } comment ? Marker().Match(comment) : Match.Empty;
        if (!marker.Success)
        {
            return null;
        }

        var exit = marker.Groups["exit"].Success ? int.Parse(marker.Groups["exit"].Value, CultureInfo.InvariantCulture) : 0;
        var output = page.BlockAfter(block) ?? throw new InvalidOperationException($"{page.Name}:{block.StartLine}: a sample needs its output in the block after it");
        var commands = block.Lines.Select(line => line.Split(" #")[0].Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));
        return new CommandSample(page.Name, block.StartLine, [.. commands], exit, output.Lines);
    }

    private static List<string> Words(string command) =>
        [.. WordPattern().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)];

    private static string Locate(string word, string root, string scratch) =>
        File.Exists(Path.Combine(scratch, word)) ? Path.Combine(scratch, word)
        : File.Exists(Path.Combine(root, word)) ? Path.Combine(root, word)
        : word;

    [GeneratedRegex("^sample: ims-rules(?: exit=(?<exit>[0-9]))?$")]
    private static partial Regex Marker();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|'(?<quoted>[^']*)'|\\S+")]
    private static partial Regex WordPattern();
}
