using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>The action the engine holds in force on each record at an instant (<see cref="Ims.Rules.RecordDecision.ActionInForce"/>, R15).</summary>
internal sealed class CurrentActions(ImsEngine engine, Instant at)
{
    /// <summary>The record's current action; No action when it has none.</summary>
    public ActionKind Of(string recordId) => engine.Decide(recordId, at)?.ActionInForce?.Action ?? ActionKind.NoAction;
}
