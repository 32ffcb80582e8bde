#region embedding-partition
using System;

namespace Ims.Rules.Samples;

public static class Partitioning
{
    /// <summary>
    /// The worker (0 to <paramref name="workers"/> − 1) that owns a recipient. Stable across processes
    /// and machines, unlike <see cref="string.GetHashCode()"/>, so a recipient always lands on the same worker.
    /// </summary>
    public static int WorkerOf(Gstin recipient, int workers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var hash = 0u;
        foreach (var character in recipient.ToString())
        {
            hash = unchecked((hash * 31) + character);
        }

        return (int)(hash % (uint)workers);
    }
}
#endregion
