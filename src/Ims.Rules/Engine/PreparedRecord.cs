using System.Collections.Generic;
using Ims.Rules.Actions;
using Ims.Rules.Findings;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Records;
using Ims.Rules.Statements;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// What the engine knows of one record before any statement is computed: its place, route
/// and usable actions. Kept small (lists only when needed, derived values computed on
/// demand), because a large taxpayer has millions of them.
/// </summary>
internal sealed class PreparedRecord(InwardRecord record)
{
    private static readonly ImsAction[] NoActions = [];
    private static readonly Instant[] NoRevisions = [];
    private static readonly PreparedRecord[] NoAmendments = [];
    private static readonly (Instant?, Finding)[] NoFindings = [];

    private List<ImsAction>? _actions;
    private List<Instant>? _revisions;
    private List<PreparedRecord>? _amendments;
    private List<(Instant? At, Finding Finding)>? _findings;

    public InwardRecord Record { get; } = record;

    public string Id => Record.Id;

    public Route Route { get; set; } = Route.Ims;

    /// <summary>The natural statement period (valid unless the route is NotFiled or Excluded).</summary>
    public ReturnPeriod Period { get; set; }

    public RuleSet RuleSet { get; set; }

    /// <summary>The rule that placed it in <see cref="Period"/> (R29, R31, R34).</summary>
    public string WindowRule { get; set; } = RuleIds.R29;

    public Section Section { get; set; }

    /// <summary>A bill of entry moved at customs from or to another GSTIN (R53).</summary>
    public Transfer Transfer { get; set; }

    /// <summary>The section 16(4) deadline, for invoices, debit notes and bills of entry.</summary>
    public LocalDate? TimeLimit { get; set; }

    public PreparedRecord? Original { get; set; }

    /// <summary>Whether the supplier filed it after its own period's window, so it falls in a later statement (R30).</summary>
    public bool FiledLate { get; set; }

    public bool IsCreditNote => Record.Kind is RecordKind.CreditNote or RecordKind.IsdCreditNote;

    public bool IsBillOfEntry => Record.Kind == RecordKind.BillOfEntry;

    /// <summary>The record's tax with the sign of its effect on ITC (negative for credit notes).</summary>
    public TaxAmounts SignedTax => IsCreditNote ? Record.Tax.Negate() : Record.Tax;

    /// <summary>The value the record stands for once settled: its signed tax, or nil for a bill of entry moved to another GSTIN (R53).</summary>
    public TaxAmounts AmendedValue => Transfer == Transfer.Out ? TaxAmounts.Zero : SignedTax;

    /// <summary>When the record appeared in IMS.</summary>
    public Instant VisibleFrom => Record.SavedAt ?? Record.FiledAt ?? IndianTime.StartOf(Record.ReferenceDate ?? Record.Date);

    /// <summary>When the record enters statements: the filing, or for a bill of entry its receipt from ICEGATE.</summary>
    public Instant EntersAt => IsBillOfEntry ? VisibleFrom : Record.FiledAt ?? Instant.MaxValue;

    /// <summary>Whether it may land after its natural period (it can be Pending or Held), so later statements must look at it.</summary>
    public bool IsMobile => Route == Route.Ims && (_actions is not null || Original is not null);

    /// <summary>Actions that survive the checks that do not depend on time, by instant.</summary>
    public IReadOnlyList<ImsAction> Actions => _actions ?? (IReadOnlyList<ImsAction>)NoActions;

    /// <summary>Valid supplier revision instants, ascending.</summary>
    public IReadOnlyList<Instant> Revisions => _revisions ?? (IReadOnlyList<Instant>)NoRevisions;

    /// <summary>The records that amend this one directly.</summary>
    public IReadOnlyList<PreparedRecord> Amendments => _amendments ?? (IReadOnlyList<PreparedRecord>)NoAmendments;

    /// <summary>Findings known before any statement; action findings carry the action's instant.</summary>
    public IReadOnlyList<(Instant? At, Finding Finding)> Findings => _findings ?? (IReadOnlyList<(Instant?, Finding)>)NoFindings;

    public void AddAction(ImsAction action) => (_actions ??= []).Add(action);

    public void AddRevision(Instant revision) => (_revisions ??= []).Add(revision);

    public void AddAmendment(PreparedRecord amendment) => (_amendments ??= []).Add(amendment);

    public void AddFinding(Instant? at, Finding finding) => (_findings ??= []).Add((at, finding));

    /// <summary>Sorts the actions with <paramref name="comparison"/>.</summary>
    public void SortActions(System.Comparison<ImsAction> comparison) => _actions?.Sort(comparison);

    public void RemoveActionAt(int index) => _actions!.RemoveAt(index);

    public void SortRevisions() => _revisions?.Sort();
}

/// <summary>A bill of entry moved at customs (R53).</summary>
internal enum Transfer
{
    /// <summary>No transfer.</summary>
    None,

    /// <summary>Moved to this recipient from another GSTIN.</summary>
    In,

    /// <summary>Moved from this recipient to another GSTIN.</summary>
    Out,
}
