using System;
using System.IO;

namespace Ims.Rules.Testing;

/// <summary>
/// The portal-format sample files the tests read: this project's own, in <c>tests/Fixtures/gstn/</c>
/// (always there), and GSTN's GPL samples in <c>../shared/fixtures/gstn/</c> beside the repository root,
/// which a fresh clone does not have. The GPL files are read at test time, never copied into the project.
/// </summary>
internal static class PortalFixtures
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The repository root: the first folder above the test binaries that holds <c>Ims.Rules.sln</c>.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The folder of GSTN's shared samples, whether or not it exists.</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "gstn"));

    /// <summary>Whether GSTN's shared samples are beside the repository.</summary>
    public static bool SharedAvailable => Directory.Exists(SharedFolder);

    /// <summary>Why tests of the shared samples are skipped when they are absent.</summary>
    public static string SharedMissingReason =>
        $"GSTN's GPL sample files are not beside this clone ({SharedFolder} is absent); this project's own fixtures in tests/Fixtures/gstn cover the readers.";

    /// <summary>The path of one of GSTN's shared samples.</summary>
    public static string Shared(string name) => Path.Combine(SharedFolder, name);

    /// <summary>The path of one of this project's own portal-format fixtures.</summary>
    public static string Own(string name) => Path.Combine(Root, "tests", "Fixtures", "gstn", name);

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

/// <summary>
/// A fact that reads GSTN's shared samples: it runs when <c>../shared/fixtures/gstn</c> is beside the
/// repository and is reported as skipped, with the reason, when it is not (xunit 2 has no dynamic skip,
/// so the attribute decides when the tests are discovered).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SharedFixtureFactAttribute : Xunit.FactAttribute
{
    /// <param name="test">The test method (filled in by the compiler): when skipped, its display name carries the reason, which
    /// <c>dotnet test</c>'s console output otherwise leaves out.</param>
    public SharedFixtureFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        if (!PortalFixtures.SharedAvailable)
        {
            Skip = PortalFixtures.SharedMissingReason;
            DisplayName = test + " (skipped: needs GSTN's GPL samples in ../shared/fixtures/gstn, absent beside this clone)";
        }
    }
}
