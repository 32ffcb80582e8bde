#region embedding-share
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ims.Rules;

namespace Ims.Rules.Samples;

public static class SharedEngine
{
    /// <summary>Computes many periods of one case at once, on one engine shared by every thread.</summary>
    public static IReadOnlyList<Gstr2bStatement> ComputeInParallel(ImsCase imsCase, IEnumerable<ReturnPeriod> periods)
    {
        var engine = ImsEngine.Create(imsCase); // checks and places every record, once
        var statements = new ConcurrentBag<Gstr2bStatement>();
        Parallel.ForEach(periods, period => statements.Add(engine.Compute(period)));
        return [.. statements.OrderBy(statement => statement.Period)];
    }
}
#endregion
