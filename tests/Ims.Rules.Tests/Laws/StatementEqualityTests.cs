using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// docs/embedding.md promises that results are plain immutable values one can "compare with <c>==</c>":
/// two computations of the same statement are equal, and equal statements hash alike (issue 12). The
/// collections inside (documents, rules, carry-forward, supplier effects, findings) count by their elements.
/// </summary>
public sealed class StatementEqualityTests
{
    [Law(MaxTest = 200)]
    public Property Equals_TwoComputationsOfTheSameStatement_AreEqualWithEqualHashCodes()
    {
        return Prop.ForAll(Arbitraries.Cases(), imsCase =>
        {
            var first = ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-02"));
            var second = ImsEngine.Create(imsCase).ComputeRange(Month("2025-09"), Month("2026-02"));
            return first.Zip(second).All(pair => pair.First == pair.Second && pair.First.GetHashCode() == pair.Second.GetHashCode()
                && pair.First.Documents.SequenceEqual(pair.Second.Documents) && pair.First.Findings.SequenceEqual(pair.Second.Findings))
                .Classify(first.Any(s => !s.Documents.IsEmpty), "a statement with documents");
        });
    }

    [Fact]
    public void Equals_StatementDocumentsWithEqualRules_AreEqual()
    {
        var imsCase = Case([Invoice("r1", "2025-11-10")], [Accept("r1", "2025-11-12")], FiledMonthly("2025-08", "2025-10"));
        var first = ImsEngine.Compute(imsCase, Month("2025-10")).Documents.Single();
        var second = ImsEngine.Compute(imsCase, Month("2025-10")).Documents.Single();

        (first == second).Should().BeTrue();
    }

    [Fact]
    public void Equals_StatementsThatDifferInOneDocument_AreNotEqual()
    {
        var statement = ImsEngine.Compute(Case([Invoice("r1", "2025-11-10")], [Accept("r1", "2025-11-12")], FiledMonthly("2025-08", "2025-10")), Month("2025-10"));
        var changed = statement with { Documents = [statement.Documents[0] with { Bucket = Bucket.ItcRejected }] };

        (statement == changed).Should().BeFalse();
        statement.Equals(changed).Should().BeFalse();
    }

    [Fact]
    public void Equals_TheSameInstance_IsEqual()
    {
        var statement = ImsEngine.Compute(Case([Invoice("r1", "2025-11-10")], [Accept("r1", "2025-11-12")], FiledMonthly("2025-08", "2025-10")), Month("2025-10"));

        (statement == statement with { }).Should().BeTrue();
    }
}
