using System;
using System.Collections.Generic;
using Ims.Rules.Actions;
using Ims.Rules.Cases;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>The latest action on each record at an instant, as the case records it (ties: the later kind in <see cref="ActionKind"/> order, so input order never matters).</summary>
internal sealed class CurrentActions
{
    private readonly Dictionary<string, ImsAction> _latest = new(StringComparer.Ordinal);

    public CurrentActions(ImsCase imsCase, Instant at)
    {
        foreach (var action in imsCase.Actions.IsDefault ? [] : imsCase.Actions)
        {
            if (action?.RecordId is not { } id || action.At > at)
            {
                continue;
            }

            if (!_latest.TryGetValue(id, out var earlier) || action.At > earlier.At || (action.At == earlier.At && action.Action > earlier.Action))
            {
                _latest[id] = action;
            }
        }
    }

    /// <summary>The record's current action; No action when it has none.</summary>
    public ActionKind Of(string recordId) => _latest.TryGetValue(recordId, out var action) ? action.Action : ActionKind.NoAction;
}
