using System;
using System.IO;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Run_GenerateTwiceWithOneSeed_WritesTheSameReadableCase()
    {
        var first = CliRun.Of("generate", "--records", "500", "--seed", "9");
        var second = CliRun.Of("generate", "--records", "500", "--seed", "9");

        first.Exit.Should().Be(0, first.ToString());
        first.Out.Should().Be(second.Out);
        var read = CaseReader.Read(first.Out);
        read.IsRead.Should().BeTrue(string.Join("\n", read.Findings));
        read.GetValueOrThrow().Records.Should().HaveCount(500);
    }

    [Fact]
    public void Run_GenerateToAFile_WritesAFileTheOtherCommandsRead()
    {
        var path = Path.Combine(_folder.Path, "year.json");

        var generate = CliRun.Of("generate", "--records", "300", "--seed", "3", "--out", path);
        var compute = CliRun.Of("compute", path, "--period", "2025-10");

        generate.Exit.Should().Be(0, generate.ToString());
        compute.Exit.Should().BeOneOf([0, 1], compute.ToString());
        compute.Out.Should().Contain("\"format\": \"ims-2b/1\"").And.Contain("\"status\": \"generated\"");
    }

    [Fact]
    public void Run_GenerateCases_WritesEachSeedsCaseOnOneLine()
    {
        var lines = CliRun.Of("generate", "--records", "5", "--cases", "3", "--seed", "4").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fifth = CliRun.Of("generate", "--records", "5", "--seed", "5").Out;

        lines.Should().HaveCount(3);
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(lines[1]), System.Text.Json.Nodes.JsonNode.Parse(fifth)).Should().BeTrue();
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(lines[0]), System.Text.Json.Nodes.JsonNode.Parse(fifth)).Should().BeFalse();
    }

    [Fact]
    public void Run_GenerateWithoutRecords_ExitsTwo()
    {
        CliRun.Of("generate").Exit.Should().Be(2);
        CliRun.Of("generate", "--records", "-5").Exit.Should().Be(2);
    }

    public void Dispose() => _folder.Dispose();
}
