using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Differential testing against <see cref="ReplayModel"/>, the instant-by-instant replay: on a thousand
/// generated cases, every statement of the timeline, as filed and as generated, agrees with the replay in status,
/// documents (bucket, section, reason, ITC, rule IDs), carry-forward and supplier effects, and the case's
/// and statements' findings agree by code and record.
/// </summary>
public sealed class ReplayModelTests
{
    [Law]
    public Property ComputeRange_GeneratedCases_AgreeWithTheReplayInPlacesAmountsRulesEffectsAndFindings()
    {
        return Prop.ForAll(Arbitraries.ReplayCases(), imsCase =>
        {
            var difference = Difference(imsCase);
            return difference is null ? true : throw new InvalidOperationException(difference);
        });
    }

    [Fact]
    public void R37_AcceptAtTheFirstInstantAfterTheSection16Deadline_ReplayKeepsItTimeBarredAsTheEngineDoes()
    {
        // An invoice of Nov-2024: its section 16(4) deadline is 30-11-2025 (R35). Kept Pending past it, it is accepted
        // at 00:00 IST on 1 December, the instant the deadline passed: already too late (R37), so it stays time-barred.
        var imsCase = Case(
            [Invoice("r", "2025-10-01T18:00", date: "2024-11-20")],
            [Pending("r", "2025-10-05T10:00"), Accept("r", "2025-12-01T00:00")],
            FiledMonthly("2024-04", "2026-06"));

        new ReplayModel(imsCase).AsFiled(Ym("2025-11"))!.Documents.Should().ContainSingle(d => d.Id == "r")
            .Which.Bucket.Should().Be(Bucket.ItcNotAvailable);
        Difference(imsCase).Should().BeNull();
    }

    [Fact]
    public void R14_PendingInAPeriodWhoseGstr3bIsNeverFiled_WaitsThereInEngineAndReplayAlike()
    {
        // October's GSTR-3B is never filed: November's statement is never generated (R32) and its GSTR-3B, filed anyway,
        // freezes November alone (R33); December's is generated. The record kept Pending in October never crosses a
        // GSTR-3B filing, so it waits in October (R14, R17): December does not carry it, in the engine as in the replay.
        var filings = FiledMonthly("2024-04", "2026-06");
        filings.Remove("2025-10");
        var imsCase = Case([Invoice("r", "2025-10-20T18:00")], [Pending("r", "2025-11-05T10:00")], filings);
        var engine = ImsEngine.Create(imsCase);

        engine.Compute(Month("2025-10")).Carries("r").Should().BeTrue();
        engine.Compute(Month("2025-12")).CarryForward.Should().BeEmpty();
        new ReplayModel(imsCase).AsGenerated(Ym("2025-12"))!.Carried.Should().BeEmpty();
        Difference(imsCase).Should().BeNull();
    }

    /// <summary>
    /// The comparison bites only where the generated cases go: among 3,000 of them every path the replay models (each
    /// state and route, carry-forward, supplier effects, each finding) occurs. The rarest, an action after the section
    /// 16(4) bar and a Pending blocked by R22, come about 4 and 13 times in 1,000 cases; most paths come hundreds of times.
    /// </summary>
    [Fact]
    public void ReplayCases_AThousandSamples_ReachEveryPathTheReplayModels()
    {
        var seen = new Dictionary<string, int>();
        void Count(string path) => seen[path] = seen.GetValueOrDefault(path) + 1;
        foreach (var imsCase in Arbitraries.ReplayCases().Generator.Sample(3000, 50))
        {
            foreach (var statement in ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-05")))
            {
                foreach (var rule in statement.Documents.SelectMany(d => d.Rules).Distinct())
                {
                    Count(rule);
                }

                foreach (var document in statement.Documents)
                {
                    Count(document.Bucket.ToString());
                }

                foreach (var finding in statement.Findings)
                {
                    Count(finding.Code);
                }

                Count(statement.CarryForward.IsEmpty ? "nothing carried" : "carried");
                Count(statement.SupplierEffects.IsEmpty ? "no supplier effect" : "supplier effect");
            }
        }

        string[] paths =
        [
            "R3", "R4", "R11", "R12", "R13", "R14", "R22", "R25", "R29", "R30", "R35", "R36", "R37", "R45",
            "ItcAvailable", "ItcNotAvailable", "ItcRejected", "carried", "supplier effect",
            Ims.Rules.FindingCodes.ActionAfterClose, Ims.Rules.FindingCodes.PendingBlocked,
            Ims.Rules.FindingCodes.PendingExpired, Ims.Rules.FindingCodes.PendingTimeBarred,
            Ims.Rules.FindingCodes.ActionAfterTimeLimit, Ims.Rules.FindingCodes.ActionOnBypassedRecord,
        ];
        paths.Where(p => seen.GetValueOrDefault(p) < 1).Should().BeEmpty(
            "every path should be reached; seen: " + string.Join(", ", seen.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
    }

    /// <summary>The first disagreement between engine and replay on <paramref name="imsCase"/>, or null.</summary>
    internal static string? Difference(ImsCase imsCase)
    {
        var engine = ImsEngine.Create(imsCase);
        var replay = new ReplayModel(imsCase);
        var statements = engine.ComputeRange(Month("2025-09"), Month("2026-05"));
        foreach (var statement in statements)
        {
            var expected = Text(replay.AsFiled(statement.Period.Start));
            var actual = Text(statement);
            if (expected != actual)
            {
                return $"{statement.Period}: replay\n{expected}\nengine\n{actual}\ncase\n{CaseText.Of(imsCase)}";
            }
        }

        // As generated (the drafts of the 14th, or of the previous GSTR-3B's filing): places, amounts, rules, effects.
        foreach (var draft in engine.ComputeRange(Month("2025-09"), Month("2026-05"), StatementMoment.Generated))
        {
            var expected = Text(replay.AsGenerated(draft.Period.Start));
            var actual = Text(draft);
            if (expected != actual)
            {
                return $"{draft.Period} as generated: replay\n{expected}\nengine\n{actual}\ncase\n{CaseText.Of(imsCase)}";
            }
        }

        var replayFindings = Findings(replay.CaseFindings.Select(f => (f.Code, f.RecordId)))
            + "\n--\n" + Findings(replay.StatementFindingsUpTo(statements[^1].Period.Start).Select(f => (f.Code, f.RecordId)));
        var engineFindings = Findings(engine.CaseFindings.Select(f => (f.Code, f.RecordId)))
            + "\n--\n" + Findings(statements.SelectMany(s => s.Findings).Where(f => f.RecordId is not null).Select(f => (f.Code, f.RecordId)));
        return replayFindings == engineFindings ? null
            : $"findings (case -- statements): replay\n{replayFindings}\nengine\n{engineFindings}\ncase\n{CaseText.Of(imsCase)}\n"
              + string.Join("\n", statements.Select(Canonical.Of));
    }

    private static string Findings(IEnumerable<(string Code, string? RecordId)> findings) =>
        string.Join('\n', findings.Distinct().Select(f => $"{f.Code} {f.RecordId}").Order(StringComparer.Ordinal));

    private static string Text(ReplayModel.Snapshot? snapshot) => snapshot is null ? "notGenerated" : string.Join('\n',
        [
            "generated",
            .. snapshot.Documents.Select(d => $"doc {d.Id} {d.Bucket} {d.Section} {d.Reason} {d.Itc} [{d.Rules}]"),
            $"carried: {string.Join(", ", snapshot.Carried)}",
            .. snapshot.Effects.Select(e => $"effect {e.Id} {e.Kind} {e.Amount} {e.Period}"),
        ]);

    private static string Text(Gstr2bStatement statement) => statement.Status != StatementStatus.Generated ? "notGenerated" : string.Join('\n',
        [
            "generated",
            .. statement.Documents.OrderBy(d => d.RecordId, StringComparer.Ordinal).Select(d => $"doc {d.RecordId} {d.Bucket} {d.Section} {d.Reason} {d.Itc} [{string.Join(',', d.Rules)}]"),
            $"carried: {string.Join(", ", statement.CarryForward.Select(c => c.RecordId).Order(StringComparer.Ordinal))}",
            .. statement.SupplierEffects.OrderBy(e => e.RecordId, StringComparer.Ordinal).Select(e => $"effect {e.RecordId} {e.Effect} {e.Amount} {e.Period.Start}"),
        ]);
}
