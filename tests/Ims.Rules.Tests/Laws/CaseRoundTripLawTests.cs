using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ims.Rules.Json;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// Law 9: <see cref="CaseWriter"/> writes exactly what <see cref="CaseReader"/> reads back. A case the format
/// cannot carry (an amount to round, beyond ±10^15) is refused with an <see cref="ArgumentException"/>, never
/// saved as something else.
/// </summary>
public sealed class CaseRoundTripLawTests
{
    // Odd decimals: scales 0–2 that must survive, and values the format cannot hold.
    private static readonly decimal[] Writable = [0m, 0.00m, 0.01m, 0.1m, 1.10m, 1.00m, 100m, 12345.67m, 999999999999999.99m, Paise.MaxAmount, -5.25m, 7.5m];
    private static readonly decimal[] Unwritable = [0.12345m, 1.005m, 0.001m, Paise.MaxAmount + 0.01m, decimal.MaxValue, -decimal.MaxValue];

    private static readonly string[] OddText = ["", "a \"quoted\" remark", "line\nbreak", "₹ ग्राहक", "tab\tand \\ backslash", "\u0000\u001f", new string('x', 300)];

    private static Gen<decimal> Amount(int unwritableWeight) =>
        Gen.Frequency((20, Gen.Elements(Writable)), (unwritableWeight, Gen.Elements(Unwritable)));

    private static Gen<InwardRecord> Odd(InwardRecord record, int unwritableWeight) =>
        from taxable in Amount(unwritableWeight)
        from igst in Amount(unwritableWeight)
        from cgst in Amount(unwritableWeight)
        from cess in Amount(unwritableWeight)
        from number in Gen.Elements(OddText)
        select record with
        {
            TaxableValue = taxable,
            Tax = new TaxAmounts(igst, cgst, cgst, cess),
            Number = number,
            SupplierPeriod = Quarterly(record) && record.SupplierPeriod is { } p ? ReturnPeriod.QuarterOf(p.Start) : record.SupplierPeriod,
        };

    /// <summary>A quarterly supplier's GSTR-1: the format holds its period as the quarter.</summary>
    private static bool Quarterly(InwardRecord record) =>
        record.SupplierFrequency == ReturnFrequency.Quarterly && record.Form is SupplierForm.Gstr1 or SupplierForm.Gstr1A;

    private static Gen<ImsAction> Odd(ImsAction action) =>
        from remark in Gen.Elements(OddText.Append(null).ToArray())
        select action with { Remark = remark };

    private static Gen<ImsCase> OddCases(int unwritableWeight) =>
        from imsCase in Arbitraries.CaseGen()
        from records in Gen.CollectToArray(imsCase.Records, r => Odd(r, unwritableWeight))
        from actions in Gen.CollectToArray(imsCase.Actions, Odd)
        select imsCase with { Records = [.. records], Actions = [.. actions] };

    [Law]
    public Property CaseWriter_GeneratedCasesWithOddDecimals_ReadBackAsTheSameCase()
    {
        return Prop.ForAll(OddCases(unwritableWeight: 0).ToArbitrary(), imsCase =>
        {
            var json = CaseWriter.ToJson(imsCase);
            var read = CaseReader.Read(json);

            read.IsRead.Should().BeTrue(string.Join("\n", read.Findings));
            Same(read.GetValueOrThrow(), imsCase);
            CaseWriter.ToJson(read.GetValueOrThrow()).Should().Be(json);
            return true;
        });
    }

    [Law(MaxTest = 300)]
    public Property CaseWriter_GeneratedCasesWithUnwritableAmounts_RefuseWithArgumentExceptionOrReadBackTheSame()
    {
        return Prop.ForAll(OddCases(unwritableWeight: 1).ToArbitrary(), imsCase =>
        {
            var writable = imsCase.Records.All(r => new[] { r.TaxableValue, r.Tax.Igst, r.Tax.Cgst, r.Tax.Sgst, r.Tax.Cess }.All(a => Paise.IsWhole(a) && Paise.IsInRange(a)));
            var write = () => CaseWriter.ToJson(imsCase);

            if (!writable)
            {
                write.Should().Throw<ArgumentException>().Which.Message.Should().Contain("amount");
                return true;
            }

            Same(CaseReader.Read(write()).GetValueOrThrow(), imsCase);
            return true;
        });
    }

    [Fact]
    public void CaseWriter_AQuarterlySuppliersMonth_IsRefusedNotReadBackAsTheQuarter()
    {
        var imsCase = Arbitraries.CaseGen().Sample(1, 1).First();
        var record = imsCase.Records[0] with
        {
            Form = SupplierForm.Gstr1, Kind = RecordKind.Invoice, SupplierFrequency = ReturnFrequency.Quarterly, SupplierPeriod = ReturnPeriod.Parse("2025-11"),
        };

        var write = () => CaseWriter.ToJson(imsCase with { Records = [record], Actions = [] });

        write.Should().Throw<ArgumentException>().Which.Message.Should().Contain("quarterly supplier");
    }

    [Fact]
    public void CaseWriter_ANullId_IsRefusedNotWrittenAsNull()
    {
        var imsCase = Arbitraries.CaseGen().Sample(1, 1).First();
        var broken = imsCase with { Records = [imsCase.Records[0] with { Id = null! }] };

        var write = () => CaseWriter.ToJson(broken);

        write.Should().Throw<ArgumentException>().Which.Message.Should().Contain("has no id");
    }

    private static void Same(ImsCase read, ImsCase written)
    {
        read.Recipient.Gstin.Should().Be(written.Recipient.Gstin);
        read.Recipient.Profile.Should().Equal(written.Recipient.Profile);
        read.Filings.Gstr3b.Should().BeEquivalentTo(written.Filings.Gstr3b);
        read.Policies.Should().Be(written.Policies);
        read.Records.Should().HaveSameCount(written.Records);
        for (var i = 0; i < read.Records.Length; i++)
        {
            read.Records[i].Should().BeEquivalentTo(written.Records[i], o => o.ComparingByMembers<InwardRecord>());
        }

        read.Actions.Should().BeEquivalentTo(written.Actions, o => o.WithStrictOrdering());
    }
}
