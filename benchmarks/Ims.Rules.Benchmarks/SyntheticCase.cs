using System.Collections.Generic;
using System.Collections.Immutable;
using Ims.Rules.Actions;
using Ims.Rules.Cases;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Records;
using Ims.Rules.Registration;
using NodaTime;

namespace Ims.Rules.Benchmarks;

/// <summary>A large, deterministic case: a monthly recipient's financial year 2025-26, 30% of records actioned.</summary>
internal static class SyntheticCase
{
    private static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");

    public static ImsCase Generate(int records, ulong seed)
    {
        var random = new SplitMix64(seed);
        var suppliers = new[] { Gstin.Parse("29AABCT1332L1ZA"), Gstin.Parse("07AAACB2894G1ZP") };
        var start = IndianTime.StartOf(new LocalDate(2025, 4, 12));
        var list = new List<InwardRecord>(records);
        var actions = new List<ImsAction>(records / 3);
        for (var i = 0; i < records; i++)
        {
            var filed = start + Duration.FromMinutes((long)(random.Next() % (360UL * 24 * 60)));
            var kind = (random.Next() % 10) switch { 0 => RecordKind.CreditNote, 1 => RecordKind.DebitNote, _ => RecordKind.Invoice };
            var tax = (decimal)(random.Next() % 1_000_000) / 100m;
            var id = "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new InwardRecord
            {
                Id = id,
                Kind = kind,
                Form = SupplierForm.Gstr1,
                SupplierGstin = suppliers[i % 2],
                Number = id,
                Date = IndianTime.DateOf(filed).PlusDays(-15),
                PlaceOfSupply = StateCode.FromNumber(27),
                TaxableValue = tax * 5,
                Tax = TaxAmounts.OfIgst(tax),
                SavedAt = filed - Duration.FromDays(1),
                FiledAt = filed,
            });
            if (random.Next() % 10 < 3)
            {
                var action = (random.Next() % 3) switch { 0 => ActionKind.Accept, 1 => ActionKind.Reject, _ => ActionKind.Pending };
                actions.Add(new ImsAction { RecordId = id, Action = action, At = filed + Duration.FromHours(2) });
            }
        }

        var filings = ImmutableDictionary.CreateBuilder<YearMonth, Instant>();
        for (var month = new YearMonth(2025, 3); month <= new YearMonth(2026, 2); month = month.PlusMonths(1))
        {
            filings[month] = IndianTime.StartOf(month.PlusMonths(1).OnDayOfMonth(20));
        }

        return new ImsCase
        {
            Recipient = new Recipient { Gstin = Recipient, Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Monthly)] },
            Filings = new Filings { Gstr3b = filings.ToImmutable() },
            Records = [.. list],
            Actions = [.. actions],
        };
    }

    /// <summary>A small, fast, seeded generator: the same seed gives the same case on every machine.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            unchecked // the generator relies on wrap-around
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
