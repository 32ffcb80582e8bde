using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Cases;
using Ims.Rules.Json;
using Ims.Rules.Periods;
using Ims.Rules.Statements;
using Ims.Rules.Tests.Support;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Issue 12's law: for every period P and moment M, the timeline's statement for P at M equals
/// <c>Compute(P, M)</c> — documents, summary, carry-forward, supplier effects, findings and status
/// (compared whole, through <see cref="Canonical.Of"/>). Today's API names one moment for a
/// timeline: as filed (each period at its own GSTR-3B, else as generated), which is what
/// <c>ComputeRange</c> returns; the generated and at-instant moments join when the moment type lands.
/// </summary>
public sealed class TimelineLawTests
{
    public static TheoryData<string> Examples() => [.. Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json")
        .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
        .Select(f => Path.GetFileName(f)!)];

    [Fact]
    public void ComputeRange_GeneratedCases_EveryStatementEqualsComputeAtItsMoment()
    {
        Check.One(LawRuns.Cases(1000), Prop.ForAll(Arbitraries.CasesWithGaps(), imsCase =>
        {
            Holds(imsCase, Month("2025-09"), Month("2026-05"));
            return true;
        }));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ComputeRange_EveryExample_EveryStatementEqualsComputeAtItsMoment(string example)
    {
        var read = CaseReader.Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", example)));
        var imsCase = read.Case!;
        var months = imsCase.Records.Select(r => IndianTime.DateOf(r.FiledAt ?? r.SavedAt ?? IndianTime.StartOf(r.Date)).ToYearMonth())
            .Concat(imsCase.Filings.Gstr3b.Keys).ToList();
        Holds(imsCase, ReturnPeriod.Month(months.Min().PlusMonths(-1)), ReturnPeriod.Month(months.Max().PlusMonths(2)));
    }

    /// <summary>The law on one case and range; throws with both statements and the case when it fails.</summary>
    private static void Holds(ImsCase imsCase, ReturnPeriod from, ReturnPeriod to)
    {
        var engine = ImsEngine.Create(imsCase);
        foreach (var statement in engine.ComputeRange(from, to))
        {
            foreach (var (moment, single) in Moments(engine, statement.Period))
            {
                var expected = Canonical.Of(single);
                var actual = Canonical.Of(statement);
                if (moment == "filed" && expected != actual)
                {
                    throw new InvalidOperationException(
                        $"{statement.Period} as {moment}: Compute\n{expected}\ntimeline\n{actual}\ncase\n{CaseText.Of(imsCase)}");
                }
            }
        }
    }

    /// <summary>The moments of a period the API can name today, each with <c>Compute</c>'s statement.</summary>
    private static IEnumerable<(string Moment, Gstr2bStatement Statement)> Moments(ImsEngine engine, ReturnPeriod period)
    {
        yield return ("filed", engine.Compute(period, engine.Calendar.Gstr3bFiledAt(period)));
    }
}
