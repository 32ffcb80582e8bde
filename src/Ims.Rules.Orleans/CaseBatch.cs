using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Ims.Rules.Json;
using NodaTime;
using Orleans;

namespace Ims.Rules.Orleans;

/// <summary>
/// Events for one recipient: an <c>ims-case/1</c> document whose recipient is the grain's GSTIN, holding the records,
/// actions, filings and profile changes to add. Unlike a case file, its actions may name records sent in earlier
/// batches (the grain checks them against the case).
/// </summary>
/// <param name="Document">The <c>ims-case/1</c> document.</param>
[GenerateSerializer]
[Immutable]
[Alias("ims.batch")]
public sealed record CaseBatch([property: Id(0)] string Document)
{
    /// <summary>A batch of the events in <paramref name="events"/>, written by <see cref="CaseWriter"/>.</summary>
    /// <param name="events">The records, actions, filings and profile changes; its recipient names the grain. Its actions may name records sent earlier.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">The events cannot be written as <c>ims-case/1</c> (see <see cref="CaseWriter.ToJson"/>).</exception>
    public static CaseBatch Of(ImsCase events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var records = events.Records.IsDefault ? [] : events.Records;
        var actions = events.Actions.IsDefault ? [] : events.Actions;
        var ids = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var earlier = actions.Select(a => a?.RecordId).OfType<string>().Where(id => !ids.Contains(id)).ToHashSet(StringComparer.Ordinal);
        if (earlier.Count == 0)
        {
            return new CaseBatch(CaseWriter.ToJson(events));
        }

        // The writer writes only actions on records of the case: write them with a stand-in for each record sent
        // earlier, then leave the stand-ins out.
        var document = JsonNode.Parse(CaseWriter.ToJson(events with { Records = records.AddRange(earlier.Select(StandIn)) }))!;
        var written = document["records"]!.AsArray();
        foreach (var standIn in written.Where(r => earlier.Contains((string)r!["id"]!)).ToList())
        {
            written.Remove(standIn);
        }

        return new CaseBatch(document.ToJsonString());
    }

    private static InwardRecord StandIn(string id) => new()
    {
        Id = id,
        Kind = RecordKind.Invoice,
        Form = SupplierForm.Gstr1,
        Number = string.Empty,
        Date = new LocalDate(2025, 4, 1),
    };
}
