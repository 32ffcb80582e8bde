using NodaTime;

namespace Ims.Rules.Engine;

/// <summary>
/// What preparation found out about one record, stored by value in <see cref="RecordTable"/>. It holds
/// no references, so a table of millions is one block the garbage collector never has to trace.
/// </summary>
internal struct RecordFacts
{
    /// <summary>The record's index in the case's records.</summary>
    public int Source;

    public ReturnPeriod Period;

    public LocalDate? TimeLimit;

    public Route Route;

    public Transfer Transfer;

    public WindowRule WindowRule;

    public bool FiledLate;

    /// <summary>The table index of the record this one amends, or -1.</summary>
    public int Original;

    /// <summary>One more than the index of the record's <see cref="RecordExtras"/>, or 0 for none.</summary>
    public int Extras;

    /// <summary>Where the record's usable actions start in the table's action array.</summary>
    public int ActionStart;

    public int ActionCount;

    // The rule set and section as bytes (both enums are small): four bytes less (44, not 48) a record's facts.
    private byte _ruleSet;
    private byte _section;

    public RuleSet RuleSet
    {
        readonly get => (RuleSet)_ruleSet;
        set => _ruleSet = (byte)value;
    }

    public Section Section
    {
        readonly get => (Section)_section;
        set => _section = (byte)value;
    }

    /// <summary>Whether it may land after its natural period (it can be Pending or Held), so later statements must look at it.</summary>
    public readonly bool IsMobile => Route == Route.Ims && (ActionCount > 0 || Original >= 0);
}

/// <summary>The rule that placed a record in its natural period.</summary>
internal enum WindowRule : byte
{
    /// <summary>R29: the filing window of a monthly period.</summary>
    Monthly,

    /// <summary>R31: GSTR-1A, after the supplier's own period.</summary>
    Gstr1A,

    /// <summary>R34: a quarterly recipient's statement period.</summary>
    Quarterly,
}
