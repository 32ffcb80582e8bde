using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Robustness;

/// <summary>What a real case is unlikely to say is a warning; the record or filing is still computed as given.</summary>
public sealed class PlausibilityTests
{
    private static readonly InwardRecord Good = Invoice("r1", "2025-11-10T18:00");

    private static ImsEngine Engine(params InwardRecord[] records) => ImsEngine.Create(Case(records, gstr3b: FiledMonthly("2025-09", "2025-09")));

    [Fact]
    public void CaseFindings_APlausibleRecord_HasNoPlausibilityWarning()
    {
        Engine(Good).CaseFindings.Should().BeEmpty();
    }

    [Fact]
    public void CaseFindings_ADocumentDatedAfterItsFiling_IsAWarningAndTheRecordIsKept()
    {
        var engine = Engine(Good with { Date = new LocalDate(2025, 11, 25) });

        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.RecordDatedAfterFiling && f.Severity == Severity.Warning);
        engine.Compute(Month("2025-10")).Has("r1").Should().BeTrue();
    }

    [Fact]
    public void CaseFindings_IgstWithCgstAndSgst_IsAWarning()
    {
        var engine = Engine(Good with { Tax = new TaxAmounts(180m, 90m, 90m, 0m) });

        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.RecordTaxHeadsImplausible).Which.Message.Should().Contain("IGST together");
    }

    [Fact]
    public void CaseFindings_CgstUnequalToSgst_IsAWarning()
    {
        var engine = Engine(Good with { Tax = new TaxAmounts(0m, 90m, 80m, 0m) });

        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.RecordTaxHeadsImplausible).Which.Message.Should().Contain("differs");
    }

    [Fact]
    public void CaseFindings_SupplierIsTheRecipient_IsAWarning()
    {
        Engine(Good with { SupplierGstin = Ims.Rules.Tests.Support.Build.Recipient }).CaseFindings
            .Should().ContainSingle(f => f.Code == FindingCodes.RecordSupplierIsRecipient && f.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData("2025-10", "2025-10-31T23:00")]
    [InlineData("2031-01", "2025-11-20T17:00")]
    public void CaseFindings_Gstr3bFiledBeforeItsPeriodEnded_IsAWarning(string period, string filed)
    {
        var engine = ImsEngine.Create(Case([Good], gstr3b: new System.Collections.Generic.Dictionary<string, string> { [period] = filed }));

        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.Gstr3bBeforePeriodEnd && f.Severity == Severity.Warning);
    }

    [Fact]
    public void CaseFindings_Gstr3bFiledAfterItsPeriod_IsNoWarning()
    {
        ImsEngine.Create(Case([Good], gstr3b: FiledMonthly("2025-09", "2025-10"))).CaseFindings
            .Should().NotContain(f => f.Code == FindingCodes.Gstr3bBeforePeriodEnd);
    }

    [Fact]
    public void Profile_TwoEntriesForOneMonth_AreAnErrorAndGiveTheSameAnswerInEitherOrder()
    {
        var monthly = new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Monthly);
        var quarterly = new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Quarterly);
        var records = new[] { Good };

        var one = ImsEngine.Create(Case(records) with { Recipient = new Recipient { Gstin = Ims.Rules.Tests.Support.Build.Recipient, Profile = [monthly, quarterly] } });
        var other = ImsEngine.Create(Case(records) with { Recipient = new Recipient { Gstin = Ims.Rules.Tests.Support.Build.Recipient, Profile = [quarterly, monthly] } });

        one.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.ProfileOverlap && f.Severity == Severity.Error).Which.Message.Should().Contain("2025-04");
        other.CaseFindings.Should().Equal(one.CaseFindings);
        other.Calendar.FrequencyAt(new YearMonth(2025, 10)).Should().Be(one.Calendar.FrequencyAt(new YearMonth(2025, 10)));
        other.Compute(Month("2025-10")).Should().BeEquivalentTo(one.Compute(Month("2025-10")));
    }

    [Fact]
    public void Profile_AChangeMovedOntoALaterEntry_IsAnOverlap()
    {
        ImmutableArray<FrequencyChange> profile =
        [
            new(new YearMonth(2025, 4), ReturnFrequency.Monthly),
            new(new YearMonth(2025, 5), ReturnFrequency.Quarterly),
            new(new YearMonth(2025, 6), ReturnFrequency.Monthly),
        ];

        var engine = ImsEngine.Create(Case([Good]) with { Recipient = new Recipient { Gstin = Ims.Rules.Tests.Support.Build.Recipient, Profile = profile } });

        engine.CaseFindings.Should().Contain(f => f.Code == FindingCodes.ProfileOverlap);
    }
}
