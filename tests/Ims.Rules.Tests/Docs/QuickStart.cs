#region quick-start
using System;
using Ims.Rules;
using NodaTime;

namespace Ims.Rules.Samples;

public static class QuickStart
{
    public static void Run()
    {
        var supplier = Gstin.Parse("29AABCT1332L1ZA");
        var filed = IndianTime.StartOf(new LocalDate(2025, 11, 10)); // 00:00 IST

        var imsCase = new ImsCase
        {
            Recipient = new Recipient
            {
                Gstin = Gstin.Parse("27AAPFU0939F1ZV"),
                Profile = [new FrequencyChange(new YearMonth(2025, 10), ReturnFrequency.Monthly)],
            },
            Records =
            [
                new InwardRecord
                {
                    Id = "inv-1", Kind = RecordKind.Invoice, Form = SupplierForm.Gstr1,
                    SupplierGstin = supplier, Number = "INV-1", Date = new LocalDate(2025, 10, 15),
                    PlaceOfSupply = StateCode.Parse("27"), TaxableValue = 1000m,
                    Tax = TaxAmounts.OfIgst(180m), SavedAt = filed, FiledAt = filed,
                },
                new InwardRecord
                {
                    Id = "cn-1", Kind = RecordKind.CreditNote, Form = SupplierForm.Gstr1,
                    SupplierGstin = supplier, Number = "CN-1", Date = new LocalDate(2025, 10, 20),
                    PlaceOfSupply = StateCode.Parse("27"), TaxableValue = 100m,
                    Tax = TaxAmounts.OfIgst(18m), SavedAt = filed, FiledAt = filed,
                },
            ],
            Actions =
            [
                new ImsAction { RecordId = "cn-1", Action = ActionKind.Reject, At = filed + Duration.FromDays(2) },
            ],
        };

        // A statement, or why there is none (a quarterly recipient's month, not yet generated, the previous GSTR-3B unfiled…).
        ImsEngine.StatementOf(imsCase, ReturnPeriod.Parse("2025-10")).Switch(
            statement =>
            {
                Console.WriteLine($"GSTR-2B {statement.Period} as of {IndianTime.InIst(statement.AsOf)}");
                foreach (var document in statement.Documents)
                {
                    Console.WriteLine($"{document.RecordId}: {document.Bucket} {document.Section} {document.Itc} [{string.Join(", ", document.Rules)}]");
                }

                Console.WriteLine($"ITC available: {statement.Summary.ItcAvailable}");
                foreach (var effect in statement.SupplierEffects)
                {
                    Console.WriteLine($"Supplier {effect.SupplierGstin}: {effect.Effect} of {effect.Amount} in {effect.Period}");
                }
            },
            none => Console.WriteLine($"No GSTR-2B for {none.Period}: {none.Reason}"));
    }
}
#endregion
