using System;
using System.IO;

namespace Ims.Rules.Conventions.Tests.Support;

/// <summary>Files of the repository the tests run in.</summary>
internal static class Repository
{
    /// <summary>The repository root: the first folder upwards from the test binaries that holds Ims.Rules.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the repository by its path from the root, with forward slashes.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a file of the repository, with line endings normalised to <c>\n</c>.</summary>
    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

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
