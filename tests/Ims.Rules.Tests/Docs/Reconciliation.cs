#region reconciliation-overview
using System;
using System.IO;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;
using NodaTime;

namespace Ims.Rules.Samples;

public static class ReconciliationOverview
{
    public static void Run(string books, string caseFile, Instant at)
    {
        var entries = BooksCsvReader.Read(File.ReadAllText(books)).Entries;  // plus findings naming row and column
        var imsCase = CaseReader.Read(File.ReadAllText(caseFile)).Case!;    // or ImsInvoiceReader(...).ToCase()
        var report = Reconciler.Reconcile(entries, imsCase, new ReconciliationOptions { At = at });

        foreach (var line in report.Lines)
        {
            Console.WriteLine($"{line.Status} {line.Book?.Id} {line.Ims?.Id} {line.Rule}: {line.Suggestion?.Kind} ({line.Suggestion?.Reason})");
        }

        var actions = report.SuggestedActions();                             // or the ones the user ticks
        var upload = ReconciliationOutput.Upload(imsCase, actions);          // the IMS SAVE request
        var withActions = ReconciliationOutput.CaseWithActions(imsCase, actions);
        var statement = ImsEngine.Compute(withActions, Periods.ReturnPeriod.Parse("2025-01"), at); // check before sending
        Console.WriteLine($"{upload} — ITC available after the actions: {statement.Summary.ItcAvailable}");
    }
}
#endregion
