using System;
using FsCheck.Xunit;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Reconciliation.Tests.Support;

/// <summary>
/// Runs a method as an FsCheck.Xunit property the way the engine's laws run: 500 generated cases (override with
/// <c>MaxTest</c>), the fixed seed in CI, and <c>IMS_LAW_SEED</c> to replay the seed a failure prints (<see cref="LawRuns"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PropertyRunAttribute : PropertyAttribute
{
    public PropertyRunAttribute()
    {
        MaxTest = 500;
        Replay = LawRuns.Replay;
    }
}
