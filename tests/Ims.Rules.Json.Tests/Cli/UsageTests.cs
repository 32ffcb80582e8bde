using System;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class UsageTests
{
    [Fact]
    public void Run_NoArguments_ExitsTwoWithAHint()
    {
        var run = CliRun.Of();

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("--help");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        CliRun.Of("compile", "x.json").Exit.Should().Be(2);
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var run = CliRun.Of("--help");

        run.Exit.Should().Be(0);
        run.Out.Should().Contain("compute").And.Contain("timeline").And.Contain("explain").And.Contain("validate").And.Contain("diff").And.Contain("convert");
    }

    [Theory]
    [InlineData("compute")]
    [InlineData("timeline")]
    [InlineData("explain")]
    [InlineData("validate")]
    [InlineData("diff")]
    [InlineData("convert")]
    public void Run_CommandHelp_HasAnExample(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.Exit.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain("ims-rules " + command);
    }

    [Fact]
    public void Run_NullArguments_Throws()
    {
        var run = () => Ims.Rules.Cli.Program.Run(null!, Console.Out, Console.Error);

        run.Should().Throw<ArgumentNullException>();
    }
}
