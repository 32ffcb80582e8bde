// A program that uses the Ims.Rules package as a consumer does: the package comes from the folder
// feed artifacts/packages (see nuget.config), not from a project reference.
using System;
using Ims.Rules;
using NodaTime;

var supplier = Gstin.Parse("29AABCT1332L1ZA");
var filed = IndianTime.StartOf(new LocalDate(2025, 11, 10)); // the supplier's GSTR-1, 00:00 IST

InwardRecord Invoice(string id, decimal igst) => new()
{
    Id = id, Kind = RecordKind.Invoice, Form = SupplierForm.Gstr1, SupplierGstin = supplier,
    Number = id.ToUpperInvariant(), Date = new LocalDate(2025, 10, 15), PlaceOfSupply = StateCode.Parse("27"),
    TaxableValue = igst * 100 / 18, Tax = TaxAmounts.OfIgst(igst), SavedAt = filed, FiledAt = filed,
};

var imsCase = new ImsCase
{
    Recipient = new Recipient { Gstin = Gstin.Parse("27AAPFU0939F1ZV") },
    Records = [Invoice("inv-1", 180m), Invoice("inv-2", 360m), Invoice("inv-3", 90m)],
    Actions =
    [
        new ImsAction { RecordId = "inv-1", Action = ActionKind.Accept, At = filed + Duration.FromDays(1) },
        new ImsAction { RecordId = "inv-2", Action = ActionKind.Pending, At = filed + Duration.FromDays(1) },
        new ImsAction { RecordId = "inv-3", Action = ActionKind.Reject, At = filed + Duration.FromDays(1) },
    ],
};

// One engine per case: it checks and places the records once, then computes any period.
var engine = ImsEngine.Create(imsCase);
// The statement, or why there is none (a quarterly recipient's month, not yet generated, the previous GSTR-3B unfiled).
return engine.StatementOf(ReturnPeriod.Parse("2025-10")).Match(
    statement =>
    {
        Console.WriteLine($"Ims.Rules {typeof(ImsEngine).Assembly.GetName().Version}: GSTR-2B {statement.Period} of {statement.Gstin}, {statement.Status} ({statement.RuleSet})");
        foreach (var document in statement.Documents)
        {
            Console.WriteLine($"  {document.RecordId}: {document.Bucket}, {document.Section}, ITC {document.Itc} [{string.Join(", ", document.Rules)}]");
        }

        foreach (var pending in statement.CarryForward)
        {
            Console.WriteLine($"  {pending.RecordId}: carried forward as Pending since {pending.Since}");
        }

        Console.WriteLine($"  GSTR-3B 4(A)(5): {statement.Summary.Gstr3b.Table4A5}");
        return 0;
    },
    none =>
    {
        Console.WriteLine($"No GSTR-2B for {none.Period}: {none.Reason}");
        return 1;
    });
