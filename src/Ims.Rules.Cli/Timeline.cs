using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace Ims.Rules.Cli;

/// <summary>Every statement of a range of a loaded case, each carrying the reader's findings like <c>compute</c> does.</summary>
internal static class Timeline
{
    /// <summary>Computes the statements from <paramref name="from"/> to <paramref name="to"/>, defaulting to the case's range.</summary>
    /// <param name="loaded">The case.</param>
    /// <param name="from">The first period, when given.</param>
    /// <param name="to">The last period, when given.</param>
    /// <param name="errors">Where to explain a range that cannot be made.</param>
    /// <param name="moment">The moment of every statement; <see langword="null"/> for as filed, the timeline's default.</param>
    /// <returns>The statements, or <see langword="null"/> when the range is unusable (reported).</returns>
    public static ImmutableArray<Gstr2bStatement>? Compute(CaseFile loaded, ReturnPeriod? from, ReturnPeriod? to, TextWriter errors, StatementMoment? moment = null)
    {
        if (Range(loaded, from, to, errors) is not { } range)
        {
            return null;
        }

        var statements = ComputeRange(loaded.Engine, range.From, range.To, errors, moment);
        return [.. statements.Select(s => WithReadFindings(loaded, s))];
    }

    /// <summary>The range to compute, defaulting to the case's; <see langword="null"/> when it is unusable (reported).</summary>
    /// <param name="loaded">The case.</param>
    /// <param name="from">The first period, when given.</param>
    /// <param name="to">The last period, when given.</param>
    /// <param name="errors">Where to explain a range that cannot be made.</param>
    /// <returns>The range, or <see langword="null"/>.</returns>
    public static (ReturnPeriod From, ReturnPeriod To)? Range(CaseFile loaded, ReturnPeriod? from, ReturnPeriod? to, TextWriter errors)
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

        return (range.From, range.To);
    }

    /// <summary>The number of statements from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <returns>The count.</returns>
    public static int Count(ImsEngine engine, ReturnPeriod from, ReturnPeriod to)
    {
        var count = 0;
        for (var period = engine.Calendar.StatementPeriodOf(from.Start); period.Start <= to.End; period = engine.Calendar.NextStatementPeriod(period))
        {
            count++;
        }

        return count;
    }

    /// <summary>A statement with the reader's findings first, as <c>compute</c> prints it.</summary>
    /// <param name="loaded">The case.</param>
    /// <param name="statement">The statement.</param>
    /// <returns>The statement with the reader's findings.</returns>
    public static Gstr2bStatement WithReadFindings(CaseFile loaded, Gstr2bStatement statement) =>
        loaded.ReadFindings.IsDefaultOrEmpty ? statement : statement with { Findings = [.. loaded.ReadFindings, .. statement.Findings] };

    /// <summary>
    /// <see cref="ImsEngine.ComputeEach"/>, counting the statements as they are made for progress; every statement at
    /// <paramref name="moment"/> (<see langword="null"/>: as filed).
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <param name="errors">Where progress is shown.</param>
    /// <param name="moment">The moment; <see langword="null"/> for as filed.</param>
    /// <returns>The statements in period order.</returns>
    public static ImmutableArray<Gstr2bStatement> ComputeRange(ImsEngine engine, ReturnPeriod from, ReturnPeriod to, TextWriter errors, StatementMoment? moment = null)
    {
        var count = Count(engine, from, to);
        return Progress.Run(errors, $"Computing {from} to {to}", count, "statements", counter =>
        {
            var statements = ImmutableArray.CreateBuilder<Gstr2bStatement>(count);
            foreach (var statement in engine.ComputeEach(from, to, moment ?? StatementMoment.Filed))
            {
                statements.Add(statement);
                counter.Add(1);
            }

            return statements.ToImmutable();
        });
    }
}
