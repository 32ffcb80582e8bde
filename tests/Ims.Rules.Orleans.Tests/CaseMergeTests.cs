using System.Linq;
using Ims.Rules.Json;
using Ims.Rules.Orleans.Tests.Support;

namespace Ims.Rules.Orleans.Tests;

/// <summary>How a batch is added to a case, without a cluster or a database: these run everywhere.</summary>
public sealed class CaseMergeTests
{
    private static readonly ImsCase Full = RecipientStream.Case(700, 30);

    private static ImsCase Empty => new() { Recipient = Full.Recipient };

    private static ImsCase Apply(ImsCase current, params ImsCase[] batches)
    {
        foreach (var batch in batches)
        {
            var outcome = CaseMerge.Apply(Full.Recipient.Gstin, current, CaseBatch.Of(batch));
            outcome.Answer.Accepted.Should().BeTrue(string.Join("; ", outcome.Answer.Findings));
            current = outcome.Case ?? current;
        }

        return current;
    }

    [Fact]
    public void Apply_StreamInBatches_GivesTheWholeCaseAndItsStatements()
    {
        var merged = Apply(Empty, [.. RecipientStream.Batches(Full, 7)]);

        merged.Records.Select(r => r.Id).Should().Equal(Full.Records.Select(r => r.Id));
        merged.Actions.Should().HaveCount(Full.Actions.Length);
        merged.Filings.Gstr3b.Should().BeEquivalentTo(Full.Filings.Gstr3b);
        ResultWriter.ToJson(ImsEngine.Compute(merged, Ims.Rules.ReturnPeriod.Month(2025, 6)))
            .Should().Be(ResultWriter.ToJson(ImsEngine.Compute(Full, Ims.Rules.ReturnPeriod.Month(2025, 6))));
    }

    [Fact]
    public void Apply_SameBatchAgain_IsAcceptedAndChangesNothing()
    {
        var batches = RecipientStream.Batches(Full, 10);
        var merged = Apply(Empty, [.. batches]);

        foreach (var batch in batches)
        {
            var again = CaseMerge.Apply(Full.Recipient.Gstin, merged, CaseBatch.Of(batch));
            again.Answer.Should().Match<BatchAnswer>(a => a.Accepted && !a.Changed);
            again.Case.Should().BeNull();
        }
    }

    [Fact]
    public void Apply_ActionOnARecordOfAnEarlierBatch_IsAccepted()
    {
        var withRecords = Apply(Empty, Full with { Actions = [], Filings = Filings.None });

        var outcome = CaseMerge.Apply(Full.Recipient.Gstin, withRecords, CaseBatch.Of(Empty with { Actions = Full.Actions }));

        outcome.Answer.Should().Match<BatchAnswer>(a => a.Accepted && a.NewActions == Full.Actions.Length && a.NewRecords == 0);
        outcome.Case!.Actions.Length.Should().Be(Full.Actions.Length);
    }

    [Fact]
    public void Apply_ChangedRecordOrFiling_IsRejectedAsAConflict()
    {
        var merged = Apply(Empty, Full);
        var (month, filed) = Full.Filings.Gstr3b.First();

        var record = CaseMerge.Apply(Full.Recipient.Gstin, merged, CaseBatch.Of(Empty with { Records = [Full.Records[0] with { Number = "X-1" }] }));
        var filing = CaseMerge.Apply(Full.Recipient.Gstin, merged, CaseBatch.Of(Empty with { Filings = new Filings { Gstr3b = Full.Filings.Gstr3b.SetItem(month, filed.PlusTicks(1)) } }));

        record.Answer.Findings.Should().ContainSingle(f => f.Code == OrleansFindingCodes.Conflict && f.RecordId == Full.Records[0].Id);
        filing.Answer.Findings.Should().ContainSingle(f => f.Code == OrleansFindingCodes.Conflict);
        new[] { record, filing }.Should().OnlyContain(o => !o.Answer.Accepted && o.Case == null);
    }

    [Fact]
    public void Apply_AnotherRecipientsBatch_IsRejected()
    {
        var other = RecipientStream.Case(701, 2);

        var outcome = CaseMerge.Apply(Full.Recipient.Gstin, Empty, CaseBatch.Of(other));

        outcome.Answer.Should().Match<BatchAnswer>(a => !a.Accepted && a.Findings.Single().Code == OrleansFindingCodes.Recipient);
    }

    [Fact]
    public void Apply_UnreadableBatch_AnswersTheReadersFindings()
    {
        const string broken = "{\"format\": \"ims-case/1\", \"recipient\": ";

        var outcome = CaseMerge.Apply(Full.Recipient.Gstin, Empty, new CaseBatch(broken));

        outcome.Answer.Accepted.Should().BeFalse();
        outcome.Answer.Findings.Should().Equal(CaseReader.Read(broken).Errors);
    }
}
