using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using Ims.Rules.Json;

namespace Ims.Rules.Orleans;

/// <summary>
/// Adds a batch to a case: reads the batch with the library's reader (with the case's records its actions name, so
/// that an action may follow its record in an earlier batch), keeps what is new, and reads the merged document back.
/// Every check is the library's, but for conflicts between a new event and a stored one with the same key.
/// </summary>
internal static class CaseMerge
{
    /// <summary>The outcome: the answer, and the new state when the batch was accepted and changed the case.</summary>
    public readonly record struct Outcome(BatchAnswer Answer, ImsCase? Case, string? Document);

    public static Outcome Apply(Gstin gstin, ImsCase current, CaseBatch batch)
    {
        var read = CaseReader.Read(WithContext(batch.Document, current));
        if (!read.IsRead)
        {
            return Rejected(read.Errors.IsEmpty ? read.Findings : read.Errors);
        }

        var events = read.GetValueOrThrow();

        if (events.Recipient.Gstin != gstin)
        {
            return Rejected([new Finding(OrleansFindingCodes.Recipient, Severity.Error, null,
                $"The batch is for {events.Recipient.Gstin}, not for this recipient, {gstin}.")]);
        }

        var conflicts = new List<Finding>();
        var records = Records(current, events, conflicts, out var newRecords);
        var actions = Actions(current, events, out var newActions);
        var newOther = 0;
        var gstr3b = Map(current.Filings.Gstr3b, events.Filings.Gstr3b, "GSTR-3B filing of", conflicts, ref newOther);
        var annual = Map(current.Filings.AnnualReturn, events.Filings.AnnualReturn, "annual return of", conflicts, ref newOther);
        var extensions = Map(
            Keyed(current.Filings.DueDateExtensions, e => (e.Return, e.Period)),
            Keyed(events.Filings.DueDateExtensions, e => (e.Return, e.Period)), "due-date extension of", conflicts, ref newOther);
        var profile = Map(
            Keyed(current.Recipient.Profile, c => c.From),
            Keyed(events.Recipient.Profile, c => c.From), "profile change from", conflicts, ref newOther);
        var policies = current.Policies;
        if (events.Policies != ImsPolicies.Default && events.Policies != current.Policies)
        {
            if (current.Policies != ImsPolicies.Default)
            {
                conflicts.Add(Conflict(null, "The batch's policies differ from the case's; policies are set once."));
            }

            policies = events.Policies;
            newOther++;
        }

        if (conflicts.Count > 0)
        {
            return Rejected([.. conflicts]);
        }

        var answer = new BatchAnswer { Accepted = true, NewRecords = newRecords, NewActions = newActions, NewOther = newOther, Findings = read.Findings };
        if (!answer.Changed)
        {
            return new Outcome(answer, null, null);
        }

        var merged = current with
        {
            Recipient = current.Recipient with { Profile = [.. profile.Values.OrderBy(c => c.From)] },
            Records = records,
            Actions = actions,
            Filings = current.Filings with
            {
                Gstr3b = gstr3b,
                AnnualReturn = annual,
                DueDateExtensions = [.. extensions.Values.OrderBy(e => e.Period).ThenBy(e => e.Return)],
            },
            Policies = policies,
        };

        // The stored document is the library's writing of the merged case, and the case is the reader's reading of it.
        var document = CaseWriter.ToJson(merged);
        return CaseReader.Read(document).Match(
            read: (stored, _) => new Outcome(answer, stored, document),
            unreadable: Rejected);
    }

    private static Outcome Rejected(ImmutableArray<Finding> findings) => new(new BatchAnswer { Accepted = false, Findings = findings }, null, null);

    private static Finding Conflict(string? recordId, string message) => new(OrleansFindingCodes.Conflict, Severity.Error, recordId, message);

    /// <summary>The batch document with the stored records its actions name but it does not hold, so the reader can check those actions.</summary>
    private static string WithContext(string document, ImsCase current)
    {
        if (current.Records.IsEmpty || !document.Contains("\"actions\"", StringComparison.Ordinal))
        {
            return document;
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(document) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return document; // the reader reports it
        }

        if (root?["actions"] is not JsonArray actions || root["records"] is JsonNode and not JsonArray)
        {
            return document;
        }

        var records = root["records"] as JsonArray ?? [];
        var sent = new HashSet<string>(records.Select(r => (r as JsonObject)?["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)r!["id"] : null).OfType<string>(), StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions.OfType<JsonObject>())
        {
            if (action["record"] is JsonValue value && value.TryGetValue<string>(out var id) && !sent.Contains(id))
            {
                wanted.Add(id);
            }
        }

        var known = current.Records.Where(r => wanted.Contains(r.Id)).ToImmutableArray();
        if (known.IsEmpty)
        {
            return document;
        }

        var context = JsonNode.Parse(CaseWriter.ToJson(new ImsCase { Recipient = current.Recipient, Records = known }))!["records"]!.AsArray();
        foreach (var record in context.ToList())
        {
            context.Remove(record);
            records.Add(record);
        }

        root["records"] = records;
        return root.ToJsonString();
    }

    /// <summary>The records of both, each id once; a sent record unlike the stored one with its id is a conflict.</summary>
    private static ImmutableArray<InwardRecord> Records(ImsCase current, ImsCase events, List<Finding> conflicts, out int added)
    {
        added = 0;
        var byId = current.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var result = current.Records.ToBuilder();
        foreach (var record in events.Records)
        {
            if (!byId.TryGetValue(record.Id, out var stored))
            {
                byId.Add(record.Id, record);
                result.Add(record);
                added++;
            }
            else if (!ReferenceEquals(stored, record) && Text(current.Recipient, stored) != Text(current.Recipient, record))
            {
                conflicts.Add(Conflict(record.Id, $"A record with the id '{record.Id}' is already in the case with other content; a record is never replaced (send an amendment or a credit note)."));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A record as the library writes it, for comparing a record sent again with the stored one.</summary>
    private static string Text(Recipient recipient, InwardRecord record) =>
        CaseWriter.ToJson(new ImsCase { Recipient = recipient with { Profile = [] }, Records = [record] });

    /// <summary>The actions of both, each (record, instant, kind) once.</summary>
    private static ImmutableArray<ImsAction> Actions(ImsCase current, ImsCase events, out int added)
    {
        added = 0;
        var keys = current.Actions.Select(Key).ToHashSet();
        var result = current.Actions.ToBuilder();
        foreach (var action in events.Actions)
        {
            if (keys.Add(Key(action)))
            {
                result.Add(action);
                added++;
            }
        }

        return result.ToImmutable();

        static (string, NodaTime.Instant, ActionKind) Key(ImsAction a) => (a.RecordId, a.At, a.Action);
    }

    /// <summary>The items by key; of two with one key (which the library reports), the later.</summary>
    private static ImmutableDictionary<TKey, TValue> Keyed<TKey, TValue>(ImmutableArray<TValue> items, Func<TValue, TKey> key)
        where TKey : notnull
    {
        var result = ImmutableDictionary.CreateBuilder<TKey, TValue>();
        foreach (var item in items.IsDefault ? [] : items)
        {
            result[key(item)] = item;
        }

        return result.ToImmutable();
    }

    /// <summary>The entries of both maps; a sent entry unlike the stored one with its key is a conflict.</summary>
    private static ImmutableDictionary<TKey, TValue> Map<TKey, TValue>(
        ImmutableDictionary<TKey, TValue> stored, ImmutableDictionary<TKey, TValue> sent, string what, List<Finding> conflicts, ref int added)
        where TKey : notnull
    {
        var result = stored;
        foreach (var (key, value) in sent)
        {
            if (!stored.TryGetValue(key, out var existing))
            {
                result = result.Add(key, value);
                added++;
            }
            else if (!EqualityComparer<TValue>.Default.Equals(existing, value))
            {
                conflicts.Add(Conflict(null, $"The {what} {key} is already in the case as {existing}; the batch gives {value}."));
            }
        }

        return result;
    }
}
