using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Reconciliation.Tests.Support;

/// <summary>Small builders for books, records and cases: a monthly recipient in Maharashtra, Oct-2025 records filed on 10 Nov 2025.</summary>
internal static class Build
{
    public static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");
    public static readonly Gstin Karnataka = Gstin.Parse("29AABCT1332L1ZA");
    public static readonly Gstin SamePanInMaharashtra = Gstin.Parse("27AABCT1332L1ZE");
    public static readonly Gstin Local = Gstin.Parse("27AABCS1429B1ZU");
    public static readonly Gstin Delhi = Gstin.Parse("07AAACB2894G1ZP");

    /// <summary>Before the Oct-2025 statement is generated, after the records were filed.</summary>
    public static readonly Instant At = Instant("2025-11-12T10:00:00+05:30");

    public static Instant Instant(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static BookEntry Book(string id, string number, string date = "2025-10-15", decimal igst = 180m, Gstin? supplier = null, RecordKind type = RecordKind.Invoice, decimal? taxable = null, string? bookedOn = null) => new()
    {
        Id = id,
        SupplierGstin = type == RecordKind.BillOfEntry && supplier is null ? null : supplier ?? Karnataka,
        Type = type,
        Number = number,
        Date = Date(date),
        TaxableValue = taxable ?? igst * 5,
        Tax = TaxAmounts.OfIgst(igst),
        PlaceOfSupply = type == RecordKind.BillOfEntry ? null : StateCode.Parse("27"),
        BookedOn = bookedOn is null ? null : Date(bookedOn),
    };

    public static InwardRecord Record(string id, string number, string date = "2025-10-15", decimal igst = 180m, Gstin? supplier = null, RecordKind kind = RecordKind.Invoice, decimal? taxable = null, string filed = "2025-11-10T18:00:00+05:30", string pos = "27") => new()
    {
        Id = id,
        Kind = kind,
        Form = SupplierForm.Gstr1,
        SupplierGstin = supplier ?? Karnataka,
        Number = number,
        Date = Date(date),
        PlaceOfSupply = StateCode.Parse(pos),
        TaxableValue = taxable ?? igst * 5,
        Tax = TaxAmounts.OfIgst(igst),
        SavedAt = Instant(filed) - Duration.FromDays(1),
        FiledAt = Instant(filed),
    };

    public static InwardRecord BillOfEntry(string id, string number, string date = "2025-10-06") => new()
    {
        Id = id,
        Kind = RecordKind.BillOfEntry,
        Form = SupplierForm.Icegate,
        Number = number,
        Date = Date(date),
        ReferenceDate = Date(date).PlusDays(2),
        PortCode = "INNSA1",
        TaxableValue = 50000m,
        Tax = TaxAmounts.OfIgst(9000m),
        SavedAt = IndianTime.StartOf(Date(date).PlusDays(2)),
    };

    /// <summary>
    /// A record <c>r1</c> for a routing story: <c>ims</c> goes through IMS; <c>reverseCharge</c>, <c>isd</c>,
    /// <c>placeOfSupply</c>, <c>timeBarred</c>, <c>gstr5</c>, <c>import</c> and <c>preIms</c> bypass it (R3, R4, R6, R7, R36).
    /// </summary>
    public static InwardRecord RouteStory(string story) => story switch
    {
        "ims" => Record("r1", "INV-1"),
        "reverseCharge" => Record("r1", "RCM-1") with { ReverseCharge = true },
        "isd" => Record("r1", "ISD-1", kind: RecordKind.IsdInvoice) with { Form = SupplierForm.Gstr6 },
        "placeOfSupply" => Record("r1", "HTL-1", supplier: Karnataka, pos: "29"),
        "timeBarred" => Record("r1", "OLD-1", date: "2022-06-01"),
        "gstr5" => Record("r1", "NR-1") with { Form = SupplierForm.Gstr5 },
        "import" => BillOfEntry("r1", "1234567", date: "2025-06-06"),
        "preIms" => Record("r1", "P-1", date: "2024-07-10", filed: "2024-08-10T18:00:00+05:30"),
        _ => throw new ArgumentOutOfRangeException(nameof(story), story, "no such routing story"),
    };

    public static ImsCase Case(params InwardRecord[] records) => new()
    {
        Recipient = new Recipient { Gstin = Recipient, Profile = [new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly)] },
        Filings = new Filings
        {
            Gstr3b = ImmutableDictionary<YearMonth, Instant>.Empty
                .Add(new YearMonth(2024, 12), Instant("2025-01-20T17:00:00+05:30"))
                .Add(new YearMonth(2025, 9), Instant("2025-10-20T17:00:00+05:30")),
        },
        Records = [.. records],
    };

    public static ImsCase WithActions(this ImsCase imsCase, params ImsAction[] actions) => imsCase with { Actions = [.. actions] };

    public static ReconciliationReport Reconcile(IEnumerable<BookEntry> books, ImsCase imsCase, Instant? at = null, ReconciliationPolicy? policy = null) =>
        Reconciler.Reconcile(books, imsCase, new ReconciliationOptions { At = at ?? At, Policy = policy ?? ReconciliationPolicy.Default });

    public static ReconciliationLine LineOf(this ReconciliationReport report, string id) =>
        report.Lines.Single(l => l.Book?.Id == id || l.Ims?.Id == id);

    public static ReconciliationLine LineOf(this ImmutableArray<ReconciliationLine> lines, string id) =>
        lines.Single(l => l.Book?.Id == id || l.Ims?.Id == id);
}
