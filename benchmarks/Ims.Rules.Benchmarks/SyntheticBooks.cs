using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ims.Rules.Reconciliation.Books;
using NodaTime;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// Deterministic books and an IMS case of the same size for the reconciliation benchmark: most
/// documents match exactly, the rest exercise every rule and status (numbers written differently,
/// amounts and dates within tolerance, another GSTIN of the same PAN, differences beyond tolerance,
/// documents on one side only).
/// </summary>
internal static class SyntheticBooks
{
    private static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");

    /// <summary>When a year's reconciliation is run: 25 March 2026, after GSTR-3B of February 2026 would be filed.</summary>
    public static readonly Instant YearEnd = IndianTime.StartOf(new LocalDate(2026, 3, 25));

    /// <summary>
    /// The same data with GSTR-3B filed on the 20th of the next month for the eleven months April 2025 to February 2026, so
    /// that at <see cref="YearEnd"/> only March is open; without filings every period is open (statements projected,
    /// policy <c>sequential: project</c>, so each one is computed).
    /// </summary>
    public static (List<BookEntry> Books, ImsCase Case) Generate(int documents, ulong seed, bool elevenClosed)
    {
        var (books, imsCase) = Generate(documents, seed);
        if (!elevenClosed)
        {
            return (books, imsCase with { Policies = new ImsPolicies { Sequential = SequentialPolicy.Project } });
        }

        var filings = ImmutableDictionary.CreateBuilder<YearMonth, Instant>();
        for (var month = new YearMonth(2025, 4); month <= new YearMonth(2026, 2); month = month.PlusMonths(1))
        {
            var next = month.PlusMonths(1);
            filings.Add(month, IndianTime.StartOf(new LocalDate(next.Year, next.Month, 20)).Plus(Duration.FromHours(17)));
        }

        return (books, imsCase with { Filings = new Filings { Gstr3b = filings.ToImmutable() } });
    }

    public static (List<BookEntry> Books, ImsCase Case) Generate(int documents, ulong seed)
    {
        var random = new SplitMix64(seed);
        string[] suppliers = ["29AABCT1332L1ZA", "27AABCS1429B1ZU", "07AAACB2894G1ZP", "29AAGCR4375J1ZU", "24AAACH7409R1Z7", "33AACCT2727Q1Z1"];
        var gstins = new Gstin[suppliers.Length];
        for (var i = 0; i < suppliers.Length; i++)
        {
            gstins[i] = Gstin.Parse(suppliers[i]);
        }

        var sameOtherState = Gstin.Parse("27AABCT1332L1ZE"); // same PAN as the first supplier
        var books = new List<BookEntry>(documents);
        var records = new List<InwardRecord>(documents);
        var filedStart = IndianTime.StartOf(new LocalDate(2025, 4, 12));
        for (var i = 0; i < documents; i++)
        {
            var supplier = gstins[i % gstins.Length];
            var date = new LocalDate(2025, 4, 1).PlusDays((int)(random.Next() % 330));
            var tax = (decimal)(random.Next() % 1_000_000) / 100m;
            var number = "INV/25-26/" + i.ToString("000000", CultureInfo.InvariantCulture);
            var filed = IndianTime.StartOf(date.PlusDays(5));
            var variant = random.Next() % 100;
            var book = new BookEntry
            {
                Id = "b" + i.ToString(CultureInfo.InvariantCulture),
                SupplierGstin = supplier,
                Type = RecordKind.Invoice,
                Number = number,
                Date = date,
                TaxableValue = tax * 5,
                Tax = TaxAmounts.OfIgst(tax),
                PlaceOfSupply = StateCode.FromNumber(27),
                BookedOn = date.PlusDays(2),
            };
            var record = new InwardRecord
            {
                Id = "r" + i.ToString(CultureInfo.InvariantCulture),
                Kind = RecordKind.Invoice,
                Form = SupplierForm.Gstr1,
                SupplierGstin = supplier,
                Number = number,
                Date = date,
                PlaceOfSupply = StateCode.FromNumber(27),
                TaxableValue = tax * 5,
                Tax = TaxAmounts.OfIgst(tax),
                SavedAt = filed,
                FiledAt = filed < filedStart ? filedStart : filed,
            };
            switch (variant)
            {
                case < 3: book = book with { Number = "inv-" + i.ToString(CultureInfo.InvariantCulture) }; break;
                case < 5: book = book with { Tax = TaxAmounts.OfIgst(tax + 0.5m) }; break;
                case < 7: book = book with { Date = date.PlusDays(2) }; break;
                case < 8: if (supplier == gstins[0]) { record = record with { SupplierGstin = sameOtherState }; } break;
                case < 10: book = book with { Tax = TaxAmounts.OfIgst(tax + 100m) }; break;
                case < 13: record = record with { Number = "MISSING-" + i.ToString(CultureInfo.InvariantCulture) }; break; // books only + IMS only
                default: break;
            }

            books.Add(book);
            records.Add(record);
        }

        var imsCase = new ImsCase
        {
            Recipient = new Recipient { Gstin = Recipient, Profile = [new FrequencyChange(new YearMonth(2025, 4), ReturnFrequency.Monthly)] },
            Records = [.. records],
        };
        return (books, imsCase);
    }

    /// <summary>A small, fast, seeded generator: the same seed gives the same data on every machine.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
