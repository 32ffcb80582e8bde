using System;
using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// How many generated cases a law runs on, and from which seed. CI runs every law from a fixed
/// seed, so a build is never red by chance; locally each run explores new cases. Set
/// <c>IMS_LAW_SEED</c> to replay a seed printed by a failure ("Falsifiable … (seed, gamma)": the first number).
/// </summary>
internal static class LawRuns
{
    private const ulong CiSeed = 20261121;

    public static Config Cases(int count)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(count);
        var text = Environment.GetEnvironmentVariable("IMS_LAW_SEED");
        ulong? seed = text is not null ? ulong.Parse(text, CultureInfo.InvariantCulture)
            : Environment.GetEnvironmentVariable("CI") == "true" ? CiSeed : null;
        return seed is { } s ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(s), FSharpOption<int>.None))) : config;
    }
}
