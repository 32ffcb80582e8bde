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
        // Every reader answers "read" (the value and its findings) or "unreadable" (the findings that prevent it).
        var entries = BooksCsvReader.Read(File.ReadAllText(books)).Match(
            (read, findings) => read,                                        // findings name each row left out
            findings => throw new InvalidDataException(string.Join(Environment.NewLine, findings)));
        var imsCase = CaseReader.Read(File.ReadAllText(caseFile)).Match(    // or ImsInvoiceReader.Read(...), then ToCase()
            (read, findings) => read,
            findings => throw new InvalidDataException(string.Join(Environment.NewLine, findings)));
        var report = Reconciler.Reconcile(entries, imsCase, new ReconciliationOptions { At = at });

        foreach (var line in report.Lines)
        {
            Console.WriteLine($"{line.Status} {line.Book?.Id} {line.Ims?.Id} {line.Rule}: {line.Suggestion?.Kind} ({line.Suggestion?.Reason})");
        }

        var actions = report.SuggestedActions();                             // or the ones the user ticks
        var upload = ReconciliationOutput.Upload(imsCase, actions);          // the IMS SAVE request
        var withActions = ReconciliationOutput.CaseWithActions(imsCase, actions);
        var statement = ImsEngine.Compute(withActions, ReturnPeriod.Parse("2025-01"), at); // check before sending
        Console.WriteLine($"{upload} — ITC available after the actions: {statement.Summary.ItcAvailable}");
    }
}
#endregion
