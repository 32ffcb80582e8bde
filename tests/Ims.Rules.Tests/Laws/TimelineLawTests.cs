using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Json;
using Ims.Rules.Tests.Support;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Issue 12's law: for every period P and moment M, the timeline's statement for P at M equals
/// <c>Compute(P, M)</c> — documents, summary, carry-forward, supplier effects, findings and status
/// (compared by the statements' value equality and, for a readable failure, whole through
/// <see cref="Canonical.Of"/>). Moments: as generated, as filed, and instants around the 14th,
/// the due dates and the case's own GSTR-3B filings.
/// </summary>
public sealed class TimelineLawTests
{
    public static TheoryData<string> Examples() => [.. Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json")
        .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
        .Select(f => Path.GetFileName(f)!)];

    [Law]
    public Property ComputeRange_GeneratedCases_EveryStatementEqualsComputeAtItsMoment()
    {
        return Prop.ForAll(Arbitraries.CasesWithGaps(), imsCase =>
        {
            Holds(imsCase, Month("2025-09"), Month("2026-05"));
            var filed = imsCase.Filings?.Gstr3b;
            return true.Classify(
                Enumerable.Range(0, 8).Any(i => filed is null || !filed.ContainsKey(new NodaTime.YearMonth(2025, 9).PlusMonths(i))),
                "a GSTR-3B left unfiled");
        });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ComputeRange_EveryExample_EveryStatementEqualsComputeAtItsMoment(string example)
    {
        var read = CaseReader.Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", example)));
        var imsCase = read.GetValueOrThrow();
        var months = imsCase.Records.Select(r => IndianTime.DateOf(r.FiledAt ?? r.SavedAt ?? IndianTime.StartOf(r.Date)).ToYearMonth())
            .Concat(imsCase.Filings.Gstr3b.Keys).ToList();
        Holds(imsCase, ReturnPeriod.Month(months.Min().PlusMonths(-1)), ReturnPeriod.Month(months.Max().PlusMonths(2)));
    }

    /// <summary>The law on one case and range; throws with both statements and the case when it fails.</summary>
    private static void Holds(ImsCase imsCase, ReturnPeriod from, ReturnPeriod to)
    {
        var engine = ImsEngine.Create(imsCase);
        foreach (var moment in Moments(imsCase))
        {
            foreach (var statement in engine.ComputeRange(from, to, moment))
            {
                var single = engine.Compute(statement.Period, moment);
                if (single != statement || Canonical.Of(single) != Canonical.Of(statement))
                {
                    throw new InvalidOperationException(
                        $"{statement.Period} as {moment}: Compute\n{Canonical.Of(single)}\ntimeline\n{Canonical.Of(statement)}\ncase\n{CaseText.Of(imsCase)}");
                }
            }
        }
    }

    /// <summary>As generated, as filed, and a few instants: on a 14th, a day after, a due date, and each GSTR-3B filing and the minute before it.</summary>
    private static IEnumerable<StatementMoment> Moments(ImsCase imsCase)
    {
        yield return StatementMoment.Generated;
        yield return StatementMoment.Filed;
        foreach (var text in new[] { "2025-11-14T00:00", "2025-12-15T12:00", "2026-01-20T17:00", "2026-03-14T00:00" })
        {
            yield return StatementMoment.At(Ist(text));
        }

        foreach (var filed in imsCase.Filings.Gstr3b.Values.Where(f => f >= Ist("2025-10-01")).Order().Take(4))
        {
            yield return filed;
            yield return filed - Duration.FromMinutes(1);
        }
    }
}
