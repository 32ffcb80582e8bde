using System.Linq;
using NodaTime;
using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Robustness;

/// <summary>The library behaves as the tool does: values no case can hold give findings (the record left out), never a crash from inside.</summary>
public sealed class LibraryEdgeTests
{
    private static readonly InwardRecord Good = Invoice("r1", "2025-11-10T18:00");

    private static Gstr2bStatement October(params InwardRecord[] records) =>
        ImsEngine.Compute(Case(records, gstr3b: FiledMonthly("2025-09", "2025-09")), Month("2025-10"));

    [Fact]
    public void Create_NullPoliciesAndFilings_ReadAsTheDefaults()
    {
        var withoutPolicies = Case([Good], gstr3b: FiledMonthly("2025-09", "2025-09")) with { Policies = null! };
        var withoutFilings = Case([Good]) with { Filings = null! };

        var engine = ImsEngine.Create(withoutPolicies);

        engine.Case.Policies.Should().Be(ImsPolicies.Default);
        engine.Compute(Month("2025-10")).Doc("r1").Bucket.Should().Be(Bucket.ItcAvailable);
        ImsEngine.Create(withoutFilings).Case.Filings.Should().Be(Filings.None);
        ImsEngine.Create(withoutFilings).Compute(Month("2025-10")).Status.Should().Be(StatementStatus.NotGenerated, "GSTR-3B of 2025-09 is unfiled (R32)");
    }

    [Fact]
    public void Create_DefaultCollections_ReadAsEmpty()
    {
        var imsCase = Case([]) with { Records = default, Actions = default, Recipient = new Recipient { Gstin = Ims.Rules.Tests.Support.Build.Recipient, Profile = default } };

        ImsEngine.Create(imsCase).Compute(Month("2025-10")).Documents.Should().BeEmpty();
    }

    [Fact]
    public void Gstin_DefaultValue_HasNoStatePanOrEntityCodeAndDoesNotThrow()
    {
        var gstin = default(Gstin);

        gstin.Pan.Should().BeEmpty();
        gstin.State.Should().Be(default(StateCode));
        gstin.EntityCode.Should().Be('\0');
        gstin.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("form")]
    [InlineData("invoice type")]
    [InlineData("supplier frequency")]
    public void Compute_AnEnumValueOutOfRange_LeavesTheRecordOutWithAnError(string what)
    {
        var bad = what switch
        {
            "kind" => Good with { Kind = (RecordKind)42 },
            "form" => Good with { Form = (SupplierForm)(-1) },
            "invoice type" => Good with { InvoiceType = (InvoiceType)17 },
            _ => Good with { SupplierFrequency = (ReturnFrequency)5 },
        };

        var statement = October(bad);

        statement.Documents.Should().BeEmpty("an unknown kind is never read as a B2B invoice in ITC Available");
        statement.Summary.ItcAvailable.Should().Be(TaxAmounts.Zero);
        ImsEngine.Create(Case([bad])).CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.RecordValueOutOfRange && f.Severity == Severity.Error)
            .Which.Message.Should().Contain(what);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "180")]
    [InlineData("1000", "79228162514264337593543950335")]
    [InlineData("1000000000000000.01", "180")]
    [InlineData("1000", "-79228162514264337593543950335")]
    public void Compute_AnAmountBeyondTheRange_LeavesTheRecordOutInsteadOfOverflowing(string taxable, string igst)
    {
        var huge = Good with
        {
            TaxableValue = decimal.Parse(taxable, System.Globalization.CultureInfo.InvariantCulture),
            Tax = TaxAmounts.OfIgst(decimal.Parse(igst, System.Globalization.CultureInfo.InvariantCulture)),
        };
        var records = Enumerable.Range(0, 3).Select(i => huge with { Id = "h" + i, Number = "H" + i }).ToArray();

        var statement = October(records);

        statement.Documents.Should().BeEmpty();
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.RecordValueOutOfRange);
    }

    [Fact]
    public void Compute_TheLargestAmountsOnManyRecords_SumWithoutOverflow()
    {
        var records = Enumerable.Range(0, 1000)
            .Select(i => Good with { Id = "m" + i, Number = "M" + i, TaxableValue = Paise.MaxAmount, Tax = TaxAmounts.OfIgst(Paise.MaxAmount) })
            .ToArray();

        var statement = October(records);

        statement.Summary.ItcAvailable.Igst.Should().Be(Paise.MaxAmount * 1000);
    }

    [Fact]
    public void Compute_AnActionKindOutOfRange_IsIgnoredWithAnError()
    {
        var imsCase = Case([Good], [new ImsAction { RecordId = "r1", Action = (ActionKind)9, At = Ist("2025-11-12T10:00") }], FiledMonthly("2025-09", "2025-09"));

        var engine = ImsEngine.Create(imsCase);
        var statement = engine.Compute(Month("2025-10"));

        statement.Doc("r1").Action.Should().Be(ActionKind.NoAction);
        engine.CaseFindings.Should().ContainSingle(f => f.Code == FindingCodes.ActionValueOutOfRange).Which.RecordId.Should().Be("r1");
    }

    [Fact]
    public void Compute_AnActionKindOutOfRangeOnAnUnknownRecord_IsACaseFinding()
    {
        var imsCase = Case([Good], [new ImsAction { RecordId = "ghost", Action = (ActionKind)(-3), At = Ist("2025-11-12T10:00") }]);

        ImsEngine.Create(imsCase).CaseFindings.Should().Contain(f => f.Code == FindingCodes.ActionValueOutOfRange);
    }
}
