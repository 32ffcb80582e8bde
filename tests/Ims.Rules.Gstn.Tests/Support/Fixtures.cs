using System;
using System.IO;

namespace Ims.Rules.Gstn.Tests.Support;

/// <summary>
/// The GSTN-shaped sample files in <c>../shared/fixtures/gstn/</c> beside the repository root.
/// They are GPL test data: read at test time, never copied into the project.
/// </summary>
internal static class Fixtures
{
    public const string Ims = "test_ims.json";
    public const string Gstr2bV3 = "test_gstr_2b_v3_0.json";
    public const string Gstr2bV4 = "test_gstr_2b_v4_0.json";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root: the first folder above the test binaries that holds <c>Ims.Rules.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string Read(string name) =>
        File.ReadAllText(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "gstn", name)));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ims.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ims.Rules.sln above {AppContext.BaseDirectory}.");
    }
}
