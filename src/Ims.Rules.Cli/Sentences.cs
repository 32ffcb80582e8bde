using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary>The sentences <c>explain</c> says about a record in a statement, shared with the readable views and the HTML report.</summary>
internal static class Sentences
{
    /// <summary>Where a document is and why: <c>ITC Available, section b2b, since 2025-10, action accept</c>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The sentence.</returns>
    public static string Placement(StatementDocument document)
    {
        var reason = document.Bucket == Bucket.ItcNotAvailable ? ", " + Words.Of(document.Reason) : string.Empty;
        var remark = document.Remark is null ? string.Empty : $", remark \"{document.Remark}\"";
        return $"{Words.Of(document.Bucket)}{reason}, section {document.Section.ToString().ToLowerInvariant()}, since {document.Since}, action {Words.Of(document.Action)}{remark}";
    }

    /// <summary>The ITC effect and the deciding rules: <c>ITC effect IGST 0.00, …; rules R14, R12</c>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The sentence.</returns>
    public static string Effect(StatementDocument document)
    {
        var reversed = document.ItcReversed.IsZero ? string.Empty : $"; reverses {document.ItcReversed} taken on earlier versions (policy ineligibleAmendment)";
        return $"ITC effect {document.Itc}{reversed}; rules {string.Join(", ", document.Rules)}";
    }

    /// <summary>
    /// A record carried forward: <c>carried forward as Pending since 2025-10 (no one-period limit, time-barred after 2026-11-30; R14)</c>,
    /// or an amendment held until its original is settled (R43).
    /// </summary>
    /// <param name="carried">The entry.</param>
    /// <returns>The sentence.</returns>
    public static string Carried(CarryForwardEntry carried)
    {
        if (carried.Reason == CarryForwardReason.AwaitingOriginal)
        {
            return $"carried forward since {carried.Since}, awaiting its original's action and GSTR-3B (not Pending; R43)";
        }

        var until = carried.PendingUntil is { } date ? "Pending allowed until " + IsoTime.Format(date) : "no one-period limit";
        var barred = carried.TimeBarredAfter is { } limit ? ", time-barred after " + IsoTime.Format(limit) : string.Empty;
        return $"carried forward as Pending since {carried.Since} ({until}{barred}; R14)";
    }
}
