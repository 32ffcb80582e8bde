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

    public InwardRecord Source(int index) => source[_facts[index].Source];

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

    /// <summary>Sets every record's actions at once: <paramref name="actions"/> holds them grouped by record, at each record's <see cref="RecordFacts.ActionStart"/>.</summary>
    public void SetActions(ImsAction[] actions) => _actions = actions;
}
