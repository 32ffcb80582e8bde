using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Gstn.Tests.Support;

/// <summary>Small helpers for cases and instants in tests.</summary>
internal static class Build
{
    /// <summary>A Maharashtra recipient (state 27).</summary>
    public static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");

    /// <summary>A Karnataka supplier (state 29).</summary>
    public static readonly Gstin Supplier = Gstin.Parse("29AABCT1332L1ZA");

    /// <summary>A second supplier, in Gujarat (state 24), with a correct check character.</summary>
    public static readonly Gstin OtherSupplier = WithCheck("24AAACG1234K1Z");

    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>A GSTIN from its first fourteen characters and the correct check character.</summary>
    public static Gstin WithCheck(string first14) => Gstin.Parse(first14 + Gstin.CheckCharacter(first14));

    /// <summary>An instant given as IST text: <c>2025-11-10</c> (00:00 IST) or <c>2025-11-10T18:00</c>.</summary>
    public static Instant Ist(string text) => text.Length == 10
        ? IndianTime.StartOf(LocalDatePattern.Iso.Parse(text).Value)
        : DateTimePattern.Parse(text).Value.WithOffset(IndianTime.Offset).ToInstant();

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static ReturnPeriod Month(string text) => ReturnPeriod.Parse(text);

    /// <summary>An inter-state invoice in the supplier's monthly GSTR-1, filed at <paramref name="filed"/>.</summary>
    public static InwardRecord Invoice(string id, string number, string filed, decimal igst = 180m) => new()
    {
        Id = id,
        Kind = RecordKind.Invoice,
        Form = SupplierForm.Gstr1,
        SupplierGstin = Supplier,
        SupplierPeriod = ReturnPeriod.Month(IndianTime.DateOf(Ist(filed)).ToYearMonth().PlusMonths(-1)),
        Number = number,
        Date = IndianTime.DateOf(Ist(filed)).PlusDays(-20),
        PlaceOfSupply = StateCode.Parse("27"),
        TaxableValue = igst * 10,
        Tax = TaxAmounts.OfIgst(igst),
        FiledAt = Ist(filed),
    };

    public static ImsAction Act(string recordId, ActionKind action, string at, ItcReduction? reduction = null, string? remark = null) => new()
    {
        RecordId = recordId,
        Action = action,
        At = Ist(at),
        ItcReduction = reduction,
        Remark = remark,
    };

    public static ImsCase Case(ImmutableArray<InwardRecord> records, ImmutableArray<ImsAction> actions = default, Filings? filings = null) => new()
    {
        Recipient = new Recipient { Gstin = Recipient },
        Records = records,
        Actions = actions.IsDefault ? [] : actions,
        Filings = filings ?? Filings.None,
    };
}
