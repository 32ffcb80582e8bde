using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ims.Rules.Json;
using Ims.Rules.Orleans.Tests.Support;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Ims.Rules.Orleans.Tests;

/// <summary>
/// The recipient grain in a cluster of three silos storing in PostgreSQL, against the library in process on the same
/// events: every answer is the library's, whatever the batches' order, repetition or the silos' failures.
/// </summary>
[Collection(SharedCluster.Name)]
public sealed class RecipientGrainTests(ClusterFixture fixture)
{
    private static readonly ReturnPeriod First = ReturnPeriod.Month(2025, 4);
    private static readonly ReturnPeriod Last = ReturnPeriod.Month(2025, 9);

    private IRecipientGrain Grain(ImsCase imsCase) => fixture.Cluster.GrainFactory.GetGrain<IRecipientGrain>(imsCase.Recipient.Gstin.ToString());

    /// <summary>Every statement of the case at three moments, and its timeline and findings, as the cluster and as the library give them.</summary>
    private async Task ShouldAnswerAsLibrary(ImsCase imsCase)
    {
        var engine = ImsEngine.Create(imsCase);
        var grain = Grain(imsCase);
        var midMonth = Instant.FromUtc(2025, 8, 3, 10, 0);
        for (var period = First; period <= Last; period = period.Next())
        {
            foreach (var moment in new[] { StatementMoment.Generated, StatementMoment.Filed, StatementMoment.At(midMonth) })
            {
                (await grain.Statement(period, moment)).Should().Be(ResultWriter.ToJson(engine.Compute(period, moment)), $"{period} {moment}");
            }
        }

        (await grain.Timeline(First, Last, StatementMoment.Filed)).Should().Be(TimelineWriter.ToJson(engine.ComputeRange(First, Last, StatementMoment.Filed)));
        (await grain.Findings()).Should().Equal(engine.CaseFindings);
    }

    private static async Task Send(IRecipientGrain grain, IEnumerable<ImsCase> batches)
    {
        foreach (var batch in batches)
        {
            var answer = await grain.Add(CaseBatch.Of(batch));
            answer.Accepted.Should().BeTrue(string.Join("; ", answer.Findings));
        }
    }

    [PostgresFact]
    public async Task Statement_GeneratedCasesStreamedInBatches_EqualsImsEngine()
    {
        var cases = Enumerable.Range(100, 4).Select(i => RecipientStream.Case(i, 40 + (i % 4 * 10))).ToList();
        await Task.WhenAll(cases.Select(c => Send(Grain(c), RecipientStream.Batches(c, 12))));

        foreach (var imsCase in cases)
        {
            await ShouldAnswerAsLibrary(imsCase);
        }
    }

    [PostgresFact]
    public async Task Add_DuplicateAndReorderedBatches_ChangeNothing()
    {
        var imsCase = RecipientStream.Case(200, 50);
        var batches = RecipientStream.Batches(imsCase, 10);
        var grain = Grain(imsCase);

        // The same events, cut otherwise and sent in another order: the filings first, the records' batches last first,
        // then the actions' batches last first, and half of them twice.
        var records = batches.Select(b => b with { Actions = [] }).Where(b => !b.Records.IsEmpty).Reverse();
        var actions = batches.Select(b => b with { Records = [] }).Where(b => !b.Actions.IsEmpty).Reverse();
        var reordered = batches.TakeLast(1).Concat(records).Concat(actions).ToList();
        await Send(grain, reordered.Concat(reordered.Where((_, i) => i % 2 == 0)));
        var stored = await grain.CaseDocument();

        // Every batch of the stream again, now in order: nothing new.
        foreach (var batch in batches)
        {
            var again = await grain.Add(CaseBatch.Of(batch));
            again.Should().Match<BatchAnswer>(a => a.Accepted && !a.Changed);
        }

        (await grain.CaseDocument()).Should().Be(stored);
        await ShouldAnswerAsLibrary(imsCase);
    }

    [PostgresFact]
    public async Task Add_ActionsBeforeTheirRecords_RejectedThenAcceptedOnceTheRecordsCame()
    {
        var imsCase = RecipientStream.Case(250, 20);
        var batches = RecipientStream.Batches(imsCase, 10);
        var grain = Grain(imsCase);
        var early = await grain.Add(CaseBatch.Of(batches[1]));
        early.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.All(f => f.Code == JsonFindingCodes.UnknownRecord));
        (await grain.Findings()).Should().BeEmpty();

        await Send(grain, batches);
        await ShouldAnswerAsLibrary(imsCase);
    }

    [PostgresFact]
    public async Task Add_SiloStoppedMidStream_LosesNoAcknowledgedEvent()
    {
        // Placement is the cluster's choice: recipients are added six at a time until a silo other than the primary (which
        // the test cluster's membership rests on) hosts some of them; that silo, the one hosting most, is stopped.
        var cases = new List<ImsCase>();
        var streams = new List<(IRecipientGrain Grain, IReadOnlyList<ImsCase> Batches)>();
        var half = 0;
        global::Orleans.TestingHost.SiloHandle victim = null!;
        ILookup<SiloAddress, DetailedGrainStatistic> hosted = null!;
        for (var round = 0; round < 5 && (victim is null || !hosted[victim.SiloAddress].Any()); round++)
        {
            var more = Enumerable.Range(300 + (6 * round), 6).Select(i => RecipientStream.Case(i, 30)).ToList();
            var added = more.Select(c => (Grain: Grain(c), Batches: RecipientStream.Batches(c, 8))).ToList();
            cases.AddRange(more);
            streams.AddRange(added);
            half = streams.Max(s => s.Batches.Count) / 2;
            await Task.WhenAll(added.Select(s => Send(s.Grain, s.Batches.Take(half))));
            foreach (var (grain, _) in added)
            {
                await grain.Findings(); // every grain active, its engine prepared
            }

            var statistics = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
            var keys = cases.Select(c => c.Recipient.Gstin.ToString()).ToHashSet();
            hosted = statistics.Where(s => keys.Contains(s.GrainId.Key.ToString()!)).ToLookup(s => s.SiloAddress);
            victim = fixture.Cluster.Silos.Where(s => s != fixture.Cluster.Primary).MaxBy(s => hosted[s.SiloAddress].Count())!;
        }

        hosted[victim.SiloAddress].Should().NotBeEmpty("the stopped silo must hold some of the recipients");
        await fixture.Cluster.StopSiloAsync(victim);
        try
        {
            await Task.WhenAll(streams.Select(s => Send(s.Grain, s.Batches.Skip(half))));
            foreach (var imsCase in cases)
            {
                await ShouldAnswerAsLibrary(imsCase);
            }
        }
        finally
        {
            await fixture.Cluster.StartAdditionalSiloAsync();
        }
    }

    [PostgresFact]
    public async Task Add_BadBatches_RejectedWithLibraryFindingsAndNothingChanged()
    {
        var imsCase = RecipientStream.Case(400, 20);
        var grain = Grain(imsCase);
        await Send(grain, RecipientStream.Batches(imsCase, 20));
        var stored = await grain.CaseDocument();

        // Unreadable: the reader's own findings.
        var broken = CaseWriter.ToJson(new ImsCase { Recipient = imsCase.Recipient, Records = [imsCase.Records[0] with { Id = "new-1" }] }).Replace("\"new-1\"", "\"new-1\",", StringComparison.Ordinal);
        var unreadable = await grain.Add(new CaseBatch(broken));
        unreadable.Accepted.Should().BeFalse();
        unreadable.Findings.Select(f => f.Code).Should().Equal(CaseReader.Read(broken).Errors.Select(f => f.Code));

        // An action on a record the case does not have: the reader's finding.
        var orphan = await grain.Add(CaseBatch.Of(new ImsCase { Recipient = imsCase.Recipient, Actions = [imsCase.Actions[0] with { RecordId = "nowhere" }] }));
        orphan.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.Any(f => f.Code == JsonFindingCodes.UnknownRecord));

        // A record id sent again with other content, a filing of a filed period at another instant, another recipient.
        var changed = await grain.Add(CaseBatch.Of(new ImsCase { Recipient = imsCase.Recipient, Records = [imsCase.Records[1] with { Number = "OTHER-1" }] }));
        changed.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.Single().Code == OrleansFindingCodes.Conflict && a.Findings.Single().RecordId == imsCase.Records[1].Id);
        var (month, filed) = imsCase.Filings.Gstr3b.First();
        var refiled = await grain.Add(CaseBatch.Of(new ImsCase { Recipient = imsCase.Recipient, Filings = new Filings { Gstr3b = imsCase.Filings.Gstr3b.SetItem(month, filed + Duration.FromDays(1)) } }));
        refiled.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.Single().Code == OrleansFindingCodes.Conflict);
        var stranger = await grain.Add(CaseBatch.Of(RecipientStream.Case(401, 3)));
        stranger.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.Single().Code == OrleansFindingCodes.Recipient);

        // A record the engine leaves out is accepted, and the case's findings are the library's.
        var bad = imsCase.Records[2] with { Id = "bad-1", Number = string.Empty };
        (await grain.Add(CaseBatch.Of(new ImsCase { Recipient = imsCase.Recipient, Records = [bad] }))).Accepted.Should().BeTrue();
        (await grain.CaseDocument()).Should().NotBe(stored);
        await ShouldAnswerAsLibrary(imsCase with { Records = imsCase.Records.Add(bad) });
    }

    [PostgresFact]
    public async Task Storage_AcceptedBatches_StoredAsTheImsCaseDocument()
    {
        var imsCase = RecipientStream.Case(500, 15);
        var grain = Grain(imsCase);
        await Send(grain, RecipientStream.Batches(imsCase, 5));

        var stored = await fixture.StoredDocument(imsCase.Recipient.Gstin.ToString());
        stored.Should().Be(await grain.CaseDocument());
        var read = CaseReader.Read(stored!);
        read.Errors.Should().BeEmpty();
        read.GetValueOrThrow().Records.Select(r => r.Id).Should().BeEquivalentTo(imsCase.Records.Select(r => r.Id));
    }

    [PostgresFact]
    public async Task Add_StoredVersionMovedByAnotherWriter_NotStoredAndNothingChanged()
    {
        var imsCase = RecipientStream.Case(510, 8);
        var grain = Grain(imsCase);
        var batches = RecipientStream.Batches(imsCase, 2).ToList();
        await Send(grain, batches.Take(1));
        var gstin = imsCase.Recipient.Gstin.ToString();
        var before = await fixture.StoredDocument(gstin);
        await fixture.WriteBehindTheGrain(gstin);

        var write = () => grain.Add(CaseBatch.Of(batches[1]));

        (await write.Should().ThrowAsync<BatchNotStoredException>()).WithMessage("*InconsistentStateException*");
        (await fixture.StoredDocument(gstin)).Should().Be(before);
        (await grain.CaseDocument()).Should().Be(before);
    }

    [PostgresFact]
    public async Task Explain_Record_IsTheEnginesDecision()
    {
        var imsCase = RecipientStream.Case(600, 20);
        var grain = Grain(imsCase);
        await Send(grain, RecipientStream.Batches(imsCase, 20));
        var engine = ImsEngine.Create(imsCase);
        var at = Instant.FromUtc(2025, 9, 30, 0, 0);

        foreach (var record in imsCase.Records.Take(5))
        {
            var decision = engine.Decide(record.Id, at)!;
            var explanation = await grain.Explain(record.Id, at);
            explanation.Should().NotBeNull();
            explanation!.Route.Should().Be(decision.Route.ToString());
            explanation.Period.Should().Be(decision.Period);
            explanation.RouteRules.Should().Equal(decision.RouteRules);
            explanation.PendingReason.Should().Be(decision.Pending!.Reason);
            explanation.ActionInForce.Should().Be(decision.ActionInForce?.ToString());
        }

        (await grain.Explain("no-such-record", at)).Should().BeNull();
    }
}
