using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Tests.Support;

/// <summary>A small language for writing cases in tests: IST times as text, records with sensible defaults.</summary>
internal static class Build
{
    /// <summary>A Maharashtra recipient (state 27).</summary>
    public static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");

    /// <summary>A Karnataka supplier (state 29).</summary>
    public static readonly Gstin Supplier = Gstin.Parse("29AABCT1332L1ZA");

    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>An instant given as IST text: <c>2025-11-10</c> (00:00 IST) or <c>2025-11-10T18:00</c>.</summary>
    public static Instant Ist(string text) => text.Length == 10
        ? IndianTime.StartOf(LocalDatePattern.Iso.Parse(text).Value)
        : DateTimePattern.Parse(text).Value.WithOffset(IndianTime.Offset).ToInstant();

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static ReturnPeriod Month(string text) => ReturnPeriod.Parse(text);

    public static YearMonth Ym(string text) => ReturnPeriod.Parse(text).Start;

    /// <summary>An inter-state invoice in the supplier's monthly GSTR-1, filed (and saved a day earlier) at <paramref name="filed"/>.</summary>
    public static InwardRecord Invoice(string id, string filed, decimal igst = 1800m, string? date = null) => new()
    {
        Id = id,
        Kind = RecordKind.Invoice,
        Form = SupplierForm.Gstr1,
        SupplierGstin = Supplier,
        Number = "INV-" + id,
        Date = date is null ? IndianTime.DateOf(Ist(filed)).PlusDays(-20) : Date(date),
        PlaceOfSupply = StateCode.Parse("27"),
        TaxableValue = igst * 10,
        Tax = TaxAmounts.OfIgst(igst),
        SavedAt = Ist(filed) - Duration.FromDays(1),
        FiledAt = Ist(filed),
    };

    public static InwardRecord CreditNote(string id, string filed, decimal igst = 1800m, string? date = null) =>
        Invoice(id, filed, igst, date) with { Kind = RecordKind.CreditNote, Number = "CN-" + id };

    public static InwardRecord DebitNote(string id, string filed, decimal igst = 1800m, string? date = null) =>
        Invoice(id, filed, igst, date) with { Kind = RecordKind.DebitNote, Number = "DN-" + id };

    public static InwardRecord Amendment(InwardRecord original, string id, string filed, decimal igst) =>
        original with
        {
            Id = id,
            Amends = original.Id,
            Tax = TaxAmounts.OfIgst(igst),
            SavedAt = Ist(filed) - Duration.FromDays(1),
            FiledAt = Ist(filed),
            RevisedAt = [],
        };

    public static InwardRecord BillOfEntry(string id, string referenceDate, decimal igst = 50000m, bool sez = false) => new()
    {
        Id = id,
        Kind = RecordKind.BillOfEntry,
        Form = SupplierForm.Icegate,
        SupplierGstin = sez ? Supplier : null,
        Sez = sez,
        Number = "BOE-" + id,
        Date = Date(referenceDate).PlusDays(-3),
        ReferenceDate = Date(referenceDate),
        PortCode = "INBOM1",
        TaxableValue = igst * 10,
        Tax = TaxAmounts.OfIgst(igst),
        SavedAt = Ist(referenceDate),
    };

    public static ImsAction Accept(string id, string at, ItcReduction? reduction = null, string? remark = null) =>
        new() { RecordId = id, Action = ActionKind.Accept, At = Ist(at), ItcReduction = reduction, Remark = remark };

    public static ImsAction Reject(string id, string at, string? remark = null) =>
        new() { RecordId = id, Action = ActionKind.Reject, At = Ist(at), Remark = remark };

    public static ImsAction Pending(string id, string at, string? remark = null) =>
        new() { RecordId = id, Action = ActionKind.Pending, At = Ist(at), Remark = remark };

    public static ImsAction NoAction(string id, string at) =>
        new() { RecordId = id, Action = ActionKind.NoAction, At = Ist(at) };

    /// <summary>A monthly recipient from April 2024 with the given GSTR-3B filings (<c>"2025-10" → "2025-11-20T17:00"</c>).</summary>
    public static ImsCase Case(IEnumerable<InwardRecord> records, IEnumerable<ImsAction>? actions = null, IDictionary<string, string>? gstr3b = null, ImsPolicies? policies = null) => new()
    {
        Recipient = new Recipient { Gstin = Recipient, Profile = [new FrequencyChange(new YearMonth(2020, 4), ReturnFrequency.Monthly)] },
        Filings = new Filings
        {
            Gstr3b = (gstr3b ?? new Dictionary<string, string>()).ToImmutableDictionary(kv => Ym(kv.Key), kv => Ist(kv.Value)),
        },
        Records = [.. records],
        Actions = [.. actions ?? []],
        Policies = policies ?? ImsPolicies.Default,
    };

    /// <summary>GSTR-3B filed on the 20th after every month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Dictionary<string, string> FiledMonthly(string from, string to)
    {
        var result = new Dictionary<string, string>();
        for (var m = Month(from); m <= Month(to); m = m.Next())
        {
            var due = m.End.PlusMonths(1).OnDayOfMonth(20);
            result[m.ToString()] = due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "T17:00";
        }

        return result;
    }

    public static StatementDocument Doc(this Gstr2bStatement statement, string id) =>
        statement.Documents.SingleOrDefault(d => d.RecordId == id)
        ?? throw new InvalidOperationException($"{id} is not in the {statement.Period} statement; documents: {string.Join(", ", statement.Documents.Select(d => d.RecordId))}; carried: {string.Join(", ", statement.CarryForward.Select(c => c.RecordId))}; findings: {string.Join(" | ", statement.Findings)}");

    public static bool Has(this Gstr2bStatement statement, string id) => statement.Documents.Any(d => d.RecordId == id);

    public static bool Carries(this Gstr2bStatement statement, string id) => statement.CarryForward.Any(c => c.RecordId == id);
}
