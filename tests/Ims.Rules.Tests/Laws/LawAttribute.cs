using System;
using FsCheck.Xunit;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Runs a method as a law: an FsCheck property checked on <see cref="LawRuns.Count"/> generated cases
/// (override with <c>MaxTest</c>), from the seed <see cref="LawRuns.Replay"/> chooses, with the case
/// arbitraries of <see cref="LawArbitraries"/> registered here once for every law.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LawAttribute : PropertyAttribute
{
    public LawAttribute()
    {
        MaxTest = LawRuns.Count;
        Replay = LawRuns.Replay;
        Arbitrary = [typeof(LawArbitraries)];
    }
}
