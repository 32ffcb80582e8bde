using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Gstn.Internal;
using NodaTime;

namespace Ims.Rules.Gstn;

/// <summary>
/// Compares the portal's Pending flags (<c>ispendactblocked</c>, and <c>ispendactnallwd</c> where
/// given) with what the engine decides through <see cref="ImsEngine.PendingAllowance"/>.
/// </summary>
public static class PendingFlagCheck
{
    /// <summary>
    /// One <see cref="GstnFindingCodes.PendingFlagMismatch"/> warning per record and flag where the
    /// portal and the engine disagree, and one <see cref="GstnFindingCodes.PendingFlagUnchecked"/>
    /// note per flagged record the engine left out.
    /// </summary>
    /// <param name="data">The IMS data as read.</param>
    /// <param name="engine">An engine for a case holding the data's records (for example from <see cref="ImsInvoiceData.ToCase"/>).</param>
    /// <param name="at">The instant to ask about; <see langword="null"/> for <see cref="ImsInvoiceData.ActionsAt"/>, when the data was downloaded.</param>
    /// <returns>The findings, in the order of the records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="engine"/> is null.</exception>
    public static ImmutableArray<Finding> Compare(ImsInvoiceData data, ImsEngine engine, Instant? at = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(engine);
        var instant = at ?? data.ActionsAt;
        var leftOut = engine.CaseFindings
            .Where(f => f.Severity == Severity.Error && f.RecordId is not null)
            .Select(f => f.RecordId!)
            .ToHashSet(StringComparer.Ordinal);

        var findings = new List<Finding>();
        foreach (var portal in data.PortalRecords)
        {
            var flags = new List<(string Name, bool Blocked)>();
            if (portal.PendingActionBlocked is { } blocked)
            {
                flags.Add(("ispendactblocked", blocked));
            }

            if (portal.PendingActionNotAllowed is { } notAllowed)
            {
                flags.Add(("ispendactnallwd", notAllowed));
            }

            if (flags.Count == 0)
            {
                continue;
            }

            if (leftOut.Contains(portal.RecordId))
            {
                findings.Add(new Finding(GstnFindingCodes.PendingFlagUnchecked, Severity.Info, portal.RecordId,
                    $"The portal's Pending flag of {portal.Path} cannot be compared: the engine left the record out (see its error findings)."));
                continue;
            }

            var allowance = engine.PendingAllowance(portal.RecordId, instant);
            foreach (var (name, portalBlocked) in flags)
            {
                if (portalBlocked == !allowance.Allowed)
                {
                    continue;
                }

                findings.Add(new Finding(GstnFindingCodes.PendingFlagMismatch, Severity.Warning, portal.RecordId,
                    $"The portal says {name} = {(portalBlocked ? "Y" : "N")} for {portal.Path}, but at {PortalFormat.Instant(instant)} the engine {(allowance.Allowed ? "allows" : "blocks")} Pending: {allowance.Reason}"));
            }
        }

        return [.. findings];
    }
}
