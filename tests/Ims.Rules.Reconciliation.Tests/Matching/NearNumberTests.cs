using System.Linq;
using Ims.Rules.Reconciliation.Matching;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

/// <summary>The <c>nearNumber</c> rule: one edit or an alphabetic prefix apart, same supplier, type, year, date and amounts; never ambiguous.</summary>
public sealed class NearNumberTests
{
    [Theory]
    [InlineData("GST-01706", "GST-01076")] // adjacent transposition
    [InlineData("GST-1706", "GST-17066")] // insertion
    [InlineData("GST-17066", "GST-1706")] // deletion
    [InlineData("INV-3003", "INV-3033")] // substitution
    [InlineData("5323", "KA005323")] // prefix added
    [InlineData("INV-1384", "1384")] // prefix dropped
    public void Match_NumberOneEditOrPrefixApart_PairsByNearNumberAsPartiallyMatched(string books, string ims)
    {
        var lines = Reconciler.Match([Book("b1", books)], Case(Record("r1", ims)));

        var line = lines.Should().ContainSingle().Subject;
        line.Status.Should().Be(MatchStatus.PartiallyMatched);
        line.Rule.Should().Be(MatchRule.NearNumber);
        line.Differences.Should().ContainSingle().Which.Should().Be(new FieldDifference(DifferenceField.Number, books, ims, null, null, false));
    }

    [Fact]
    public void Match_NearNumberWithDateAndAmountsWithinTolerance_Pairs()
    {
        var line = Reconciler.Match([Book("b1", "INV-1384", date: "2025-10-15", igst: 180m, taxable: 1000m)], Case(Record("r1", "1384", date: "2025-10-17", igst: 180.50m, taxable: 1000m))).Single();

        line.Rule.Should().Be(MatchRule.NearNumber);
    }

    [Theory]
    [InlineData("INV-3003", "INV-3993")] // two edits
    [InlineData("KA-5323", "MH-5323")] // another prefix, not one dropped or added
    [InlineData("AB", "AC")] // too short to tell
    public void Match_NumbersNotNear_AreNotPaired(string books, string ims)
    {
        var lines = Reconciler.Match([Book("b1", books)], Case(Record("r1", ims)));

        lines.Should().HaveCount(2).And.OnlyContain(l => l.Rule == null);
    }

    [Fact]
    public void Match_NearNumberAcrossPanTypeOrFinancialYear_IsNeverPaired()
    {
        var lines = Reconciler.Match(
            [Book("b1", "INV-3003", supplier: Local), Book("b2", "CN-4004", type: RecordKind.CreditNote), Book("b3", "INV-5005", date: "2025-03-31")],
            Case(Record("r1", "INV-3033", supplier: Delhi), Record("r2", "CN-4044", kind: RecordKind.DebitNote), Record("r3", "INV-5055", date: "2025-04-01")));

        lines.Should().OnlyContain(l => l.Rule == null);
    }

    [Fact]
    public void Match_NearNumberBeyondAmountOrDateTolerance_IsNotPaired()
    {
        var lines = Reconciler.Match(
            [Book("b1", "INV-3003", igst: 180m, taxable: 1000m), Book("b2", "INV-6006", date: "2025-10-01")],
            Case(Record("r1", "INV-3033", igst: 200m, taxable: 1000m), Record("r2", "INV-6066", date: "2025-10-09")));

        lines.Should().OnlyContain(l => l.Rule == null);
    }

    [Fact]
    public void Match_NearNumberAtPanLevel_PairsWithinAmountAndDateTolerance()
    {
        var line = Reconciler.Match([Book("b1", "INV-3003", supplier: Karnataka)], Case(Record("r1", "INV-3033", supplier: SamePanInMaharashtra))).Single();

        line.Rule.Should().Be(MatchRule.NearNumber);
        line.Differences.Should().Contain(d => d.Field == DifferenceField.SupplierGstin);
    }

    [Fact]
    public void Match_RecordWithTwoNearBookEntries_PairsNeitherAndListsBoth()
    {
        var lines = Reconciler.Match([Book("b1", "INV-3003"), Book("b2", "INV-3030")], Case(Record("r1", "INV-3033")));

        lines.Should().OnlyContain(l => l.Rule == null);
        lines.LineOf("r1").RejectedCandidates.Should().HaveCount(2).And.OnlyContain(c => c.Reason == RejectionReason.AmbiguousNearNumber);
        lines.LineOf("b1").RejectedCandidates.Should().ContainSingle(c => c.Id == "r1" && c.Reason == RejectionReason.AmbiguousNearNumber);
        lines.LineOf("b2").RejectedCandidates.Should().ContainSingle(c => c.Id == "r1");
    }

    [Fact]
    public void Match_ExactPairFirst_NearNumberOnlyForTheRest()
    {
        var lines = Reconciler.Match([Book("b1", "INV-3003"), Book("b2", "INV-3033")], Case(Record("r1", "INV-3033")));

        lines.LineOf("r1").Book!.Id.Should().Be("b2");
        lines.LineOf("r1").Rule.Should().Be(MatchRule.Exact);
        lines.LineOf("b1").Status.Should().Be(MatchStatus.BooksOnly);
    }

    [Fact]
    public void Match_DifferentExplicitYearTokens_AreDifferentNumbers()
    {
        var lines = Reconciler.Match(
            [Book("b1", "SGT/24-25/0360", date: "2025-04-10"), Book("b2", "SGT/25-26/0360", date: "2025-04-10")],
            Case(Record("r1", "SGT/25-26/0360", date: "2025-04-10")));

        lines.LineOf("r1").Book!.Id.Should().Be("b2");
        lines.LineOf("b1").Status.Should().Be(MatchStatus.BooksOnly);
    }

    [Fact]
    public void Match_OnlyTheOtherYearsNumberInTheBooks_IsNotPaired()
    {
        var lines = Reconciler.Match([Book("b1", "SGT/24-25/0360", date: "2025-04-10")], Case(Record("r1", "SGT/25-26/0360", date: "2025-04-10")));

        lines.Should().OnlyContain(l => l.Rule == null);
        lines.LineOf("r1").RejectedCandidates.Should().ContainSingle(c => c.Id == "b1" && c.Reason == RejectionReason.NumberDiffers && c.Detail.Contains("another financial year"));
    }

    [Fact]
    public void Match_OtherRegistrationWithOtherAmountsAndDates_IsNotPairedAtPanLevel()
    {
        var lines = Reconciler.Match([Book("b1", "INV-360", date: "2025-10-01", igst: 180m)], Case(Record("r1", "INV-360", date: "2025-10-25", igst: 900m, supplier: SamePanInMaharashtra)));

        lines.Should().OnlyContain(l => l.Rule == null);
        lines.LineOf("r1").RejectedCandidates.Should().ContainSingle(c => c.Reason == RejectionReason.OtherRegistration);
    }
}
