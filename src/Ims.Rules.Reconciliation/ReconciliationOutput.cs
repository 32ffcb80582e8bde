using System;
using System.Collections.Generic;
using System.Linq;
using Ims.Rules.Gstn;

namespace Ims.Rules.Reconciliation;

/// <summary>
/// Turns the suggestions the user accepts into what is sent and what is checked first: the IMS
/// action upload (SAVE request) and the case with the actions added, whose statements can be
/// computed before anything is sent.
/// </summary>
public static class ReconciliationOutput
{
    /// <summary>The case with <paramref name="actions"/> added to its actions.</summary>
    /// <param name="imsCase">The case reconciled.</param>
    /// <param name="actions">The accepted suggestions' actions (<see cref="ReconciliationReport.SuggestedActions"/>, or a selection of them).</param>
    /// <returns>The case to compute statements from.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImsCase CaseWithActions(ImsCase imsCase, IEnumerable<ImsAction> actions)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        ArgumentNullException.ThrowIfNull(actions);
        return imsCase with { Actions = [.. imsCase.Actions.IsDefault ? [] : imsCase.Actions, .. actions] };
    }

    /// <summary>The IMS SAVE request for <paramref name="actions"/> on the case's records (<see cref="ImsActionUpload.Build"/>): what the portal would refuse is left out with a finding.</summary>
    /// <param name="imsCase">The case reconciled (without the actions).</param>
    /// <param name="actions">The accepted suggestions' actions.</param>
    /// <param name="portal">The portal's IMS data, when the case was read from it: it supplies <c>hash</c> and <c>prev_status</c>.</param>
    /// <returns>The request body, the actions in it and findings for the rest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> or <paramref name="actions"/> is null.</exception>
    public static ImsUploadPayload Upload(ImsCase imsCase, IEnumerable<ImsAction> actions, ImsInvoiceData? portal = null)
    {
        ArgumentNullException.ThrowIfNull(imsCase);
        ArgumentNullException.ThrowIfNull(actions);
        return ImsActionUpload.Build(ImsEngine.Create(imsCase), actions.ToList(), portal);
    }
}
