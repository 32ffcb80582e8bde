using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ims.Rules.Engine;

/// <summary>
/// The prepared records of a case in arrays indexed by record: one <see cref="RecordFacts"/> each,
/// usable actions grouped by record in one array, and the rare lists apart. A large taxpayer has
/// millions of records; an object apiece would cost memory and collections.
/// </summary>
internal sealed class RecordTable(ImmutableArray<InwardRecord> source, int capacity)
{
    private readonly List<RecordExtras> _extras = [];
    private readonly RecordFacts[] _facts = new RecordFacts[capacity];
    private ImsAction[] _actions = [];

    private RecordTable(RecordTable prepared)
        : this(prepared.CaseRecords, 0)
    {
        _facts = (RecordFacts[])prepared._facts.Clone();
        Count = prepared.Count;
        _extras = prepared._extras.ConvertAll(extras => extras.WithoutActions());
        for (var i = 0; i < Count; i++)
        {
            _facts[i].ActionStart = 0;
            _facts[i].ActionCount = 0;
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
            var facts = prepared._facts[row];
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

            _facts[Count++] = facts;
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
        _facts[Count] = new RecordFacts { Source = sourceIndex, Original = -1 };
        return new PreparedRecord(this, Count++);
    }

    public ref RecordFacts Facts(int index) => ref _facts[index];

    public InwardRecord Source(int index) => CaseRecords[_facts[index].Source];

    public RecordExtras? ExtrasOf(int index) => _facts[index].Extras == 0 ? null : _extras[_facts[index].Extras - 1];

    public RecordExtras ExtrasFor(int index)
    {
        ref var facts = ref _facts[index];
        if (facts.Extras == 0)
        {
            _extras.Add(new RecordExtras());
            facts.Extras = _extras.Count;
        }

        return _extras[facts.Extras - 1];
    }

    public ArraySegment<ImsAction> ActionsOf(int index) =>
        _facts[index].ActionCount == 0 ? ArraySegment<ImsAction>.Empty : new(_actions, _facts[index].ActionStart, _facts[index].ActionCount);

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

    /// <summary>Sets every record's actions at once: <paramref name="actions"/> holds them grouped by record, at each record's <see cref="RecordFacts.ActionStart"/>.</summary>
    public void SetActions(ImsAction[] actions) => _actions = actions;
}
