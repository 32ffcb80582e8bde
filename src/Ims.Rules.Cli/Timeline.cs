using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ims.Rules.Periods;
using Ims.Rules.Statements;

namespace Ims.Rules.Cli;

/// <summary>Every statement of a range of a loaded case, each carrying the reader's findings like <c>compute</c> does.</summary>
internal static class Timeline
{
    /// <summary>Computes the statements from <paramref name="from"/> to <paramref name="to"/>, defaulting to the case's range.</summary>
    /// <param name="loaded">The case.</param>
    /// <param name="from">The first period, when given.</param>
    /// <param name="to">The last period, when given.</param>
    /// <param name="moment">The moment of every statement.</param>
    /// <param name="errors">Where to explain a range that cannot be made.</param>
    /// <returns>The statements, each computed as it is enumerated, or <see langword="null"/> when the range is unusable (reported).</returns>
    public static IEnumerable<Gstr2bStatement>? Compute(CaseFile loaded, ReturnPeriod? from, ReturnPeriod? to, StatementMoment moment, TextWriter errors)
    {
        if (CaseRange.Of(loaded.Engine, from, to) is not { } range)
        {
            errors.WriteLine($"ims-rules: {loaded.Path} has no filed record to start from; give --from (and --to).");
            return null;
        }

        if (range.To.Start < range.From.Start)
        {
            errors.WriteLine($"ims-rules: the range ends ({range.To}) before it starts ({range.From}).");
            return null;
        }

        return loaded.Engine.ComputeEach(range.From, range.To, moment).Select(s => s with { Findings = [.. loaded.ReadFindings, .. s.Findings] });
    }
}
