using System.Linq;
using System.Threading.Tasks;
using Ims.Rules.Testing;

namespace Ims.Rules.Tests.Engine;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Compute_EveryPeriodAtOnceOnAFreshEngine_GivesWhatOneThreadGives()
    {
        // A fresh engine settles each period's acted-on records on first need; many threads asking at once must see one answer.
        var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 5_000, Seed = 7 });
        var periods = Enumerable.Range(0, 12).Select(i => ReturnPeriod.Month(2025, 4).Plus(i)).ToArray();
        var expected = periods.Select(p => Describe(ImsEngine.Create(imsCase).Compute(p))).ToArray();

        for (var round = 0; round < 5; round++)
        {
            var engine = ImsEngine.Create(imsCase);
            var actual = new string[periods.Length * 2];
            Parallel.For(0, actual.Length, i => actual[i] = Describe(engine.Compute(periods[i % periods.Length])));

            actual.Should().Equal(expected.Concat(expected));
        }
    }

    [Fact]
    public void ComputeRange_ListsFirstReadFromManyThreadsWhileTheTimelineGoesOn_AllSeeWhatOneThreadSees()
    {
        // A statement's lists are filled from the ledger on first read; the timeline keeps folding later periods meanwhile.
        var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 5_000, Seed = 11 });
        var engine = ImsEngine.Create(imsCase);
        var expected = engine.ComputeRange(ReturnPeriod.Month(2025, 4), ReturnPeriod.Month(2026, 3), StatementMoment.Generated).Select(Describe).ToArray();

        var statements = ImsEngine.Create(imsCase).ComputeEach(ReturnPeriod.Month(2025, 4), ReturnPeriod.Month(2026, 3), StatementMoment.Generated).ToList();
        var actual = new string[statements.Count * 3];
        Parallel.For(0, actual.Length, i => actual[i] = Describe(statements[i % statements.Count]));

        actual.Should().Equal(expected.Concat(expected).Concat(expected));
    }

    [Fact]
    public void Compute_ListReplacedWithWith_ReplacesOnlyThatPart()
    {
        var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 2_000, Seed = 3 });
        var statement = ImsEngine.Create(imsCase).Compute(ReturnPeriod.Month(2025, 10));

        var changed = statement with { Findings = [] };

        changed.Findings.Should().BeEmpty();
        changed.Documents.Should().Equal(statement.Documents);
        changed.Summary.Should().Be(statement.Summary);
        statement.Findings.Should().NotBeEmpty();
    }

    private static string Describe(Gstr2bStatement statement) =>
        string.Join("\n", statement.Documents.Select(d => $"{d.RecordId} {d.Bucket} {d.Itc} {d.Action} {string.Join(",", d.Rules)}")
            .Concat(statement.CarryForward.Select(c => $"{c.RecordId} waits since {c.Since}"))
            .Concat(statement.Findings.Select(f => $"{f.Code} {f.RecordId} {f.Message}")));
}
