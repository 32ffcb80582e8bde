using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ims.Rules.Json;
using Ims.Rules.Orleans.Storage;
using NodaTime;
using Orleans;
using Orleans.Runtime;

namespace Ims.Rules.Orleans;

/// <summary>
/// The grain of one recipient. It holds the case as stored and, once asked a question, the prepared
/// <see cref="ImsEngine"/> for it, dropped when a batch changes the case. Every answer is the library's.
/// </summary>
internal sealed class RecipientGrain(
    [PersistentState("case", RecipientSiloBuilderExtensions.StorageName)] IPersistentState<RecipientState> stored)
    : Grain, IRecipientGrain
{
    private ImsEngine? _engine;
    private Gstin _gstin;

    /// <summary>The recipient's case, as last stored.</summary>
    private ImsCase Current => stored.State.CaseOr(_gstin);

    /// <summary>The prepared engine for <see cref="Current"/>, made on the first question after a change.</summary>
    private ImsEngine Engine => _engine ??= ImsEngine.Create(Current);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (!Gstin.TryParseAllowingBadCheckCharacter(key, out _gstin))
        {
            throw new ArgumentException($"'{key}' is not a GSTIN: a recipient grain is keyed by the recipient's GSTIN.");
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<BatchAnswer> Add(CaseBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcome = CaseMerge.Apply(_gstin, Current, batch);
        if (outcome is { Case: { } merged, Document: { } document })
        {
            var previous = stored.State;
            stored.State = RecipientState.Of(document, merged);
            try
            {
                await stored.WriteStateAsync();
                stored.State.Stored();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not stored, so not acknowledged: nothing changed. The database's own exception types may not cross
                // the wire (Orleans has no codec for them), so the caller gets the reason in words.
                stored.State = previous;
                throw new BatchNotStoredException($"The batch was not stored, and nothing changed; send it again. {e.GetType().Name}: {e.Message}");
            }

            _engine = null;
        }

        return outcome.Answer;
    }

    public Task<string> Statement(ReturnPeriod period, StatementMoment moment) =>
        Task.FromResult(ResultWriter.ToJson(Engine.Compute(period, moment)));

    public Task<string> Timeline(ReturnPeriod first, ReturnPeriod last, StatementMoment moment) =>
        Task.FromResult(TimelineWriter.ToJson(Engine.ComputeRange(first, last, moment)));

    public Task<RecordExplanation?> Explain(string recordId, Instant at)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var engine = Engine;
        if (engine.Decide(recordId, at) is not { } decision)
        {
            return Task.FromResult<RecordExplanation?>(null);
        }

        var placements = ImmutableArray.CreateBuilder<RecordPlacement>();
        if (decision.Period is { } first)
        {
            var now = engine.Calendar.StatementPeriodOf(IndianTime.InIst(at).Date.ToYearMonth());
            foreach (var statement in now < first ? [] : engine.ComputeEach(first, now, at))
            {
                if (statement.Documents.FirstOrDefault(d => d.RecordId == recordId) is { } document)
                {
                    placements.Add(new RecordPlacement(statement.Period, document.Bucket.ToString(), document.Section.ToString(), document.Rules));
                }
                else if (statement.CarryForward.Any(c => c.RecordId == recordId))
                {
                    placements.Add(new RecordPlacement(statement.Period, "CarriedForward", string.Empty, []));
                }
            }
        }

        return Task.FromResult<RecordExplanation?>(new RecordExplanation
        {
            RecordId = decision.RecordId,
            Route = decision.Route.ToString(),
            RouteRules = decision.RouteRules,
            Period = decision.Period,
            WindowRule = decision.WindowRule,
            Section = decision.Section.ToString(),
            TimeLimit = decision.TimeLimit is { } limit ? IsoTime.Format(limit) : null,
            PendingAllowed = decision.Pending?.Allowed ?? false,
            PendingReason = decision.Pending?.Reason ?? string.Empty,
            ActionInForce = decision.ActionInForce?.ToString(),
            Placements = placements.ToImmutable(),
            Findings = [.. engine.CaseFindings.Where(f => f.RecordId == recordId)],
        });
    }

    public Task<ImmutableArray<Finding>> Findings() => Task.FromResult(Engine.CaseFindings);

    public Task<string> CaseDocument() => Task.FromResult(CaseWriter.ToJson(Current));
}
