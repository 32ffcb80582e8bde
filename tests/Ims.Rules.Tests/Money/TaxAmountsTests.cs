using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Tests.Laws;

namespace Ims.Rules.Tests.Money;

public sealed class TaxAmountsTests
{
    [Fact]
    public void Constructor_MidpointAmounts_RoundsEachHeadHalvesAwayFromZero()
    {
        var amounts = new TaxAmounts(1.005m, -1.005m, 2.675m, 0.0049m);

        amounts.Igst.Should().Be(1.01m);
        amounts.Cgst.Should().Be(-1.01m);
        amounts.Sgst.Should().Be(2.68m);
        amounts.Cess.Should().Be(0m);
    }

    [Fact]
    public void Constructor_WholeAmounts_KeepsThemExactly()
    {
        var amounts = new TaxAmounts(180m, 90.5m, 90.25m, 12.34m);

        amounts.Igst.Should().Be(180m);
        amounts.Cgst.Should().Be(90.5m);
        amounts.Sgst.Should().Be(90.25m);
        amounts.Cess.Should().Be(12.34m);
        amounts.Total.Should().Be(373.09m);
    }

    [Fact]
    public void Factories_OfIgstAndOfCgstSgst_SetTheRightHeads()
    {
        TaxAmounts.OfIgst(180m).Should().Be(new TaxAmounts(180m, 0, 0, 0));
        TaxAmounts.OfCgstSgst(90m).Should().Be(new TaxAmounts(0, 90m, 90m, 0));
        TaxAmounts.OfCgstSgst(0.005m).Should().Be(new TaxAmounts(0, 0.01m, 0.01m, 0));
    }

    [Fact]
    public void Indexer_EachHead_ReturnsItsAmount()
    {
        var amounts = new TaxAmounts(1m, 2m, 3m, 4m);

        amounts[TaxHead.Igst].Should().Be(1m);
        amounts[TaxHead.Cgst].Should().Be(2m);
        amounts[TaxHead.Sgst].Should().Be(3m);
        amounts[TaxHead.Cess].Should().Be(4m);
    }

    [Fact]
    public void Indexer_UnknownHead_ThrowsArgumentOutOfRangeException()
    {
        var amounts = new TaxAmounts(1m, 2m, 3m, 4m);

        var read = () => amounts[(TaxHead)99];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Addition_TenthsAndFifths_IsExact()
    {
        var sum = TaxAmounts.OfIgst(0.1m) + TaxAmounts.OfIgst(0.2m);

        sum.Igst.Should().Be(0.3m);
        sum.Should().Be(TaxAmounts.OfIgst(0.3m));
    }

    [Fact]
    public void Addition_AThousandPaise_IsExactlyTenRupees()
    {
        var paisa = new TaxAmounts(0.01m, 0.01m, 0.01m, 0.01m);

        var total = Enumerable.Repeat(paisa, 1000).Aggregate(TaxAmounts.Zero, (sum, next) => sum + next);

        total.Should().Be(new TaxAmounts(10m, 10m, 10m, 10m));
        total.Total.Should().Be(40m);
    }

    [Fact]
    public void AddAndSubtract_NamedAlternatives_MatchTheOperators()
    {
        var a = new TaxAmounts(100.10m, 20.20m, 20.20m, 1.01m);
        var b = new TaxAmounts(0.90m, 0.80m, 0.80m, 0.99m);

        TaxAmounts.Add(a, b).Should().Be(a + b);
        TaxAmounts.Subtract(a, b).Should().Be(a - b);
        (a + b).Should().Be(new TaxAmounts(101m, 21m, 21m, 2m));
        (a - b).Should().Be(new TaxAmounts(99.20m, 19.40m, 19.40m, 0.02m));
    }

    [Fact]
    public void Subtraction_LargerFromSmaller_GoesNegativeHeadByHead()
    {
        var difference = TaxAmounts.OfIgst(100m) - new TaxAmounts(150m, 10m, 0, 0);

        difference.Should().Be(new TaxAmounts(-50m, -10m, 0, 0));
        difference.HasNegative.Should().BeTrue();
        difference.Total.Should().Be(-60m);
    }

    [Fact]
    public void Negate_AnyAmounts_FlipsEverySign()
    {
        var amounts = new TaxAmounts(10m, -2.5m, 0, 0.01m);

        amounts.Negate().Should().Be(new TaxAmounts(-10m, 2.5m, 0, -0.01m));
        (-amounts).Should().Be(amounts.Negate());
        (-(-amounts)).Should().Be(amounts);
    }

    [Fact]
    public void NegativePartAndPositivePart_MixedSigns_SplitHeadByHead()
    {
        var mixed = new TaxAmounts(-10m, 5m, -0.01m, 0);

        mixed.NegativePart().Should().Be(new TaxAmounts(-10m, 0, -0.01m, 0));
        mixed.PositivePart().Should().Be(new TaxAmounts(0, 5m, 0, 0));
        (mixed.NegativePart() + mixed.PositivePart()).Should().Be(mixed);
        mixed.NegativePart().HasNegative.Should().BeTrue();
        mixed.PositivePart().HasNegative.Should().BeFalse();
    }

    [Fact]
    public void NegativePartAndPositivePart_AllPositive_GiveZeroAndItself()
    {
        var positive = new TaxAmounts(1m, 2m, 3m, 4m);

        positive.NegativePart().Should().Be(TaxAmounts.Zero);
        positive.NegativePart().IsZero.Should().BeTrue();
        positive.PositivePart().Should().Be(positive);
    }

    [Fact]
    public void IsZeroAndHasNegative_ZeroAndDefault_AreZeroWithNoNegative()
    {
        TaxAmounts.Zero.IsZero.Should().BeTrue();
        TaxAmounts.Zero.HasNegative.Should().BeFalse();
        TaxAmounts.Zero.Total.Should().Be(0m);
        default(TaxAmounts).Should().Be(TaxAmounts.Zero);
        new TaxAmounts(0.004m, -0.004m, 0, 0).IsZero.Should().BeTrue();
        TaxAmounts.OfIgst(0.01m).IsZero.Should().BeFalse();
    }

    [Theory]
    [InlineData(TaxHead.Igst)]
    [InlineData(TaxHead.Cgst)]
    [InlineData(TaxHead.Sgst)]
    [InlineData(TaxHead.Cess)]
    public void HasNegative_OneHeadBelowZero_IsTrue(TaxHead head)
    {
        var amounts = new TaxAmounts(
            head == TaxHead.Igst ? -0.01m : 1m,
            head == TaxHead.Cgst ? -0.01m : 1m,
            head == TaxHead.Sgst ? -0.01m : 1m,
            head == TaxHead.Cess ? -0.01m : 1m);

        amounts.HasNegative.Should().BeTrue();
        amounts.IsZero.Should().BeFalse();
    }

    [Fact]
    public void Equality_SameValuesDifferentScale_AreEqualWithSameHashCode()
    {
        var a = new TaxAmounts(1.0m, 2m, 3.50m, 0m);
        var b = new TaxAmounts(1.00m, 2.000m, 3.5m, 0.00m);

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equality_AmountsThatRoundAlike_AreEqual()
    {
        new TaxAmounts(1.005m, 0, 0, 0).Should().Be(TaxAmounts.OfIgst(1.01m));
        (TaxAmounts.OfIgst(1.004m) == TaxAmounts.OfIgst(1m)).Should().BeTrue();
    }

    [Fact]
    public void Equality_AnyHeadDifferent_IsNotEqual()
    {
        var a = new TaxAmounts(1m, 2m, 3m, 4m);

        (a == new TaxAmounts(1.01m, 2m, 3m, 4m)).Should().BeFalse();
        (a == new TaxAmounts(1m, 2.01m, 3m, 4m)).Should().BeFalse();
        (a == new TaxAmounts(1m, 2m, 3.01m, 4m)).Should().BeFalse();
        (a != new TaxAmounts(1m, 2m, 3m, 4.01m)).Should().BeTrue();
        a.Equals((object)10m).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
        // Same heads in another order are other amounts.
        (TaxAmounts.OfIgst(5m) == new TaxAmounts(0, 5m, 0, 0)).Should().BeFalse();
    }

    [Fact]
    public void ToString_Amounts_PrintsAsThePortalWithTwoDecimals()
    {
        TaxAmounts.OfIgst(180m).ToString().Should().Be("IGST 180.00, CGST 0.00, SGST 0.00, Cess 0.00");
        new TaxAmounts(1.005m, -1.005m, 1234567.5m, 0.1m).ToString()
            .Should().Be("IGST 1.01, CGST -1.01, SGST 1234567.50, Cess 0.10");
    }

    [Fact]
    public void ToString_UnderACommaDecimalCulture_StillUsesADot()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            new TaxAmounts(1234.5m, 0, 0, 0).ToString().Should().Be("IGST 1234.50, CGST 0.00, SGST 0.00, Cess 0.00");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Law]
    public Property Arithmetic_AnyAmounts_AddingThenSubtractingGivesBackTheFirst()
    {
        var property = Prop.ForAll(Arb.From(Amounts()), Arb.From(Amounts()), (a, b) =>
            (a + b) - b == a && (a - b) + b == a && a + b == b + a && a - a == TaxAmounts.Zero);

        return property;
    }

    [Law]
    public Property Arithmetic_AnyAmounts_TotalOfSumIsSumOfTotals()
    {
        var property = Prop.ForAll(Arb.From(Amounts()), Arb.From(Amounts()), (a, b) =>
            (a + b).Total == a.Total + b.Total && (-a).Total == -a.Total);

        return property;
    }

    [Law]
    public Property Parts_AnyAmounts_AddUpAndHaveTheRightSigns()
    {
        var property = Prop.ForAll(Arb.From(Amounts()), a =>
            a.NegativePart() + a.PositivePart() == a
            && !a.PositivePart().HasNegative
            && !(-a.NegativePart()).HasNegative
            && a.NegativePart() == -(-a).PositivePart());

        return property;
    }

    [Law]
    public Property Arithmetic_AnyAmounts_GivesExactlyWhatRoundingEachHeadWould()
    {
        // Results skip rounding (their heads are already in paise); they must equal, digit for digit, the rounded construction.
        static bool Same(TaxAmounts result, decimal igst, decimal cgst, decimal sgst, decimal cess) =>
            result.ToString() == new TaxAmounts(igst, cgst, sgst, cess).ToString()
            && result.Igst.Scale == Paise.Round(igst).Scale && result.Cess.Scale == Paise.Round(cess).Scale;

        var property = Prop.ForAll(Arb.From(Amounts()), Arb.From(Amounts()), (a, b) =>
            Same(a + b, a.Igst + b.Igst, a.Cgst + b.Cgst, a.Sgst + b.Sgst, a.Cess + b.Cess)
            && Same(a - b, a.Igst - b.Igst, a.Cgst - b.Cgst, a.Sgst - b.Sgst, a.Cess - b.Cess)
            && Same(-a, -a.Igst, -a.Cgst, -a.Sgst, -a.Cess)
            && Same(a.NegativePart(), Math.Min(a.Igst, 0), Math.Min(a.Cgst, 0), Math.Min(a.Sgst, 0), Math.Min(a.Cess, 0))
            && Same(a.PositivePart(), Math.Max(a.Igst, 0), Math.Max(a.Cgst, 0), Math.Max(a.Sgst, 0), Math.Max(a.Cess, 0)));

        return property;
    }

    /// <summary>Amounts with up to four decimals (so construction must round), up to about ±2 lakh crore.</summary>
    private static Gen<TaxAmounts> Amounts()
    {
        var head = Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 9999), (whole, fraction) => (whole * 1000m) + (fraction / 10_000m));
        return from igst in head
               from cgst in head
               from sgst in head
               from cess in head
               select new TaxAmounts(igst, cgst, sgst, cess);
    }
}
