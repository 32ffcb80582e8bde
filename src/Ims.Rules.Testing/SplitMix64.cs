namespace Ims.Rules.Testing;

/// <summary>A small seeded generator (SplitMix64): deterministic, so a synthetic case is reproducible from its seed.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        unchecked // the generator relies on wrap-around
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number from 0 to <paramref name="bound"/> − 1.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>Whether a <paramref name="percent"/> chance comes up.</summary>
    public bool Chance(int percent) => Below(100) < percent;
}
