using System;
using System.IO;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>How the tool takes its inputs: <c>-</c> as standard input, folders, missing files, empty input, long arguments, and its own words throughout.</summary>
public sealed class InputHandlingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Example => Path.Combine(Repository.Examples, "monthly-trader.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_ComputeFromStandardInput_PrintsWhatTheFileGives()
    {
        var fromFile = CliRun.Of("compute", Example, "--period", "2025-10");

        var fromInput = CliRun.WithInput(File.ReadAllText(Example), "compute", "-", "--period", "2025-10");

        fromInput.Exit.Should().Be(fromFile.Exit, fromInput.ToString());
        fromInput.Out.Should().Be(fromFile.Out);
    }

    [Fact]
    public void Run_ValidateFromStandardInput_NamesStandardInputInFindings()
    {
        var run = CliRun.WithInput("{\"format\": \"ims-case/1\"}", "validate", "-");

        run.Exit.Should().Be(2, run.ToString());
        (run.Out + run.Err).Should().Contain("standard input: ERROR IMS-JSON-MISSING");
    }

    [Fact]
    public void Run_StandardInputTwice_IsBadUsage()
    {
        var run = CliRun.WithInput("{}", "diff", "-", "-");

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("only once");
    }

    [Theory]
    [InlineData("compute", "--period", "2025-10")]
    [InlineData("validate")]
    [InlineData("timeline")]
    public void Run_AFolder_SaysItIsAFolderAndExitsTwo(params string[] rest)
    {
        var run = CliRun.Of([rest[0], _folder.Path, .. rest[1..]]);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("it is a folder").And.NotContain("Access to the path");
    }

    [Fact]
    public void Run_AMissingFile_SaysSoInItsOwnWords()
    {
        var run = CliRun.Of("validate", Path.Combine(_folder.Path, "nothing.json"));

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("there is no such file").And.NotContain("Could not find");
    }

    [Fact]
    public void Run_WritingIntoAMissingFolder_SaysSoInItsOwnWords()
    {
        var run = CliRun.Of("generate", "--records", "3", "--seed", "1", "--out", Path.Combine(_folder.Path, "no", "such", "case.json"));

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("there is no such folder").And.NotContain("Could not find");
    }

    [Fact]
    public void Run_AnEmptyPath_LeaksNoParameterName()
    {
        var run = CliRun.Of("validate", string.Empty);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().NotContain("(Parameter").And.NotContain("Exception");
    }

    [Fact]
    public void Run_AnEmptyFile_SaysTheInputIsEmpty()
    {
        var run = CliRun.Of("validate", _folder.Write("empty.json", string.Empty));

        run.Exit.Should().Be(2, run.ToString());
        (run.Out + run.Err).Should().Contain("the input is empty").And.NotContain("isFinalBlock");
    }

    [Fact]
    public void Run_AWrongTypeOfArgument_IsSaidWithoutDotNetTypeNames()
    {
        var run = CliRun.Of("generate", "--records", "many", "--seed", "1", "--out", Path.Combine(_folder.Path, "x.json"));

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().NotContain("System.").And.Contain("whole number");
    }

    [Fact]
    public void Run_AHugeArgument_IsCutInTheMessage()
    {
        var huge = new string('x', 100_000);

        var run = CliRun.Of("compute", Example, "--period", huge);

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Length.Should().BeLessThan(2_000);
    }

    [Fact]
    public void Run_ConvertImsOnAGstr2bDownload_ExitsTwoSayingWhatWasExpected()
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", PortalFixtures.Own("gstr2b-v4.json"), "--gstin", "27AAPFU0939F1ZV");

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain("GSTN-WRONG-KIND").And.Contain("--from gstn-2b");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"b2b\": null, \"b2ba\": null, \"b2bdn\": null, \"b2bdna\": null, \"b2bcn\": null, \"b2bcna\": null, \"ecom\": null, \"ecoma\": null}")]
    [InlineData("[]")]
    public void Run_ConvertImsOnNothingReadable_ExitsTwo(string json)
    {
        var run = CliRun.Of("convert", "--from", "gstn-ims", _folder.Write("ims.json", json), "--gstin", "27AAPFU0939F1ZV");

        run.Exit.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Run_Convert2bOnImsData_ExitsTwoSayingWhatWasExpected()
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", PortalFixtures.Own("ims-invoices.json"));

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("GSTN-WRONG-KIND").And.Contain("--from gstn-ims");
    }

    [Fact]
    public void Run_ConvertFromStandardInput_ReadsIt()
    {
        var run = CliRun.WithInput(File.ReadAllText(PortalFixtures.Own("gstr2b-v4.json")), "convert", "--from", "gstn-2b", "-");

        run.Exit.Should().Be(0, run.ToString());
        ResultReader.Read(run.Out).GetValueOrThrow().Documents.Should().HaveCount(7);
    }
}
