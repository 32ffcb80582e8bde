// The docs pages (docs/*.md and README.md) are checked for breakage a reader would meet:
//
// 1. Every fenced code block is closed. A block left open turns the rest of the page into code; the sign of one is
//    an opening fence with a language (```sh) inside another block, or a block still open at the end of the page.
// 2. docs/cli.md's command table names every command of the tool (`ims-rules --help`) and only those, and each row
//    links to a heading of the page.
// 3. Command samples run and print what the page shows. A command sample is marked with an HTML comment on the line
//    just before a ```sh block:
//
//        <!-- sample: ims-rules -->            (the last command exits 0)
//        <!-- sample: ims-rules exit=1 -->     (it exits with 1)
//        ```sh
//        ims-rules compute docs/examples/monthly-trader.json --period 2025-10 > result.json
//        ims-rules diff docs/examples/monthly-trader.2025-10.expected.json result.json
//        ```
//
//        ```
//        The results agree (3 documents, period 2025-10).
//        ```
//
//    Every line of the block is an ims-rules command (comments after " #" are ignored); paths are relative to the
//    repository root; "> FILE" writes a command's standard output to FILE in a scratch folder that later commands
//    read from. The block right after it (only blank lines between) is the standard output of the last command,
//    compared line by line with trailing blanks ignored; a line that is only "..." stands for any number of lines.
//    A ```sh block followed directly by an output block must be marked, so that no shown output goes unchecked.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Docs;

public sealed partial class DocsPageTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var page in PageNames())
        {
            pages.Add(page);
        }

        return pages;
    }

    public static TheoryData<string, int> Samples()
    {
        var samples = new TheoryData<string, int>();
        foreach (var sample in AllSamples())
        {
            samples.Add(sample.Page, sample.Line);
        }

        return samples;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void FencedBlocks_DocsPage_AreAllClosed(string page)
    {
        Read(page).Problems.Should().BeEmpty();
    }

    [Fact]
    public void FencedBlocks_BlockLeftOpenBeforeTheNextOne_IsReported()
    {
        var page = MarkdownPage.Parse("page.md", "```sh\nims-rules convert x > case.json\n## `reconcile`\n\n```sh\nims-rules reconcile\n```\n");

        page.Problems.Should().ContainSingle().Which.Should().Contain("page.md:1").And.Contain("line 5");
    }

    [Fact]
    public void FencedBlocks_BlockOpenAtTheEnd_IsReported()
    {
        MarkdownPage.Parse("page.md", "text\n\n```json\n{}\n").Problems.Should().ContainSingle().Which.Should().Contain("never closed");
    }

    [Fact]
    public void CommandTable_CliPage_NamesEveryCommandOfTheTool()
    {
        var page = Read("docs/cli.md");
        var rows = page.Lines.Select(line => TableRow().Match(line)).Where(m => m.Success).ToList();
        var help = CliRun.Of("--help");
        var commands = help.Out.Split('\n').SkipWhile(line => !line.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .Select(line => HelpCommand().Match(line)).Where(m => m.Success).Select(m => m.Groups["name"].Value).ToList();

        commands.Should().NotBeEmpty(help.ToString());
        rows.Select(m => m.Groups["name"].Value).Should().BeEquivalentTo(commands);
        rows.Select(m => m.Groups["anchor"].Value).Should().BeSubsetOf(page.HeadingAnchors());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void CommandSample_RunInProcess_PrintsWhatThePageShows(string page, int line)
    {
        var sample = AllSamples().Single(s => s.Page == page && s.Line == line);

        var run = sample.Run(Repository.Root);

        run.Exit.Should().Be(sample.Exit, run.ToString());
        CommandSample.Shows(sample.Expected, run.Out.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            .Should().BeTrue($"{sample} shows\n{string.Join('\n', sample.Expected)}\nbut the tool prints\n{run.Out}");
    }

    [Fact]
    public void CommandSamples_CommandBlockFollowedByItsOutput_IsMarked()
    {
        var unmarked = PageNames().Select(Read)
            .SelectMany(page => page.Blocks.Where(b => b.Info is "sh" or "bash" && page.BlockAfter(b) is { Info: "" or "text" }
                && CommandSample.Of(page, b) is null).Select(b => $"{page.Name}:{b.StartLine}"));

        unmarked.Should().BeEmpty("a command shown with its output is a sample: mark it '<!-- sample: ims-rules -->'");
    }

    [Fact]
    public void CommandSamples_TheDocs_HaveSome()
    {
        AllSamples().Should().Contain(s => s.Page == "docs/cli.md");
    }

    [Theory]
    [InlineData(new[] { "a", "...", "d" }, new[] { "a", "b", "c", "d" }, true)]
    [InlineData(new[] { "a", "...", "d" }, new[] { "a", "d" }, true)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "b  ", "" }, true)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, false)]
    [InlineData(new[] { "a" }, new[] { "a", "b" }, false)]
    [InlineData(new[] { "a", "..." }, new[] { "a", "b", "c" }, true)]
    public void Shows_ExpectedLinesWithElisions_MatchOnlyTheirOutput(string[] expected, string[] output, bool shows)
    {
        CommandSample.Shows(expected, output).Should().Be(shows);
    }

    private static IEnumerable<string> PageNames() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md").Order(StringComparer.Ordinal)
            .Select(path => "docs/" + Path.GetFileName(path)).Prepend("README.md");

    private static MarkdownPage Read(string page) =>
        MarkdownPage.Parse(page, File.ReadAllText(Path.Combine(Repository.Root, page)));

    private static IEnumerable<CommandSample> AllSamples() =>
        PageNames().Select(Read).SelectMany(page => page.Blocks.Select(b => CommandSample.Of(page, b))).OfType<CommandSample>();

    [GeneratedRegex(@"^\| \[`(?<name>[a-z-]+)`\]\(#(?<anchor>[^)]+)\) \|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^  (?<name>[a-z][a-z-]*)(?: <[A-Z]+>)*\s{2,}")]
    private static partial Regex HelpCommand();
}
