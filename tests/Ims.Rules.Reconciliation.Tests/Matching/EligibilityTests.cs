using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Tests.Support;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

/// <summary>Records that bypass IMS are shown apart as Ineligible, for the same reasons as the engine's.</summary>
public sealed class EligibilityTests
{
    [Theory]
    [InlineData("reverseCharge", IneligibleReason.ReverseCharge)]
    [InlineData("isd", IneligibleReason.Isd)]
    [InlineData("placeOfSupply", IneligibleReason.PlaceOfSupply)]
    [InlineData("timeBarred", IneligibleReason.TimeBarred)]
    [InlineData("gstr5", IneligibleReason.Gstr5)]
    [InlineData("import", IneligibleReason.ImportBeforeOctober2025)]
    [InlineData("preIms", IneligibleReason.BeforeIms)]
    public void Match_RecordThatBypassesIms_IsIneligibleWithItsReason(string story, IneligibleReason expected)
    {
        var record = RouteStory(story);

        var line = Reconciler.Match([], Case(record)).Single();

        line.Status.Should().Be(MatchStatus.Ineligible);
        line.Ineligibility.Should().Be(expected);
    }

    [Fact]
    public void Match_IneligibleRecordInTheBooks_KeepsThePairAndItsRule()
    {
        var line = Reconciler.Match([Book("b1", "RCM-1")], Case(Record("r1", "RCM-1") with { ReverseCharge = true })).Single();

        line.Status.Should().Be(MatchStatus.Ineligible);
        line.Book!.Id.Should().Be("b1");
        line.Rule.Should().Be(MatchRule.Exact);
        line.Differences.Should().ContainSingle(d => d.Field == DifferenceField.ReverseCharge);
    }

    [PropertyRun]
    public Property Match_EveryFiledRecord_IsIneligibleExactlyWhenTheEngineSaysItBypassesIms()
    {
        var gen =
            from kind in Gen.Elements(RecordKind.Invoice, RecordKind.CreditNote, RecordKind.DebitNote, RecordKind.BillOfEntry, RecordKind.IsdInvoice)
            from form in Gen.Elements(SupplierForm.Gstr1, SupplierForm.Gstr1, SupplierForm.Iff, SupplierForm.Gstr5)
            from reverseCharge in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from pos in Gen.Elements("27", "27", "29", "07")
            from supplier in Gen.Elements(Karnataka, Local, Delhi)
            from date in Gen.Elements("2022-06-01", "2024-07-10", "2025-01-10", "2025-06-10", "2025-10-10")
            from filedDays in Gen.Choose(0, 60)
            select Make(kind, form, reverseCharge, pos, supplier, date, filedDays);

        return Prop.ForAll(gen.ToArbitrary(), record =>
        {
            var imsCase = Case(record);
            var engine = ImsEngine.Create(imsCase);
            var bypasses = engine.PendingAllowance(record.Id, At).Reason.Contains("bypasses IMS");
            var line = Reconciler.Match([], imsCase).Single();
            return ((line.Status == MatchStatus.Ineligible) == bypasses).Classify(bypasses, "the record bypasses IMS");
        });
    }

    private static InwardRecord Make(RecordKind kind, SupplierForm form, bool reverseCharge, string pos, Gstin supplier, string date, int filedDays)
    {
        if (kind == RecordKind.BillOfEntry)
        {
            return BillOfEntry("r1", "1234567", date);
        }

        var filed = Ims.Rules.IndianTime.StartOf(Date(date).PlusDays(filedDays + 20));
        return Record("r1", "D-1", date, supplier: supplier, kind: kind, pos: pos) with
        {
            Form = kind == RecordKind.IsdInvoice ? SupplierForm.Gstr6 : form,
            ReverseCharge = reverseCharge,
            FiledAt = filed,
            SavedAt = filed,
        };
    }
}
