using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Testing;
using NodaTime;

namespace Ims.Rules.Orleans.Tests.Support;

/// <summary>
/// Many recipients' synthetic cases, each with a GSTIN of its own, and each case cut into the batches a service would
/// receive over a month: records a few at a time, each with the actions on it, the filings at the end.
/// </summary>
internal static class RecipientStream
{
    /// <summary>The case of recipient <paramref name="index"/>: <paramref name="records"/> records over <paramref name="months"/> months from Apr-2025.</summary>
    public static ImsCase Case(int index, int records, int months = 6)
    {
        return SyntheticCases.Generate(new SyntheticCaseOptions
        {
            Seed = (ulong)index + 1,
            Records = records,
            Months = months,
            FirstMonth = new YearMonth(2025, 4),
            RecipientGstin = SyntheticCases.RecipientGstin(index),
        });
    }

    /// <summary>
    /// The case's events in batches of <paramref name="size"/> records, each batch with the actions on the previous
    /// batch's records (actions come after their records, often in a later batch); the filings come last.
    /// </summary>
    public static IReadOnlyList<ImsCase> Batches(ImsCase imsCase, int size)
    {
        var actions = imsCase.Actions.ToLookup(a => a.RecordId, StringComparer.Ordinal);
        var recipient = imsCase.Recipient;
        var batches = new List<ImsCase>();
        var previous = ImmutableArray<Ims.Rules.InwardRecord>.Empty;
        for (var start = 0; start < imsCase.Records.Length + size; start += size)
        {
            var records = imsCase.Records.Skip(start).Take(size).ToImmutableArray();
            batches.Add(new ImsCase
            {
                Recipient = recipient,
                Records = records,
                Actions = [.. previous.SelectMany(r => actions[r.Id])],
                Policies = imsCase.Policies,
            });
            previous = records;
        }

        batches.Add(new ImsCase { Recipient = recipient, Filings = imsCase.Filings, Policies = imsCase.Policies });
        return batches;
    }
}
