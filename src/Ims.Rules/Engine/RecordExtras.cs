using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>The lists few records have (revisions, amendments, findings), kept apart so most records need none.</summary>
internal sealed class RecordExtras
{
    public List<Instant>? Revisions { get; set; }

    /// <summary>Table indexes of the records that amend this one directly.</summary>
    public List<int>? Amendments { get; set; }

    /// <summary>Findings known before any statement; action findings carry the action's instant.</summary>
    public List<(Instant? At, Finding Finding)>? Findings { get; set; }
}
