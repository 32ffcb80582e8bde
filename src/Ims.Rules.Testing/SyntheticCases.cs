using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Ims.Rules.Testing;

/// <summary>
/// Large, realistic cases for benchmarks and load tests, deterministic from a seed: a monthly
/// recipient in Maharashtra, suppliers across states, mostly invoices with credit and debit
/// notes, amendments, bills of entry, ISD and reverse-charge documents, filings spread over the
/// months, a share of records acted on, and every GSTR-3B filed on the 20th.
/// </summary>
public static class SyntheticCases
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] States = [27, 27, 27, 29, 7, 24, 33, 9, 19, 36];

    /// <summary>Builds a case.</summary>
    /// <param name="options">What to build.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or percentage is out of range.</exception>
    public static ImsCase Generate(SyntheticCaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Records);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ActionedPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ActionedPercent, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1);

        var random = new SplitMix64(options.Seed);
        var suppliers = Suppliers(random, 1 + (options.Records / 50));
        var first = IndianTime.StartOf(options.FirstMonth.OnDayOfMonth(12));
        var span = (long)(IndianTime.StartOf(options.FirstMonth.PlusMonths(options.Months).OnDayOfMonth(12)) - first).TotalMinutes;
        var records = ImmutableArray.CreateBuilder<InwardRecord>(options.Records);
        var actions = ImmutableArray.CreateBuilder<ImsAction>(options.Records * options.ActionedPercent / 50);
        for (var i = 0; i < options.Records; i++)
        {
            var filed = first + Duration.FromMinutes((long)(random.Next() % (ulong)span));
            var record = Record(random, "r" + i.ToString(CultureInfo.InvariantCulture), filed, suppliers);
            if (i > 0 && random.Chance(2))
            {
                var original = records[random.Below(i)];
                if (original.Kind == record.Kind && original.Eco == record.Eco && original.FiledAt < filed && original.Kind != RecordKind.BillOfEntry)
                {
                    record = record with { Amends = original.Id, SupplierGstin = original.SupplierGstin, Number = original.Number, Date = original.Date };
                }
            }

            records.Add(record);
            if (random.Chance(options.ActionedPercent))
            {
                AddActions(random, record, actions);
            }
        }

        var filings = ImmutableDictionary.CreateBuilder<YearMonth, Instant>();
        for (var month = options.FirstMonth.PlusMonths(-1); month <= options.FirstMonth.PlusMonths(options.Months); month = month.PlusMonths(1))
        {
            filings[month] = IndianTime.StartOf(month.PlusMonths(1).OnDayOfMonth(20)) + Duration.FromHours(17);
        }

        return new ImsCase
        {
            Recipient = new Recipient { Gstin = options.RecipientGstin ?? Gstin.Parse("27AAPFU0939F1ZV"), Profile = [new FrequencyChange(options.FirstMonth, ReturnFrequency.Monthly)] },
            Filings = new Filings { Gstr3b = filings.ToImmutable() },
            Records = records.MoveToImmutable(),
            Actions = actions.ToImmutable(),
        };
    }

    /// <summary>
    /// A valid Maharashtra GSTIN of its own for the <paramref name="index"/>-th recipient of a load test (distinct for
    /// every index below 26^5 × 10,000), for <see cref="SyntheticCaseOptions.RecipientGstin"/>.
    /// </summary>
    /// <param name="index">The recipient's number, from 0.</param>
    /// <returns>The GSTIN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static Gstin RecipientGstin(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Span<char> text = stackalloc char[15];
        text[0] = '2';
        text[1] = '7';
        var letters = index / 10_000;
        for (var j = 6; j >= 2; j--, letters /= 26)
        {
            text[j] = Letters[(int)(letters % 26)];
        }

        var digits = index % 10_000;
        for (var j = 10; j >= 7; j--, digits /= 10)
        {
            text[j] = (char)('0' + (int)(digits % 10));
        }

        text[11] = 'K';
        text[12] = '1';
        text[13] = 'Z';
        text[14] = Gstin.CheckCharacter(text[..14]);
        return Gstin.Parse(new string(text));
    }

    private static InwardRecord Record(SplitMix64 random, string id, Instant filed, Gstin[] suppliers)
    {
        var roll = random.Below(100);
        var kind = roll switch
        {
            < 75 => RecordKind.Invoice,
            < 85 => RecordKind.CreditNote,
            < 90 => RecordKind.DebitNote,
            < 95 => RecordKind.BillOfEntry,
            < 97 => RecordKind.IsdInvoice,
            _ => RecordKind.Invoice,
        };
        var supplier = suppliers[random.Below(suppliers.Length)];
        var filedOn = IndianTime.DateOf(filed);
        var tax = (decimal)(1 + random.Below(5_000_000)) / 100m;
        var intraState = supplier.State.Value == 27 || random.Chance(2);
        var form = kind switch
        {
            RecordKind.BillOfEntry => SupplierForm.Icegate,
            RecordKind.IsdInvoice => SupplierForm.Gstr6,
            _ => random.Below(20) switch { 0 or 1 => SupplierForm.Iff, 2 => SupplierForm.Gstr1A, _ => SupplierForm.Gstr1 },
        };
        var sez = kind == RecordKind.BillOfEntry && random.Chance(30);
        return new InwardRecord
        {
            Id = id,
            Kind = kind,
            Form = form,
            SupplierGstin = kind == RecordKind.BillOfEntry && !sez ? null : supplier, // goods from abroad have no supplier GSTIN
            Sez = sez,
            SupplierPeriod = ReturnPeriod.Month(filedOn.ToYearMonth().PlusMonths(-1)),
            Number = "INV/" + id,
            Date = filedOn.PlusDays(-random.Below(60)),
            ReferenceDate = kind == RecordKind.BillOfEntry ? filedOn : null,
            PlaceOfSupply = StateCode.FromNumber(intraState ? supplier.State.Value : 27),
            ReverseCharge = roll >= 97,
            Eco = kind == RecordKind.Invoice && random.Chance(3),
            TaxableValue = tax * 5,
            Tax = intraState && kind != RecordKind.BillOfEntry ? TaxAmounts.OfCgstSgst(Paise.Round(tax / 2)) : TaxAmounts.OfIgst(tax),
            SavedAt = filed - Duration.FromHours(1 + random.Below(24 * 20)),
            FiledAt = kind == RecordKind.BillOfEntry ? null : filed,
        };
    }

    private static void AddActions(SplitMix64 random, InwardRecord record, ImmutableArray<ImsAction>.Builder actions)
    {
        var at = record.SavedAt!.Value;
        var count = 1 + random.Below(3);
        for (var i = 0; i < count; i++)
        {
            at += Duration.FromHours(1 + random.Below(24 * 25));
            var roll = random.Below(100);
            var action = roll < 50 ? ActionKind.Accept : roll < 65 ? ActionKind.Reject : ActionKind.Pending;
            actions.Add(new ImsAction { RecordId = record.Id, Action = action, At = at });
        }
    }

    private static Gstin[] Suppliers(SplitMix64 random, int count)
    {
        var result = new Gstin[count];
        Span<char> text = stackalloc char[15];
        for (var i = 0; i < count; i++)
        {
            var state = States[random.Below(States.Length)];
            text[0] = (char)('0' + (state / 10));
            text[1] = (char)('0' + (state % 10));
            for (var j = 2; j < 7; j++)
            {
                text[j] = Letters[random.Below(26)];
            }

            for (var j = 7; j < 11; j++)
            {
                text[j] = (char)('0' + random.Below(10));
            }

            text[11] = Letters[random.Below(26)];
            text[12] = '1';
            text[13] = 'Z';
            text[14] = Gstin.CheckCharacter(text[..14]);
            result[i] = Gstin.Parse(new string(text));
        }

        return result;
    }
}
