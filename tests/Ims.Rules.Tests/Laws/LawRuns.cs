using System;
using System.Globalization;
using FsCheck;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// How many generated cases a law runs on, and from which seed. CI (<c>CI=true</c>) runs every law from a
/// fixed seed, so a build is never red by chance; locally each run explores new cases. A failing law prints
/// its seed ("Falsifiable, after N tests (…) (seed, gamma)" and "Replay directly at failing step with
/// (seed,gamma,size)"); to replay it, set <c>IMS_LAW_SEED</c> to either, or to a seed alone, and run the test:
/// <c>IMS_LAW_SEED="(123,456,78)" dotnet test tests/Ims.Rules.Tests --filter LawTests</c>.
/// </summary>
internal static class LawRuns
{
    /// <summary>The seed of every CI run.</summary>
    public const ulong CiSeed = 20261121;

    /// <summary>Cases a law is checked on.</summary>
    public const int Count = 1000;

    /// <summary>The replay text FsCheck.Xunit's <c>Replay</c> takes ("seed,gamma[,size]"), or null for a fresh seed.</summary>
    public static string? Replay => ReplayOf(
        Environment.GetEnvironmentVariable("IMS_LAW_SEED"),
        Environment.GetEnvironmentVariable("CI") == "true");

    /// <summary>The replay text for <paramref name="seedText"/> ("seed", "seed,gamma" or "(seed,gamma,size)"); in CI without one, the CI seed.</summary>
    public static string? ReplayOf(string? seedText, bool ci)
    {
        if (string.IsNullOrWhiteSpace(seedText))
        {
            return ci ? WithGoldenGamma(CiSeed) : null;
        }

        var parts = seedText.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 1 ? WithGoldenGamma(ulong.Parse(parts[0], CultureInfo.InvariantCulture)) : string.Join(',', parts);
    }

    private static string WithGoldenGamma(ulong seed) =>
        string.Create(CultureInfo.InvariantCulture, $"{seed},{new Rnd(seed).Gamma}");
}
