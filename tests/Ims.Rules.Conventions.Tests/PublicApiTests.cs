using System;
using System.IO;
using System.Linq;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// The public API of each published library is declared in <c>src/PROJECT/PublicAPI.Shipped.txt</c> (released) and
/// <c>PublicAPI.Unshipped.txt</c> (since the last release), and the build fails on any public change not declared
/// there (PublicApiAnalyzers, RS0016/RS0017). After an intended change, <c>bash eng/update-public-api.sh</c> declares it.
/// These tests check that every library takes part, and back the analyzer with reflection.
/// </summary>
public sealed class PublicApiTests
{
    /// <summary>The libraries under src/: every project but the tool.</summary>
    public static TheoryData<string> LibraryFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Repository.PathOf("src")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (folder is not null && folder != "Ims.Rules.Cli" && File.Exists(Repository.PathOf($"src/{folder}/{folder}.csproj")))
            {
                data.Add(folder);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibraryFolders))]
    public void PublicApiFiles_EveryLibrary_AreThereWithNullableAnnotations(string library)
    {
        foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Repository.PathOf($"src/{library}/{file}");
            File.Exists(path).Should().BeTrue($"{library} declares its public API in {file}");
            File.ReadLines(path).FirstOrDefault().Should().Be("#nullable enable", $"{file} of {library} declares nullability");
        }
    }

    [Theory]
    [MemberData(nameof(Libraries.PublishedNames), MemberType = typeof(Libraries))]
    public void PublicApiFiles_EveryPublicType_IsDeclared(string assemblyName)
    {
        var declared = new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(file => File.ReadLines(Repository.PathOf($"src/{assemblyName}/{file}")))
            .ToHashSet(StringComparer.Ordinal);

        var undeclared = Libraries.ExportedTypes(Libraries.Named(assemblyName))
            .Select(DeclaredName)
            .Where(name => !declared.Any(line => line == name || line.StartsWith(name + " ", StringComparison.Ordinal) || line.EndsWith(" " + name, StringComparison.Ordinal)));

        undeclared.Should().BeEmpty("the analyzer declares every public type; run `bash eng/update-public-api.sh` after an API change");
    }

    /// <summary>A type's name as the API files write it: nested with a dot, generic with its parameters (<c>ReadResult&lt;T&gt;</c>).</summary>
    private static string DeclaredName(Type type)
    {
        var name = type.FullName!.Replace('+', '.');
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">";
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
        api.Should().Contain("Ims.Rules.ImsEngine.Create(Ims.Rules.ImsCase imsCase): public static Ims.Rules.ImsEngine\n");
        api.Should().Contain("Ims.Rules.ImsEngine.Compute(Ims.Rules.ReturnPeriod period, Ims.Rules.StatementMoment moment): public Ims.Rules.Gstr2bStatement\n");
        api.Should().Contain("Ims.Rules.ImsCase.Recipient: public required Ims.Rules.Recipient { get; init; }\n");
        api.Should().Contain("Ims.Rules.StatementDocument.Remark: public string? { get; init; }\n");
        api.Should().Contain("Ims.Rules.FindingCodes.PendingBlocked: public const string = \"IMS-PENDING-BLOCKED\"\n");
        api.Should().NotContain("<Clone>$");
    }
}
