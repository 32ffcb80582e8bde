using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules.Json.Tests.Support;

/// <summary>Cases built in code for the writer tests.</summary>
internal static class Sample
{
    public static readonly Gstin RecipientGstin = Gstin.Parse("27AAPFU0939F1ZV");
    public static readonly Gstin Supplier = Gstin.Parse("29AABCT1332L1ZA");
    public static readonly Gstin LocalSupplier = Gstin.Parse("27AABCS1429B1ZU");

    public static Instant Ist(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).WithOffset(IndianTime.Offset).ToInstant();

    public static InwardRecord Invoice(string id, decimal igst = 180m) => new()
    {
        Id = id,
        Kind = RecordKind.Invoice,
        Form = SupplierForm.Gstr1,
        SupplierGstin = Supplier,
        SupplierPeriod = ReturnPeriod.Month(2025, 10),
        Number = "INV-" + id,
        Date = new LocalDate(2025, 10, 15),
        PlaceOfSupply = StateCode.Parse("27"),
        TaxableValue = igst * 10,
        Tax = TaxAmounts.OfIgst(igst),
        SavedAt = Ist(2025, 11, 5, 10),
        FiledAt = Ist(2025, 11, 10, 18),
    };

    /// <summary>An Oct-2025 statement with an accepted invoice, a pending one, a rejected credit note and a partially reduced one.</summary>
    public static ImsCase October2025() => new()
    {
        Recipient = new Recipient { Gstin = RecipientGstin, Profile = [new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly)] },
        Filings = new Filings { Gstr3b = ImmutableDictionary<YearMonth, Instant>.Empty.Add(new YearMonth(2025, 9), Ist(2025, 10, 20, 17)) },
        Records =
        [
            Invoice("inv-1"),
            Invoice("inv-2", 90m),
            Invoice("cn-1", 90m) with { Kind = RecordKind.CreditNote },
            Invoice("cn-2", 90m) with { Kind = RecordKind.CreditNote },
        ],
        Actions =
        [
            new ImsAction { RecordId = "inv-1", Action = ActionKind.Accept, At = Ist(2025, 11, 12, 10), Remark = "ok" },
            new ImsAction { RecordId = "inv-2", Action = ActionKind.Pending, At = Ist(2025, 11, 12, 10) },
            new ImsAction { RecordId = "cn-1", Action = ActionKind.Reject, At = Ist(2025, 11, 12, 10) },
            new ImsAction { RecordId = "cn-2", Action = ActionKind.Accept, At = Ist(2025, 11, 12, 10), ItcReduction = ItcReduction.Partial(TaxAmounts.OfIgst(45.5m)) },
        ],
    };
}
