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

    /// <summary>How many of <see cref="Findings"/> come before the actions (about the record itself): an engine with other actions keeps only these.</summary>
    public int RecordFindings { get; set; }

    /// <summary>A copy for an engine with other actions: the record's own findings, none about actions; the lists read only after preparation are shared.</summary>
    public RecordExtras WithoutActions() => new()
    {
        Revisions = Revisions,
        Amendments = Amendments,
        Findings = RecordFindings == 0 ? null : Findings!.GetRange(0, RecordFindings),
        RecordFindings = RecordFindings,
    };
}
