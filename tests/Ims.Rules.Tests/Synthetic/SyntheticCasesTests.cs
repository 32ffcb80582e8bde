using System.Linq;
using Ims.Rules.Testing;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Synthetic;

public sealed class SyntheticCasesTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameCase()
    {
        var a = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 2000, Seed = 7 });
        var b = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 2000, Seed = 7 });

        a.Records.SequenceEqual(b.Records).Should().BeTrue();
        a.Actions.SequenceEqual(b.Actions).Should().BeTrue();
    }

    [Fact]
    public void Generate_OtherSeed_GivesAnotherCase()
    {
        var a = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 100, Seed = 7 });
        var b = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 100, Seed = 8 });

        a.Records.SequenceEqual(b.Records).Should().BeFalse();
    }

    [Fact]
    public void Generate_TenThousandRecords_HasTheAskedShareActedOnAndNoBadData()
    {
        var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 10_000, Seed = 42 });
        var engine = ImsEngine.Create(imsCase);

        imsCase.Records.Should().HaveCount(10_000);
        imsCase.Actions.Select(a => a.RecordId).Distinct().Count().Should().BeInRange(2700, 3300);
        engine.CaseFindings.Should().NotContain(f => f.Severity == Severity.Error);
        var year = engine.ComputeRange(Month("2025-04"), Month("2026-03"));
        year.Should().OnlyContain(s => s.Status == StatementStatus.Generated);
        year.SelectMany(s => s.Documents).Select(d => d.Section).Distinct().Should().Contain([Section.B2b, Section.Cdnr, Section.Impg, Section.Isd, Section.B2ba]);
    }

    [Fact]
    public void Generate_NegativeRecords_ThrowsArgumentOutOfRange()
    {
        FluentActions.Invoking(() => SyntheticCases.Generate(new SyntheticCaseOptions { Records = -1 }))
            .Should().Throw<System.ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RecipientGstin_ManyIndices_GivesDistinctValidGstinsUsedByGenerate()
    {
        var gstins = new[] { 0L, 1, 9_999, 10_000, 123_456, 20_000 * 26L }.Select(SyntheticCases.RecipientGstin).ToList();
        gstins.Should().OnlyHaveUniqueItems();
        gstins.Should().OnlyContain(g => g.HasValidCheckCharacter && g.State.ToString() == "27");
        SyntheticCases.Generate(new SyntheticCaseOptions { Records = 5, RecipientGstin = gstins[3] }).Recipient.Gstin.Should().Be(gstins[3]);
        FluentActions.Invoking(() => SyntheticCases.RecipientGstin(-1)).Should().Throw<System.ArgumentOutOfRangeException>();
    }
}
