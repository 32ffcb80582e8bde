using System.Collections.Immutable;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests.Support;

/// <summary>
/// A Maharashtra recipient's November 2025 with one record for every GSTR-2B section and
/// bucket, ids in the <see cref="GstnRecordIds"/> scheme so that they survive a round trip.
/// </summary>
internal static class SampleCase
{
    public const string Filed = "2025-12-10T18:00";

    public static readonly Gstin Distributor = WithCheck("27AAACI1234D1Z");

    public static readonly Gstin SezUnit = WithCheck("27AAACS4321E1Z");

    public static string Id(Section section, string party, string number) => GstnRecordIds.ForStatement(section, party, number);

    public static string B2b(string number) => Id(Section.B2b, Supplier.ToString(), number);

    public static ImsCase Create()
    {
        var supplier = Supplier.ToString();
        var accepted = Invoice(B2b("INV-1"), "INV-1", Filed, 180m);
        var rejected = Invoice(B2b("INV-2"), "INV-2", Filed, 90m);
        var placeOfSupply = Invoice(B2b("INV-3"), "INV-3", Filed, 0m) with
        {
            PlaceOfSupply = StateCode.Parse("29"),
            TaxableValue = 1000m,
            Tax = TaxAmounts.OfCgstSgst(90m),
        };
        var reverseCharge = Invoice(B2b("RCM-1"), "RCM-1", Filed, 50m) with { ReverseCharge = true };
        var creditNote = Invoice(Id(Section.Cdnr, supplier, "CN-1"), "CN-1", Filed, 36m) with { Kind = RecordKind.CreditNote };
        var debitNote = Invoice(Id(Section.Cdnr, supplier, "DN-1"), "DN-1", Filed, 18m) with { Kind = RecordKind.DebitNote };
        var eco = Invoice(Id(Section.Ecom, OtherSupplier.ToString(), "ECO-1"), "ECO-1", Filed, 27m) with
        {
            Eco = true,
            SupplierGstin = OtherSupplier,
        };
        var isdInvoice = Invoice(Id(Section.Isd, Distributor.ToString(), "ISD-1"), "ISD-1", Filed, 0m) with
        {
            Kind = RecordKind.IsdInvoice,
            Form = SupplierForm.Gstr6,
            SupplierGstin = Distributor,
            TaxableValue = 0m,
            Tax = TaxAmounts.OfCgstSgst(45m),
        };
        var isdCredit = isdInvoice with { Id = Id(Section.Isd, Distributor.ToString(), "ISD-2"), Kind = RecordKind.IsdCreditNote, Number = "ISD-2", Tax = TaxAmounts.OfCgstSgst(5m) };
        var billOfEntry = new InwardRecord
        {
            Id = Id(Section.Impg, "INMAA1", "BOE-1"),
            Kind = RecordKind.BillOfEntry,
            Form = SupplierForm.Icegate,
            Number = "BOE-1",
            Date = Date("2025-11-18"),
            PortCode = "INMAA1",
            ReferenceDate = Date("2025-11-20"),
            TaxableValue = 10000m,
            Tax = new TaxAmounts(1800m, 0m, 0m, 12.5m),
        };
        var sezBillOfEntry = billOfEntry with
        {
            Id = Id(Section.Impgsez, "INMAA1", "BOE-2"),
            Number = "BOE-2",
            Sez = true,
            SupplierGstin = SezUnit,
            Tax = TaxAmounts.OfIgst(900m),
        };

        ImmutableArray<InwardRecord> records =
            [accepted, rejected, placeOfSupply, reverseCharge, creditNote, debitNote, eco, isdInvoice, isdCredit, billOfEntry, sezBillOfEntry];
        ImmutableArray<ImsAction> actions =
        [
            Act(accepted.Id, ActionKind.Accept, "2025-12-12T10:00"),
            Act(rejected.Id, ActionKind.Reject, "2025-12-12T10:00"),
            Act(creditNote.Id, ActionKind.Accept, "2025-12-12T10:00"),
        ];
        return Case(records, actions);
    }
}
