using System.Collections.Generic;
using Ims.Rules.Actions;
using Ims.Rules.Findings;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Records;
using Ims.Rules.Statements;
using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>What the engine knows of one record before any statement is computed: its place, route and usable actions.</summary>
internal sealed class PreparedRecord(InwardRecord record)
{
    public InwardRecord Record { get; } = record;

    public string Id => Record.Id;

    public Route Route { get; set; } = Route.Ims;

    /// <summary>The natural statement period (valid unless the route is NotFiled or Excluded).</summary>
    public ReturnPeriod Period { get; set; }

    public RuleSet RuleSet { get; set; }

    /// <summary>The rule that placed it in <see cref="Period"/> (R29, R31, R34).</summary>
    public string WindowRule { get; set; } = RuleIds.R29;

    public Section Section { get; set; }

    /// <summary>The record's tax with the sign of its effect on ITC (negative for credit notes).</summary>
    public TaxAmounts SignedTax { get; set; }

    /// <summary>The value the record stands for once settled: its signed tax, or nil for a bill of entry moved to another GSTIN (R53).</summary>
    public TaxAmounts AmendedValue { get; set; }

    /// <summary>Whether the record is a bill of entry moved to or from another GSTIN at customs (R53).</summary>
    public bool IsTransfer { get; set; }

    /// <summary>The section 16(4) deadline, for invoices, debit notes and bills of entry.</summary>
    public LocalDate? TimeLimit { get; set; }

    public PreparedRecord? Original { get; set; }

    public int ChainPosition { get; set; }

    /// <summary>The records that amend this one directly.</summary>
    public List<PreparedRecord> Amendments { get; } = [];

    /// <summary>When the record enters statements: the filing, or for a bill of entry its receipt from ICEGATE.</summary>
    public Instant EntersAt { get; set; }

    public Instant VisibleFrom { get; set; }

    /// <summary>Actions that survive the checks that do not depend on time, by instant.</summary>
    public List<ImsAction> Actions { get; } = [];

    /// <summary>Valid supplier revision instants, ascending.</summary>
    public List<Instant> Revisions { get; } = [];

    /// <summary>Findings known before any statement; action findings carry the action's instant.</summary>
    public List<(Instant? At, Finding Finding)> Findings { get; } = [];

    public bool IsCreditNote => Record.Kind is RecordKind.CreditNote or RecordKind.IsdCreditNote;

    public bool IsBillOfEntry => Record.Kind == RecordKind.BillOfEntry;
}
