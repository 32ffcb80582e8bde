using System.IO;
using System.Linq;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

/// <summary>The user's links and "do not pair" decisions come before every automatic rule and are reported as rule <c>manual</c>.</summary>
public sealed class ManualDecisionTests
{
    [Fact]
    public void Match_ManualLink_PairsDocumentsNoRuleWouldWithRuleManual()
    {
        var lines = Reconciler.Match([Book("b1", "VOUCHER-77")], Case(Record("r1", "INV-3003")), null, [new ManualDecision("b1", "r1", ManualDecisionKind.Link)]);

        var line = lines.Should().ContainSingle().Subject;
        line.Rule.Should().Be(MatchRule.Manual);
        line.Status.Should().Be(MatchStatus.Matched);
    }

    [Fact]
    public void Match_ManualLink_WinsOverAnExactPair()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1"), Book("b2", "INV-1")], Case(Record("r1", "INV-1")), null, [new ManualDecision("b2", "r1", ManualDecisionKind.Link)]);

        lines.LineOf("r1").Book!.Id.Should().Be("b2");
        lines.LineOf("r1").Rule.Should().Be(MatchRule.Manual);
    }

    [Fact]
    public void Match_DoNotPair_KeepsAnExactPairApartAndSaysWhy()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1")], Case(Record("r1", "INV-1")), null, [new ManualDecision("b1", "r1", ManualDecisionKind.DoNotPair)]);

        lines.Should().OnlyContain(l => l.Rule == null);
        lines.LineOf("r1").RejectedCandidates.Should().ContainSingle(c => c.Reason == RejectionReason.KeptApartManually);
    }

    [Fact]
    public void Match_DoNotPairANearNumber_KeepsItApart()
    {
        var lines = Reconciler.Match([Book("b1", "INV-3003")], Case(Record("r1", "INV-3033")), null, [new ManualDecision("b1", "r1", ManualDecisionKind.DoNotPair)]);

        lines.Should().OnlyContain(l => l.Rule == null);
    }

    [Fact]
    public void Match_LinkToAnAmendedOriginal_LinksItsLatestVersion()
    {
        var amendment = Record("r2", "INV-9", igst: 200m) with { Amends = "r1" };
        var lines = Reconciler.Match([Book("b1", "OTHER-1", igst: 200m)], Case(Record("r1", "INV-9"), amendment), null, [new ManualDecision("b1", "r1", ManualDecisionKind.Link)]);

        lines.Single().Ims!.Id.Should().Be("r2");
        lines.Single().Rule.Should().Be(MatchRule.Manual);
    }

    [Fact]
    public void Reconcile_DecisionNamingUnknownDocumentsOrCrossingTypes_IsLeftOutWithAWarning()
    {
        var report = Reconciler.Reconcile([Book("b1", "INV-1"), Book("b2", "CN-1", type: Ims.Rules.RecordKind.CreditNote)], Case(Record("r1", "INV-1")), new ReconciliationOptions
        {
            At = At,
            Manual = [new ManualDecision("nope", "r1", ManualDecisionKind.Link), new ManualDecision("b1", "nope", ManualDecisionKind.DoNotPair), new ManualDecision("b2", "r1", ManualDecisionKind.Link)],
        });

        report.LineOf("r1").Rule.Should().Be(MatchRule.Exact);
        report.Findings.Where(f => f.Code == ReconciliationFindingCodes.ManualDecision).Should().HaveCount(3).And.OnlyContain(f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void Read_ManualDecisionsCsv_ReadsLinksAndDoNotPairAndReportsBadRows()
    {
        var read = ManualDecisionsCsvReader.Read(new StringReader("decision,bookId,imsRecordId\nlink,b1,r1\nDo Not Pair,b2,r2\nmaybe,b3,r3\n"));

        read.GetValueOrThrow().Should().Equal(new ManualDecision("b1", "r1", ManualDecisionKind.Link), new ManualDecision("b2", "r2", ManualDecisionKind.DoNotPair));
        read.Findings.Should().ContainSingle().Which.Message.Should().StartWith("Row 4, column 'decision'");
    }

    [Fact]
    public void Read_ManualDecisionsCsvWithoutAColumn_IsUnreadable()
    {
        var read = ManualDecisionsCsvReader.Read(new StringReader("bookId,decision\nb1,link\n"));

        read.IsRead.Should().BeFalse();
        read.Findings.Should().ContainSingle(f => f.Code == ReconciliationFindingCodes.CsvMissingColumn);
    }
}
