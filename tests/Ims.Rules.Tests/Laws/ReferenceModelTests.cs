using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>Differential testing: the engine and the reference model agree on every generated case.</summary>
public sealed class ReferenceModelTests : CoveredLaw
{
    [Law]
    public Property ComputeRange_GeneratedCases_AgreeWithTheReferenceModel()
    {
        return Prop.ForAll(Arbitraries.CasesWithGaps(), imsCase =>
        {
            var engine = ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-04"));
            var reference = new ReferenceModel(imsCase);
            foreach (var statement in engine)
            {
                var expected = reference.Compute(statement.Period);
                var actual = new ReferenceModel.Statement(
                    statement.Period,
                    statement.Status == StatementStatus.Generated,
                    [.. statement.Documents.Select(d => new ReferenceModel.Doc(d.RecordId, d.Bucket, d.Section, d.Reason, d.Itc, d.ItcReversed))],
                    [.. statement.CarryForward.Select(c => c.RecordId)]);
                if (Text(expected) != Text(actual))
                {
                    throw new InvalidOperationException(
                        $"{statement.Period}: reference\n{Text(expected)}\nengine\n{Text(actual)}\ncase\n{CaseText.Of(imsCase)}");
                }
            }

            return Covered(true,
                (engine.Any(s => s.Status != StatementStatus.Generated), "a statement not generated (GSTR-3B unfiled)"),
                (engine.Any(s => s.CarryForward.Length > 0), "records carried forward"),
                (engine.Any(s => s.Documents.Any(d => d.Bucket == Bucket.ItcNotAvailable)), "ITC not available"));
        });
    }

    private static string Text(ReferenceModel.Statement statement) => string.Join('\n',
        [$"{statement.Period} generated={statement.Generated}", .. statement.Documents.Select(d => d.ToString()), $"carried: {string.Join(", ", statement.Carried)}"]);
}
