#region getting-started
using System;
using System.Collections.Immutable;
using Ims.Rules;
using NodaTime;

namespace Ims.Rules.Samples;

public static class GettingStarted
{
    public static void Run()
    {
        // The supplier files GSTR-1 on 10 Nov 2025 with one invoice of October.
        var filed = IndianTime.StartOf(new LocalDate(2025, 11, 10));
        var invoice = new InwardRecord
        {
            Id = "inv-1", Kind = RecordKind.Invoice, Form = SupplierForm.Gstr1,
            SupplierGstin = Gstin.Parse("29AABCT1332L1ZA"), Number = "INV-1", Date = new LocalDate(2025, 10, 15),
            PlaceOfSupply = StateCode.Parse("27"), TaxableValue = 1000m, Tax = TaxAmounts.OfIgst(180m),
            SavedAt = filed, FiledAt = filed,
        };

        // The recipient keeps it Pending on 12 Nov, files GSTR-3B for October on 20 Nov and accepts it on 2 Dec.
        var imsCase = new ImsCase
        {
            Recipient = new Recipient { Gstin = Gstin.Parse("27AAPFU0939F1ZV") },
            Filings = new Filings
            {
                Gstr3b = ImmutableDictionary<YearMonth, Instant>.Empty
                    .Add(new YearMonth(2025, 10), IndianTime.StartOf(new LocalDate(2025, 11, 20))),
            },
            Records = [invoice],
            Actions =
            [
                new ImsAction { RecordId = "inv-1", Action = ActionKind.Pending, At = filed + Duration.FromDays(2) },
                new ImsAction { RecordId = "inv-1", Action = ActionKind.Accept, At = IndianTime.StartOf(new LocalDate(2025, 12, 2)) },
            ],
        };

        // One engine per case; each statement as the portal generates it on the 14th.
        var engine = ImsEngine.Create(imsCase);
        foreach (var period in new[] { ReturnPeriod.Parse("2025-10"), ReturnPeriod.Parse("2025-11") })
        {
            // The statement, or why there is none (for example GSTR-3B of the previous period unfiled, R32).
            engine.StatementOf(period).Switch(
                statement =>
                {
                    Console.WriteLine($"GSTR-2B {statement.Period} ({statement.Status}): ITC available {statement.Summary.ItcAvailable}");
                    foreach (var pending in statement.CarryForward)
                    {
                        Console.WriteLine($"  {pending.RecordId} carried forward as Pending since {pending.Since}");
                    }

                    foreach (var document in statement.Documents)
                    {
                        Console.WriteLine($"  {document.RecordId}: {document.Bucket} by {document.Action} [{string.Join(", ", document.Rules)}]");
                    }
                },
                none => Console.WriteLine($"No GSTR-2B for {none.Period}: {none.Reason}"));
        }
    }
}
#endregion
