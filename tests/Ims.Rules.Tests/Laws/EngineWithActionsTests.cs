using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// <see cref="ImsEngine.With"/> prepares only the added actions on the records this engine already checked and placed, and
/// <see cref="ImsEngine.Only"/> keeps some of them: every answer must be the one a new engine over the case with those
/// records and actions gives, and this engine must not change.
/// </summary>
public sealed class EngineWithActionsTests
{
    [Law(MaxTest = 200)]
    public Property With_HalfTheActionsAdded_AnswersAsTheEngineOfTheWholeCase()
    {
        return Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var half = imsCase.Actions.Length / 2;
            var without = ImsEngine.Create(imsCase with { Actions = imsCase.Actions[..half] });
            var expected = ImsEngine.Create(imsCase);

            var with = without.With(imsCase.Actions[half..]);

            var at = Ist("2026-01-20T12:00");
            return (with.ComputeRange(Month("2025-09"), Month("2026-02")).SequenceEqual(expected.ComputeRange(Month("2025-09"), Month("2026-02")))
                && with.Compute(Month("2025-11"), at) == expected.Compute(Month("2025-11"), at)
                && with.CaseFindings.SequenceEqual(expected.CaseFindings)
                && imsCase.Records.All(r => SameDecision(with.Decide(r.Id, at), expected.Decide(r.Id, at))))
                .Classify(half < imsCase.Actions.Length, "actions added");
        });
    }

    // OnlyWith (internal) keeps some records and adds actions in one step, as a reconciliation asks for each period.
    [Law(MaxTest = 200)]
    public Property OnlyWith_HalfTheRecordsAndTheirActions_AnswersAsOnlyThenWith()
    {
        return Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var half = imsCase.Actions.Length / 2;
            var engine = ImsEngine.Create(imsCase with { Actions = imsCase.Actions[..half] });
            var kept = imsCase.Records.Where((_, i) => i % 2 == 0).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var added = imsCase.Actions[half..].Where(a => kept.Contains(a.RecordId)).ToList();
            var expected = engine.Only(kept).With(added);

            var both = engine.OnlyWith(kept, added);

            var at = Ist("2026-01-20T12:00");
            return (both.ComputeRange(Month("2025-09"), Month("2026-02")).SequenceEqual(expected.ComputeRange(Month("2025-09"), Month("2026-02")))
                && both.Compute(Month("2025-11"), at) == expected.Compute(Month("2025-11"), at)
                && both.CaseFindings.SequenceEqual(expected.CaseFindings)
                && imsCase.Records.All(r => SameDecision(both.Decide(r.Id, at), expected.Decide(r.Id, at))))
                .Classify(added.Count > 0, "actions added")
                .Classify(imsCase.Records.Any(r => r.Amends is not null), "with amendments");
        });
    }

    // RouteRules is an array, equal by reference in the record's own equality.
    private static bool SameDecision(RecordDecision? first, RecordDecision? second) =>
        first is null ? second is null
            : second is not null && first.RouteRules.SequenceEqual(second.RouteRules) && first with { RouteRules = default } == second with { RouteRules = default };

    [Law(MaxTest = 100)]
    public Property With_ActionsAdded_LeavesThisEngineAsItWas()
    {
        return Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var bare = imsCase with { Actions = [] };
            var engine = ImsEngine.Create(bare);
            var before = engine.ComputeRange(Month("2025-09"), Month("2026-02"));

            _ = engine.With(imsCase.Actions).ComputeRange(Month("2025-09"), Month("2026-02"));

            return engine.ComputeRange(Month("2025-09"), Month("2026-02")).SequenceEqual(before)
                && engine.CaseFindings.SequenceEqual(ImsEngine.Create(bare).CaseFindings);
        });
    }

    [Law(MaxTest = 200)]
    public Property Only_HalfTheRecordsKept_AnswersAsTheEngineOfThoseRecords()
    {
        return Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var kept = imsCase.Records.Where((_, i) => i % 2 == 0).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var expected = ImsEngine.Create(imsCase with
            {
                Records = [.. imsCase.Records.Where(r => kept.Contains(r.Id))],
                Actions = [.. imsCase.Actions.Where(a => kept.Contains(a.RecordId))],
            });

            var only = ImsEngine.Create(imsCase).Only(kept);

            var at = Ist("2026-01-20T12:00");
            return (only.ComputeRange(Month("2025-09"), Month("2026-02")).SequenceEqual(expected.ComputeRange(Month("2025-09"), Month("2026-02")))
                && only.Compute(Month("2025-11"), at) == expected.Compute(Month("2025-11"), at)
                && only.CaseFindings.SequenceEqual(expected.CaseFindings)
                && imsCase.Records.All(r => SameDecision(only.Decide(r.Id, at), expected.Decide(r.Id, at))))
                .Classify(imsCase.Records.Any(r => r.Amends is not null), "with amendments");
        });
    }

    [Fact]
    public void Only_AnAmendmentWithoutItsOriginal_AnswersAsTheSmallerCase()
    {
        var original = Invoice("r1", "2025-10-10");
        var imsCase = Case([original, Amendment(original, "r2", "2025-11-10", 900m)], [Accept("r2", "2025-11-12")], FiledMonthly("2025-08", "2025-10"));
        var expected = ImsEngine.Create(imsCase with { Records = [imsCase.Records[1]] });

        var only = ImsEngine.Create(imsCase).Only(["r2"]);

        only.Compute(Month("2025-11")).Should().Be(expected.Compute(Month("2025-11")));
        only.CaseFindings.Should().Equal(expected.CaseFindings);
        only.Case.Records.Should().ContainSingle().Which.Id.Should().Be("r2");
    }

    [Fact]
    public void Only_NullIds_Throws()
    {
        var engine = ImsEngine.Create(Case([Invoice("r1", "2025-11-10")]));

        var act = () => engine.Only(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("recordIds");
    }

    [Fact]
    public void With_AcceptOfAPendingRecord_MovesItToItcAvailable()
    {
        var engine = ImsEngine.Create(Case([Invoice("r1", "2025-11-10")], [Pending("r1", "2025-11-12")], FiledMonthly("2025-08", "2025-10")));

        var with = engine.With([Accept("r1", "2025-11-13")]);

        engine.Compute(Month("2025-10")).Carries("r1").Should().BeTrue("kept Pending, it is carried forward");
        with.Compute(Month("2025-10")).Doc("r1").Bucket.Should().Be(Bucket.ItcAvailable);
        with.Case.Actions.Should().HaveCount(2);
    }

    [Fact]
    public void With_ActionOnAnUnknownRecord_ReportsItAsTheCaseWould()
    {
        var engine = ImsEngine.Create(Case([Invoice("r1", "2025-11-10")]));

        var with = engine.With([Accept("r9", "2025-11-13")]);

        with.CaseFindings.Should().Equal(ImsEngine.Create(Case([Invoice("r1", "2025-11-10")], [Accept("r9", "2025-11-13")])).CaseFindings);
        with.CaseFindings.Should().NotBeEmpty();
        engine.CaseFindings.Should().BeEmpty();
    }

    [Fact]
    public void With_NoActions_ReturnsThisEngine()
    {
        var engine = ImsEngine.Create(Case([Invoice("r1", "2025-11-10")]));

        engine.With([]).Should().BeSameAs(engine);
    }

    [Fact]
    public void With_NullActions_Throws()
    {
        var engine = ImsEngine.Create(Case([Invoice("r1", "2025-11-10")]));

        var act = () => engine.With(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("actions");
    }
}
