using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// <param name="errors">Where to explain a range that cannot be made.</param>
    /// <returns>The statements, or <see langword="null"/> when the range is unusable (reported).</returns>
    public static ImmutableArray<Gstr2bStatement>? Compute(CaseFile loaded, ReturnPeriod? from, ReturnPeriod? to, TextWriter errors)
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

        var statements = ComputeRange(loaded.Engine, range.From, range.To, errors);
        return [.. statements.Select(s => s with { Findings = [.. loaded.ReadFindings, .. s.Findings] })];
    }

    /// <summary>
    /// <see cref="ImsEngine.ComputeRange"/>, one statement period at a time so that progress can count
    /// them: each period's own range gives exactly the statement the whole range holds for it.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <param name="errors">Where progress is shown.</param>
    /// <returns>The statements in period order.</returns>
    public static ImmutableArray<Gstr2bStatement> ComputeRange(ImsEngine engine, ReturnPeriod from, ReturnPeriod to, TextWriter errors)
    {
        var periods = new List<ReturnPeriod>();
        for (var period = engine.Calendar.StatementPeriodOf(from.Start); period.Start <= to.End; period = engine.Calendar.NextStatementPeriod(period))
        {
            periods.Add(period);
        }

        return Progress.Run(errors, $"Computing {from} to {to}", periods.Count, "statements", counter =>
        {
            var statements = ImmutableArray.CreateBuilder<Gstr2bStatement>(periods.Count);
            foreach (var period in periods)
            {
                statements.AddRange(engine.ComputeRange(period, period));
                counter.Add(1);
            }

            return statements.ToImmutable();
        });
    }
}
