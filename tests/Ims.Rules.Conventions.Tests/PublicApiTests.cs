using System;
using System.IO;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// The public API of each published library is committed as <c>src/PROJECT/PublicAPI.txt</c>, so that
/// every change to it shows in review. A change fails here until the file is approved.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [MemberData(nameof(Libraries.PublishedNames), MemberType = typeof(Libraries))]
    public void PublicApi_IsTheApprovedOne(string assemblyName)
    {
        var actual = PublicApi.Of(Libraries.Named(assemblyName));
        var approvedPath = Repository.PathOf($"src/{assemblyName}/PublicAPI.txt");
        var receivedPath = Repository.PathOf($"src/{assemblyName}/PublicAPI.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            $"The public API of {assemblyName} differs from src/{assemblyName}/PublicAPI.txt. The API as built is in " +
            $"src/{assemblyName}/PublicAPI.received.txt; compare the two files. If the change is intended, approve it with " +
            $"`mv src/{assemblyName}/PublicAPI.received.txt src/{assemblyName}/PublicAPI.txt`, commit the file, and say in " +
            "CHANGELOG.md what changed (a removal or a changed signature is a breaking change: a new major version).");
    }

    [Fact]
    public void PublicApi_IsTheSameTextEveryTime()
    {
        foreach (var assembly in Libraries.Published)
        {
            PublicApi.Of(assembly).Should().Be(PublicApi.Of(assembly));
        }
    }

    [Fact]
    public void PublicApi_NamesTypesMembersAndNullability()
    {
        var api = PublicApi.Of(typeof(ImsEngine).Assembly);

        api.Should().Contain("Ims.Rules.ImsEngine: public sealed class\n");
        api.Should().Contain("Ims.Rules.ImsEngine.Create(Ims.Rules.Cases.ImsCase imsCase): public static Ims.Rules.ImsEngine\n");
        api.Should().Contain("Ims.Rules.ImsEngine.Compute(Ims.Rules.Periods.ReturnPeriod period, Ims.Rules.Statements.StatementMoment moment): public Ims.Rules.Statements.Gstr2bStatement\n");
        api.Should().Contain("Ims.Rules.Cases.ImsCase.Recipient: public required Ims.Rules.Cases.Recipient { get; init; }\n");
        api.Should().Contain("Ims.Rules.Statements.StatementDocument.Remark: public string? { get; init; }\n");
        api.Should().Contain("Ims.Rules.Findings.FindingCodes.PendingBlocked: public const string = \"IMS-PENDING-BLOCKED\"\n");
        api.Should().NotContain("<Clone>$");
    }
}
