using System.Collections.Generic;

namespace Ims.Rules.Engine;

/// <summary>Where and how a record settles as seen from one computation: the statement it lands in, or that it is still waiting.</summary>
/// <param name="Landed">Whether it is in a statement up to the target period.</param>
/// <param name="Period">The statement it lands in; when still waiting, the last one considered.</param>
/// <param name="State">The state that decided it (Pending or Held when it is still waiting).</param>
/// <param name="Deciding">The action that decided it, if any.</param>
/// <param name="WasPending">Whether it waited in an earlier statement first.</param>
/// <param name="Findings">What the rules ignored or assumed for it, up to the deciding instant; <see langword="null"/> for none.</param>
internal readonly record struct Landing(bool Landed, ReturnPeriod Period, StateKind State, ImsAction? Deciding, bool WasPending, List<Finding>? Findings)
{
    /// <summary>A record not (yet) in any statement up to the target: filed later, or of a later period.</summary>
    public static readonly Landing NotYet = new(false, default, StateKind.NoAction, null, false, null);

    /// <summary>Whether it is carried forward at the target.</summary>
    public bool Waiting => !Landed && State is StateKind.Pending or StateKind.Held;

    /// <summary>Whether it landed with the recipient taking its ITC effect.</summary>
    public bool Accepting => Landed && State is StateKind.Accept or StateKind.NoAction or StateKind.Expired;
}
