using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// One statement period of the ledger, as the fold left it: the instant it stands at, every acted-on or amending
/// record that landed in it, and what it carried on to the next period. Immutable once the fold has passed it.
/// </summary>
/// <param name="Period">The statement period.</param>
/// <param name="Instant">The instant its records were resolved at: its GSTR-3B filing when filed before the ledger's instant (R17), else that instant.</param>
/// <param name="FinalFrom">
/// From which instant every ledger finds this period and all before it the same: the latest of their GSTR-3B filings and
/// their records' entry; <see cref="Instant.MaxValue"/> while any of them is unfiled.
/// </param>
/// <param name="Landed">The acted-on and amending records that landed here (R14, R41–R43), in fold order.</param>
/// <param name="Carried">The records still waiting after this period: Pending (R14) or awaiting an original (R43).</param>
/// <param name="ByRecord">Where a record of an amendment chain is in <see cref="Landed"/>, for the versions that look back at it; <see langword="null"/> for none.</param>
/// <param name="Late">Positions in <see cref="Landed"/> of records acted on after GSTR-3B closed this period (R17).</param>
internal sealed record LedgerPeriod(
    ReturnPeriod Period,
    Instant Instant,
    Instant FinalFrom,
    LedgerEntry[] Landed,
    CarriedEntry[] Carried,
    Dictionary<int, int>? ByRecord,
    int[] Late);

/// <summary>A record that landed: where and how (<see cref="Landing"/>), its effect on ITC, and what it did to the supplier.</summary>
/// <param name="Index">The record's index in the record table.</param>
/// <param name="Landing">Its landing.</param>
/// <param name="Effect">Its ITC effect (R41, R42, R45, R26).</param>
/// <param name="Restriction">Why Pending was restricted for it when it landed (R22), which is also R47's trigger.</param>
/// <param name="SupplierEffect">What its landing does to the supplier (R47, R50); <see langword="null"/> for nothing.</param>
internal readonly record struct LedgerEntry(int Index, Landing Landing, Effect Effect, Restriction Restriction, SupplierEffect? SupplierEffect);

/// <summary>A record still waiting after a period, with the last resolution of its actions.</summary>
/// <param name="Index">The record's index in the record table.</param>
/// <param name="Resolution">Its state at <paramref name="At"/>: Pending or Held.</param>
/// <param name="At">The instant it was last resolved at.</param>
internal readonly record struct CarriedEntry(int Index, Resolution Resolution, Instant At);

/// <summary>R15–R27, R37, R43: a record's state at one instant from its actions.</summary>
/// <param name="State">The state.</param>
/// <param name="Deciding">The action in force, if any.</param>
/// <param name="Findings">What was ignored or assumed, up to the instant; <see langword="null"/> for nothing.</param>
/// <param name="Until">The earliest instant something could change it: an action, a revision, an expiry, the original's close.</param>
/// <param name="Restriction">Why Pending is restricted for the record at that instant (R22).</param>
internal readonly record struct Resolution(StateKind State, ImsAction? Deciding, List<Finding>? Findings, Instant Until, Restriction Restriction);
