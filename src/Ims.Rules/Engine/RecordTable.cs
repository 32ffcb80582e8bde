using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ims.Rules.Engine;

/// <summary>
/// The prepared records of a case in arrays indexed by record: one <see cref="RecordFacts"/> each,
/// usable actions grouped by record in one array, and the rare lists apart. A large taxpayer has
/// millions of records; an object apiece would cost memory and collections.
/// </summary>
/// <remarks>
/// A small case's facts are held in blocks of 1,024 (48 KB), below the large-object heap: a service preparing many
/// small cases would otherwise fill it and collect the whole heap every few cases. A large case's are one array,
/// which the collector never has to copy.
/// </remarks>
internal sealed class RecordTable(ImmutableArray<InwardRecord> source, int capacity)
{
    private const int BlockShift = 10;

    private readonly List<RecordExtras> _extras = [];
    private readonly RecordFacts[][] _blocks = Blocks(capacity);
    private readonly int _shift = capacity <= 1 << 16 ? BlockShift : 31;
    private readonly int _mask = capacity <= 1 << 16 ? (1 << BlockShift) - 1 : int.MaxValue;
    private ImsAction[] _actions = [];

    private RecordTable(RecordTable prepared)
        : this(prepared.CaseRecords, 0)
    {
        _blocks = Array.ConvertAll(prepared._blocks, block => (RecordFacts[])block.Clone());
        _shift = prepared._shift;
        _mask = prepared._mask;
        Count = prepared.Count;
        _extras = prepared._extras.ConvertAll(extras => extras.WithoutActions());
        for (var i = 0; i < Count; i++)
        {
            ref var facts = ref Facts(i);
            facts.ActionStart = 0;
            facts.ActionCount = 0;
        }
    }

    private RecordTable(RecordTable prepared, ImmutableArray<InwardRecord> records, List<int> rows)
        : this(records, rows.Count)
    {
        var map = new Dictionary<int, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            map[rows[i]] = i;
        }

        foreach (var row in rows)
        {
            var facts = prepared.Facts(row);
            facts.Source = Count;
            facts.Original = facts.Original < 0 ? -1 : map[facts.Original];
            facts.ActionStart = 0;
            facts.ActionCount = 0;
            if (facts.Extras != 0)
            {
                var extras = prepared._extras[facts.Extras - 1].WithoutActions();
                extras.Amendments = extras.Amendments?.ConvertAll(amendment => map[amendment]);
                _extras.Add(extras);
                facts.Extras = _extras.Count;
            }

            Facts(Count++) = facts;
        }
    }

    /// <summary>The case's records.</summary>
    public ImmutableArray<InwardRecord> CaseRecords { get; } = source;

    /// <summary>The number of records.</summary>
    public int Count { get; private set; }

    /// <summary>The record at <paramref name="index"/>.</summary>
    public PreparedRecord this[int index] => new(this, index);

    /// <summary>Adds the case's record at <paramref name="sourceIndex"/> (never more than the capacity: one row per case record at most).</summary>
    public PreparedRecord Add(int sourceIndex)
    {
        Facts(Count) = new RecordFacts { Source = sourceIndex, Original = -1 };
        return new PreparedRecord(this, Count++);
    }

    public ref RecordFacts Facts(int index) => ref _blocks[index >> _shift][index & _mask];

    public InwardRecord Source(int index) => CaseRecords[Facts(index).Source];

    public RecordExtras? ExtrasOf(int index) => Facts(index).Extras is var extras and not 0 ? _extras[extras - 1] : null;

    public RecordExtras ExtrasFor(int index)
    {
        ref var facts = ref Facts(index);
        if (facts.Extras == 0)
        {
            _extras.Add(new RecordExtras());
            facts.Extras = _extras.Count;
        }

        return _extras[facts.Extras - 1];
    }

    public ArraySegment<ImsAction> ActionsOf(int index)
    {
        ref readonly var facts = ref Facts(index);
        return facts.ActionCount == 0 ? ArraySegment<ImsAction>.Empty : new(_actions, facts.ActionStart, facts.ActionCount);
    }

    /// <summary>Notes, before the actions are prepared, how many findings each record has of its own.</summary>
    public void MarkRecordFindings()
    {
        foreach (var extras in _extras)
        {
            extras.RecordFindings = extras.Findings?.Count ?? 0;
        }
    }

    /// <summary>The same records as prepared, without their actions or the findings about them: for preparing other actions on them.</summary>
    public RecordTable WithoutActions() => new(this);

    /// <summary>
    /// Some rows as prepared, without their actions, for a case of <paramref name="records"/> (those rows' records, in order):
    /// every original and amendment of a row must be among them.
    /// </summary>
    public RecordTable Rows(ImmutableArray<InwardRecord> records, List<int> rows) => new(this, records, rows);

    /// <summary>Room for <paramref name="capacity"/> facts: blocks of 1,024 for a small case, else one array.</summary>
    private static RecordFacts[][] Blocks(int capacity)
    {
        if (capacity > 1 << 16)
        {
            return [new RecordFacts[capacity]];
        }

        var blocks = new RecordFacts[(capacity + (1 << BlockShift) - 1) >> BlockShift][];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new RecordFacts[Math.Min(1 << BlockShift, capacity - (i << BlockShift))];
        }

        return blocks;
    }

    /// <summary>Sets every record's actions at once: <paramref name="actions"/> holds them grouped by record, at each record's <see cref="RecordFacts.ActionStart"/>.</summary>
    public void SetActions(ImsAction[] actions) => _actions = actions;
}
