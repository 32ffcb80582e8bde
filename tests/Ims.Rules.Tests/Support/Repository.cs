using System;
using System.IO;

namespace Ims.Rules.Tests.Support;

/// <summary>Finds files of the repository at test time.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>Ims.Rules.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ims.Rules.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Ims.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
