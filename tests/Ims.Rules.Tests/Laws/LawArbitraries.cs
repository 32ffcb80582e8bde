using FsCheck;

namespace Ims.Rules.Tests.Laws;

/// <summary>The arbitraries every law gets for its parameters (see <see cref="LawAttribute"/>).</summary>
public static class LawArbitraries
{
    /// <summary>A generated case, GSTR-3B filed for every period (<see cref="Arbitraries.Cases"/>).</summary>
    public static Arbitrary<ImsCase> Cases() => Arbitraries.Cases();
}
