using System.Linq;
using Ims.Rules.Reconciliation.Matching;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

/// <summary>Each rule pairs what it should, in order, and every pair carries its rule and differences.</summary>
public sealed class MatchRuleTests
{
    [Fact]
    public void Match_SameEverything_PairsByExactRuleAsMatched()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1")], Case(Record("r1", "INV-1")));

        var line = lines.Should().ContainSingle().Subject;
        line.Status.Should().Be(MatchStatus.Matched);
        line.Rule.Should().Be(MatchRule.Exact);
        line.Differences.Should().BeEmpty();
    }

    [Theory]
    [InlineData("inv 0001", "INV-1")]
    [InlineData("INV/24-25/001", "INV-1")]
    [InlineData("INV_2024-25_1", "inv.1")]
    [InlineData("FY2024-25/INV/0001", "INV1")]
    public void Match_NumberWrittenDifferently_PairsByNormalisedNumberAsMatched(string books, string ims)
    {
        var lines = Reconciler.Match([Book("b1", books, date: "2024-10-15")], Case(Record("r1", ims, date: "2024-10-15")));

        var line = lines.Should().ContainSingle().Subject;
        line.Status.Should().Be(MatchStatus.Matched);
        line.Rule.Should().Be(MatchRule.NormalisedNumber);
        line.Differences.Should().ContainSingle(d => d.Field == DifferenceField.Number && d.WithinTolerance);
    }

    [Fact]
    public void Match_AmountsWithinOneRupee_PairsByAmountToleranceAsMatchedWithTheDifference()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1", igst: 180.00m, taxable: 1000m)], Case(Record("r1", "INV-1", igst: 180.90m, taxable: 1000.50m)));

        var line = lines.Single();
        line.Status.Should().Be(MatchStatus.Matched);
        line.Rule.Should().Be(MatchRule.AmountTolerance);
        line.Differences.Should().ContainEquivalentOf(new FieldDifference(DifferenceField.Igst, "180.00", "180.90", 0.90m, null, true));
        line.Differences.Should().Contain(d => d.Field == DifferenceField.TaxableValue && d.Amount == 0.50m);
    }

    [Fact]
    public void Match_DatesTwoDaysApart_PairsByDateToleranceAsMatched()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1", date: "2025-10-15")], Case(Record("r1", "INV-1", date: "2025-10-13")));

        var line = lines.Single();
        line.Status.Should().Be(MatchStatus.Matched);
        line.Rule.Should().Be(MatchRule.DateTolerance);
        line.Differences.Should().ContainSingle().Which.Days.Should().Be(-2);
    }

    [Fact]
    public void Match_DatesAcrossFinancialYearWithinTolerance_PairsByDateTolerance()
    {
        var lines = Reconciler.Match([Book("b1", "INV-9", date: "2025-03-31")], Case(Record("r1", "INV-9", date: "2025-04-01")));

        lines.Single().Rule.Should().Be(MatchRule.DateTolerance);
    }

    [Fact]
    public void Match_OtherGstinSamePan_PairsByPanLevelAsPartiallyMatched()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1", supplier: Karnataka)], Case(Record("r1", "INV-1", supplier: SamePanInMaharashtra)));

        var line = lines.Single();
        line.Status.Should().Be(MatchStatus.PartiallyMatched);
        line.Rule.Should().Be(MatchRule.PanLevel);
        line.Differences.Should().ContainSingle(d => d.Field == DifferenceField.SupplierGstin && !d.WithinTolerance);
    }

    [Fact]
    public void Match_AmountBeyondTolerance_IsPartiallyMatchedNamingFieldAndSize()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1", igst: 180m, taxable: 1000m)], Case(Record("r1", "INV-1", igst: 680m, taxable: 1000m)));

        var line = lines.Single();
        line.Status.Should().Be(MatchStatus.PartiallyMatched);
        line.Rule.Should().Be(MatchRule.NormalisedNumber);
        line.Differences.Should().ContainSingle().Which.Should().Be(new FieldDifference(DifferenceField.Igst, "180.00", "680.00", 500m, null, false));
        line.Differences[0].ToString().Should().Be("igst 180.00 → 680.00 (+500.00)");
    }

    [Fact]
    public void Match_NoCounterpart_GivesBooksOnlyAndImsOnlyWithNearestRejectedCandidates()
    {
        var lines = Reconciler.Match([Book("b1", "INV-3003")], Case(Record("r1", "INV-3993")));

        var books = lines.Single(l => l.Status == MatchStatus.BooksOnly);
        books.RejectedCandidates.Should().ContainSingle().Which.Should().Match<RejectedCandidate>(c => c.Id == "r1" && c.Reason == RejectionReason.NumberDiffers);
        var ims = lines.Single(l => l.Status == MatchStatus.ImsOnly);
        ims.RejectedCandidates.Should().ContainSingle().Which.Id.Should().Be("b1");
    }

    [Fact]
    public void Match_CandidateAlreadyPaired_IsListedAsRejectedWithTheReason()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1"), Book("b2", "INV-1", igst: 500m)], Case(Record("r1", "INV-1")));

        lines.LineOf("b1").Rule.Should().Be(MatchRule.Exact);
        var unpaired = lines.LineOf("b2");
        unpaired.Status.Should().Be(MatchStatus.BooksOnly);
        unpaired.RejectedCandidates.Should().ContainSingle().Which.Should().Match<RejectedCandidate>(c => c.Reason == RejectionReason.AlreadyMatched && c.Detail.Contains("b1") && c.Detail.Contains("exact"));
    }

    [Fact]
    public void Match_SameNumberOtherTypeOrYear_IsNotPairedAndSaysWhy()
    {
        var lines = Reconciler.Match(
            [Book("b1", "X-1", type: RecordKind.DebitNote), Book("b2", "Y-1", date: "2024-06-01")],
            Case(Record("r1", "X-1"), Record("r2", "Y-1", date: "2025-06-01")));

        lines.LineOf("b1").RejectedCandidates.Single().Reason.Should().Be(RejectionReason.TypeDiffers);
        lines.LineOf("b2").RejectedCandidates.Single().Reason.Should().Be(RejectionReason.FinancialYearDiffers);
    }

    [Fact]
    public void Match_SameNumberOtherPan_ListsSupplierDiffers()
    {
        var lines = Reconciler.Match([Book("b1", "INV-77", supplier: Delhi)], Case(Record("r1", "INV-77", supplier: Local)));

        lines.LineOf("b1").RejectedCandidates.Single().Reason.Should().Be(RejectionReason.SupplierDiffers);
    }

    [Fact]
    public void Match_TwoBooksForOneRecord_PairsTheCloserOneOnlyOnce()
    {
        var lines = Reconciler.Match([Book("b1", "INV-1", igst: 100m, taxable: 500m), Book("b2", "INV-1", igst: 179m, taxable: 500m)], Case(Record("r1", "INV-1", igst: 180m, taxable: 500m)));

        lines.Count(l => l.Ims?.Id == "r1").Should().Be(1);
        lines.LineOf("r1").Book!.Id.Should().Be("b2");
    }

    [Fact]
    public void Match_AmendedRecord_MatchesTheLatestVersionAndCarriesTheOriginal()
    {
        var amendment = Record("r2", "INV-1", igst: 200m) with { Amends = "r1", Form = Ims.Rules.SupplierForm.Gstr1 };
        var lines = Reconciler.Match([Book("b1", "INV-1", igst: 200m)], Case(Record("r1", "INV-1", igst: 180m), amendment));

        var line = lines.Should().ContainSingle().Subject;
        line.Ims!.Id.Should().Be("r2");
        line.EarlierVersions.Should().Equal("r1");
    }
}
