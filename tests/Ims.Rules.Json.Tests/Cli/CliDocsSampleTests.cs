using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>
/// Every sample of the tool's output in docs/cli.md marked <c>&lt;!-- sample: ARGS --&gt;</c> is what the tool prints
/// for those arguments today (paths under docs/ are the repository's).
/// </summary>
public sealed partial class CliDocsSampleTests
{
    public static TheoryData<string> Samples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Match match in Sample().Matches(Document()))
            {
                data.Add(match.Groups["args"].Value);
            }

            return data;
        }
    }

    [Fact]
    public void CliDoc_HasTableSamples()
    {
        Samples.Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void CliDoc_Sample_IsTheToolsOutput(string args)
    {
        var documented = Sample().Matches(Document()).Single(m => m.Groups["args"].Value == args).Groups["output"].Value;
        var root = Repository.Root + Path.DirectorySeparatorChar;
        var run = CliRun.Of([.. args.Split(' ').Select(arg => arg.StartsWith("docs/", StringComparison.Ordinal) ? root + arg : arg)]);

        Normalised(run.Out.Replace(root, string.Empty, StringComparison.Ordinal)).Should().Be(Normalised(documented), $"docs/cli.md shows the output of 'ims-rules {args}'");
    }

    private static string Document() => File.ReadAllText(Path.Combine(Repository.Root, "docs", "cli.md"));

    private static string Normalised(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"<!-- sample: (?<args>[^>]+?) -->\n```\n(?<output>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex Sample();
}
