using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// The questions a reconciliation asks for many records at once: <see cref="ImsEngine.OnlyWith"/> keeps some records and
/// adds actions in one step, and must answer exactly as <see cref="ImsEngine.Only"/> then <see cref="ImsEngine.With"/> do.
/// </summary>
public sealed class EngineBatchTests
{
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
}
