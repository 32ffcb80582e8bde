using System;
using System.IO;

namespace Ims.Rules.Reconciliation.Tests.Support;

/// <summary>Files of the repository the tests run in.</summary>
internal static class Repository
{
    /// <summary>The repository root: the first folder upwards from the test binaries that holds Ims.Rules.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    public static string SharedFixture(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "gstn", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ims.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ims.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
