using System;
using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// What the engine knows of one record before any statement is computed: its place, route and
/// usable actions. A view of one row of a <see cref="RecordTable"/>; derived values are computed
/// on demand.
/// </summary>
internal readonly struct PreparedRecord(RecordTable table, int index) : IEquatable<PreparedRecord>
{
    private static readonly Instant[] NoRevisions = [];
    private static readonly (Instant?, Finding)[] NoFindings = [];

    /// <summary>The record's row in its table.</summary>
    public int Index => index;

    public InwardRecord Record => table.Source(index);

    public string Id => Record.Id;

    public Route Route
    {
        get => table.Facts(index).Route;
        set => table.Facts(index).Route = value;
    }

    /// <summary>The natural statement period (valid unless the route is NotFiled or Excluded).</summary>
    public ReturnPeriod Period
    {
        get => table.Facts(index).Period;
        set => table.Facts(index).Period = value;
    }

    public RuleSet RuleSet
    {
        get => table.Facts(index).RuleSet;
        set => table.Facts(index).RuleSet = value;
    }

    /// <summary>The rule that placed it in <see cref="Period"/> (R29, R31, R34).</summary>
    public string WindowRule => table.Facts(index).WindowRule switch
    {
        Engine.WindowRule.Monthly => RuleIds.R29,
        Engine.WindowRule.Gstr1A => RuleIds.R31,
        Engine.WindowRule.Quarterly => RuleIds.R34,
    };

    public Section Section
    {
        get => table.Facts(index).Section;
        set => table.Facts(index).Section = value;
    }

    /// <summary>A bill of entry moved at customs from or to another GSTIN (R53).</summary>
    public Transfer Transfer
    {
        get => table.Facts(index).Transfer;
        set => table.Facts(index).Transfer = value;
    }

    /// <summary>The section 16(4) deadline, for invoices, debit notes and bills of entry.</summary>
    public LocalDate? TimeLimit
    {
        get => table.Facts(index).TimeLimit;
        set => table.Facts(index).TimeLimit = value;
    }

    public PreparedRecord? Original
    {
        get => table.Facts(index).Original is var original and >= 0 ? table[original] : null;
        set => table.Facts(index).Original = value?.Index ?? -1;
    }

    /// <summary>Whether the supplier filed it after its own period's window, so it falls in a later statement (R30).</summary>
    public bool FiledLate
    {
        get => table.Facts(index).FiledLate;
        set => table.Facts(index).FiledLate = value;
    }

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

    /// <inheritdoc cref="RecordFacts.IsMobile"/>
    public bool IsMobile => table.Facts(index).IsMobile;

    /// <summary>Actions that survive the checks that do not depend on time, by instant.</summary>
    public ArraySegment<ImsAction> Actions => table.ActionsOf(index);

    /// <summary>Valid supplier revision instants, ascending.</summary>
    public IReadOnlyList<Instant> Revisions => table.ExtrasOf(index)?.Revisions ?? (IReadOnlyList<Instant>)NoRevisions;

    /// <summary>The records that amend this one directly (enumerated without allocating: it is asked in every statement).</summary>
    public AmendmentList Amendments => new(table, table.ExtrasOf(index)?.Amendments);

    public bool HasAmendments => table.ExtrasOf(index)?.Amendments is not null;

    /// <summary>Findings known before any statement; action findings carry the action's instant.</summary>
    public IReadOnlyList<(Instant? At, Finding Finding)> Findings => table.ExtrasOf(index)?.Findings ?? (IReadOnlyList<(Instant?, Finding)>)NoFindings;

    public void SetWindowRule(WindowRule rule) => table.Facts(index).WindowRule = rule;

    public void AddRevision(Instant revision) => (table.ExtrasFor(index).Revisions ??= []).Add(revision);

    public void AddAmendment(PreparedRecord amendment) => (table.ExtrasFor(index).Amendments ??= []).Add(amendment.Index);

    public void AddFinding(Instant? at, Finding finding) => (table.ExtrasFor(index).Findings ??= []).Add((at, finding));

    public void SortRevisions() => table.ExtrasOf(index)?.Revisions?.Sort();

    public bool Equals(PreparedRecord other) => index == other.Index && ReferenceEquals(table, other.Table);

    public override bool Equals(object? obj) => obj is PreparedRecord other && Equals(other);

    public override int GetHashCode() => index;

    private RecordTable Table => table;
}

/// <summary>A bill of entry moved at customs (R53).</summary>
internal enum Transfer : byte
{
    /// <summary>No transfer.</summary>
    None,

    /// <summary>Moved to this recipient from another GSTIN.</summary>
    In,

    /// <summary>Moved from this recipient to another GSTIN.</summary>
    Out,
}

/// <summary>The direct amendments of a record, as table rows.</summary>
internal readonly struct AmendmentList(RecordTable table, List<int>? indexes)
{
    public Enumerator GetEnumerator() => new(table, indexes);

    /// <summary>A struct enumerator, so <c>foreach</c> allocates nothing.</summary>
    public struct Enumerator(RecordTable table, List<int>? indexes)
    {
        private int _next = -1;

        public readonly PreparedRecord Current => table[indexes![_next]];

        public bool MoveNext() => indexes is not null && ++_next < indexes.Count;
    }
}
