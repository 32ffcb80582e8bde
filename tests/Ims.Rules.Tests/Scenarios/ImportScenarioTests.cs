using static Ims.Rules.Tests.Support.Build;

namespace Ims.Rules.Tests.Scenarios;

/// <summary>Scenarios S47–S50: bills of entry in IMS from Oct-2025 (R51–R55).</summary>
public sealed class ImportScenarioTests
{
    [Fact]
    public void S47_R52_BillOfEntryWithNoAction_IsDeemedAcceptedInto4A1()
    {
        var statement = ImsEngine.Compute(Case([BillOfEntry("boe", "2025-11-02")], gstr3b: FiledMonthly("2025-04", "2025-10")), Month("2025-11"));

        statement.Doc("boe").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("boe").Section.Should().Be(Section.Impg);
        statement.Summary.Gstr3b.Table4A1.Igst.Should().Be(50000m);
    }

    [Fact]
    public void S48_R51_R55_RejectingABillOfEntry_IsIgnoredWithAFinding()
    {
        var imsCase = Case([BillOfEntry("boe", "2025-11-02"), BillOfEntry("sez", "2025-11-03", sez: true)],
            [Reject("boe", "2025-11-05T10:00"), Reject("sez", "2025-11-05T10:00")], FiledMonthly("2025-04", "2025-10"));

        var statement = ImsEngine.Compute(imsCase, Month("2025-11"));

        statement.Doc("boe").Bucket.Should().Be(Bucket.ItcAvailable);
        statement.Doc("sez").Section.Should().Be(Section.Impgsez);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.RejectNotAllowed && f.RecordId == "boe" && f.Message.Contains("R51"));
    }

    [Fact]
    public void S49_R53_BillOfEntryMovedToThisGstin_IsShownInImpgaAtItsFullValue()
    {
        var moved = BillOfEntry("boe-in", "2025-11-04") with { TransferredFrom = Ims.Rules.Gstin.Parse("07AAACB2894G1ZP") };

        var statement = ImsEngine.Compute(Case([moved], gstr3b: FiledMonthly("2024-04", "2025-10")), Month("2025-11"));

        statement.Doc("boe-in").Section.Should().Be(Section.Impga);
        statement.Doc("boe-in").Itc.Igst.Should().Be(50000m);
        statement.Doc("boe-in").Rules.Should().Contain("R53");
        statement.Findings.Should().NotContain(f => f.Code == FindingCodes.AmendsUnknown);
    }

    [Theory]
    [InlineData(null, -50000)]       // no declaration: the full ITC of the original is reversed
    [InlineData(20000, -20000)]      // declared partial reversal
    [InlineData(0, 0)]               // declared: nothing to reverse
    public void S49_R53_BillOfEntryMovedToAnotherGstin_ReversesTheOriginalsItcAsDeclared(int? declared, int expected)
    {
        var original = BillOfEntry("boe", "2025-10-05");
        var moved = original with
        {
            Id = "boe-out", Amends = "boe", ReferenceDate = Date("2025-11-04"), SavedAt = Ist("2025-11-04"),
            TransferredTo = Ims.Rules.Gstin.Parse("07AAACB2894G1ZP"),
        };
        Ims.Rules.ItcReduction? reduction = declared switch
        {
            null => null,
            0 => Ims.Rules.ItcReduction.None,
            _ => Ims.Rules.ItcReduction.Partial(Ims.Rules.TaxAmounts.OfIgst(declared.Value)),
        };
        var imsCase = Case([original, moved], [Accept("boe-out", "2025-11-25T10:00", reduction)], FiledMonthly("2024-04", "2025-10"));

        var november = ImsEngine.Compute(imsCase, Month("2025-11"));

        november.Doc("boe-out").Section.Should().Be(Section.Impga);
        november.Doc("boe-out").Itc.Igst.Should().Be(expected);
        november.Doc("boe-out").Rules.Should().Contain("R53");
    }

    [Fact]
    public void R53_TransferOnAnInvoice_IsIgnoredWithAWarning()
    {
        var invoice = Invoice("inv", "2025-11-10T18:00") with { TransferredFrom = Supplier };

        var statement = ImsEngine.Compute(Case([invoice], gstr3b: FiledMonthly("2024-04", "2025-09")), Month("2025-10"));

        statement.Doc("inv").Section.Should().Be(Section.B2b);
        statement.Findings.Should().Contain(f => f.Code == FindingCodes.TransferNotApplicable);
    }

    [Fact]
    public void S50_R54_R55_SezBillOfEntryKeptPending_WaitsWithoutAOnePeriodLimitAndEntersWhenAccepted()
    {
        var imsCase = Case([BillOfEntry("sez", "2025-12-05", sez: true)], [Pending("sez", "2025-12-06T10:00"), Accept("sez", "2026-02-25T10:00")], FiledMonthly("2025-04", "2026-01"));
        var engine = ImsEngine.Create(imsCase);

        var december = engine.Compute(Month("2025-12"));
        var january = engine.Compute(Month("2026-01"));
        var february = engine.Compute(Month("2026-02"));

        december.Carries("sez").Should().BeTrue();
        december.CarryForward[0].PendingUntil.Should().BeNull();
        january.Carries("sez").Should().BeTrue();
        february.Doc("sez").Section.Should().Be(Section.Impgsez);
        february.Doc("sez").Rules.Should().Contain(["R14", "R12", "R7"]);
    }
}
