using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Where each IMS record stands at the suggestion instant, asked of the engine: in a statement
/// whose GSTR-3B is filed (closed: no action can change it, R17), or headed for the first
/// statement still open (its own period's, or a later one). Statements are computed once per
/// period, without the suggested actions, and shared with <see cref="EffectCalculator"/>.
/// </summary>
internal sealed class Landings
{
    private const int MaxPeriodsAhead = 240;
    private readonly ImsEngine _engine;
    private readonly Instant _at;
    private readonly ConcurrentDictionary<ReturnPeriod, Lazy<IndexedStatement>> _statements = new();
    private readonly ConcurrentDictionary<ReturnPeriod, Landing> _open = new();

    public Landings(ImsEngine engine, Instant at)
    {
        _engine = engine;
        _at = at;
    }

    /// <summary>The statement of a period without the suggested actions, as generated (or recomputed at the instant, when later); computed once, safe from many threads.</summary>
    public IndexedStatement Without(ReturnPeriod period) =>
        (_statements.TryGetValue(period, out var statement) ? statement // read a million times: no closure on this path
            : _statements.GetOrAdd(period, p => new Lazy<IndexedStatement>(() => new IndexedStatement(_engine.Compute(p, AsOf(p)))))).Value;

    /// <summary>
    /// Computes the statements of the closed periods the decisions name, side by side on every core, before <see cref="Of"/>
    /// reads them from many threads (which would otherwise wait for each other on the first read of each).
    /// </summary>
    public void PrepareClosed(IReadOnlyList<Ims.Rules.RecordDecision?> decisions)
    {
        var periods = new HashSet<ReturnPeriod>();
        foreach (var decision in decisions)
        {
            if (decision?.Period is { } period && _engine.Calendar.Gstr3bFiledAt(period) is { } filed && filed <= _at)
            {
                periods.Add(period);
            }
        }

        Parallel.ForEach(periods, period => Without(period));
    }

    /// <summary>When a statement is read: at its generation, or at the suggestion instant when that is later (a recompute).</summary>
    public StatementMoment AsOf(ReturnPeriod period) => _at > _engine.Calendar.GenerationInstant(period) ? StatementMoment.At(_at) : StatementMoment.Generated;

    /// <summary>
    /// Where the record stands: from the statement period the engine gives it (<see cref="ImsEngine.Decide(string, Instant)"/>), the
    /// first statement whose GSTR-3B is filed and that lists it (closed), or the first whose GSTR-3B is not yet filed (open);
    /// <see langword="null"/> when the engine gives it no period (not filed, left out).
    /// </summary>
    public Landing? Of(string recordId, Ims.Rules.RecordDecision? decision)
    {
        if (decision?.Period is not { } period)
        {
            return null;
        }

        if (_engine.Calendar.Gstr3bFiledAt(period) is not { } firstFiled || firstFiled > _at)
        {
            return _open.GetOrAdd(period, p => new Landing(p, null, null, null, null)); // open: one shared answer per period
        }

        for (var i = 0; i < MaxPeriodsAhead && _engine.Calendar.Gstr3bFiledAt(period) is { } filed && filed <= _at; i++)
        {
            var statement = Without(period);
            if (statement.Of(recordId).Document is { } document)
            {
                return new Landing(period, filed, statement, document, statement.ClosedText ??= $"GSTR-3B of {period} (filed {Text.Instant(filed)})");
            }

            period = _engine.Calendar.NextStatementPeriod(period);
        }

        return new Landing(period, null, null, null, null);
    }
}

/// <summary>Where a record stands: <see cref="ClosedAt"/> set when it is in a statement whose GSTR-3B was filed.</summary>
/// <param name="Period">The closed statement it is in, or the open one it is headed for.</param>
/// <param name="ClosedAt">When GSTR-3B of <paramref name="Period"/> was filed; <see langword="null"/> while open.</param>
/// <param name="Statement">The closed statement.</param>
/// <param name="Document">The record's document in it.</param>
/// <param name="ClosedText"><c>GSTR-3B of 2025-09 (filed 2025-10-20T17:00:00+05:30)</c>, written once per period.</param>
internal sealed record Landing(ReturnPeriod Period, Instant? ClosedAt, IndexedStatement? Statement, StatementDocument? Document, string? ClosedText);

/// <summary>A statement with, per record id, its document, whether it is carried forward, its findings and its supplier effects: one look-up answers all four.</summary>
internal sealed class IndexedStatement
{
    private readonly Dictionary<string, RecordEntry> _byRecord;
    private readonly Lazy<HashSet<Finding>> _findings;
    private readonly Dictionary<string, TaxAmounts>? _supplierChanges; // few records have one: kept apart, so every entry stays small

    public IndexedStatement(Gstr2bStatement statement)
    {
        Statement = statement;
        _findings = new Lazy<HashSet<Finding>>(() => [.. statement.Findings]);
        Title = $"{statement.Period} statement as of {Text.Instant(statement.AsOf)}";
        _byRecord = new Dictionary<string, RecordEntry>(statement.Documents.Length + statement.CarryForward.Length, StringComparer.Ordinal);
        foreach (var document in statement.Documents)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_byRecord, document.RecordId, out _);
            entry.Document ??= document; // of two documents of one id, the first
        }

        foreach (var carried in statement.CarryForward)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_byRecord, carried.RecordId, out _).Carried = true;
        }

        foreach (var finding in statement.Findings)
        {
            if (finding.RecordId is { } id)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(_byRecord, id, out _).Findings ??= []).Add(finding);
            }
        }

        foreach (var effect in statement.SupplierEffects)
        {
            var change = effect.Effect switch
            {
                SupplierEffectKind.LiabilityIncrease => effect.Amount,
                SupplierEffectKind.LiabilityDecrease => effect.Amount.Negate(),
            };
            _supplierChanges ??= new Dictionary<string, TaxAmounts>(StringComparer.Ordinal);
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_supplierChanges, effect.RecordId, out var exists);
            sum = exists ? sum + change : change;
        }
    }

    public Gstr2bStatement Statement { get; }

    /// <summary><c>2025-01 statement as of 2025-02-14T00:00:00+05:30</c>, written once for every effect on it.</summary>
    public string Title { get; }

    /// <summary>For a closed statement: <c>GSTR-3B of 2025-09 (filed …)</c>; set once by <see cref="Landings"/> (the same text from any thread).</summary>
    public string? ClosedText { get; set; }

    /// <summary>Texts every line on this statement shares, written once (effect summaries without amounts, reasons for information).</summary>
    public ConcurrentDictionary<(int Kind, int A, int B), string> SharedTexts { get; } = new();

    /// <summary>The statement's findings as a set, built on first need (hashing every finding is costly, and only the statements without the actions are asked).</summary>
    public HashSet<Finding> Findings => _findings.Value;

    /// <summary>What the statement says of a record; empty when it does not name it.</summary>
    public RecordEntry Of(string recordId) => _byRecord.TryGetValue(recordId, out var entry) ? entry : default;

    /// <summary>The change in the suppliers' liability a record causes here (R47), increases positive; zero without a supplier effect.</summary>
    public TaxAmounts SupplierChangeOf(string recordId) =>
        _supplierChanges is not null && _supplierChanges.TryGetValue(recordId, out var change) ? change : TaxAmounts.Zero;

    public static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}

/// <summary>What a statement says of one record.</summary>
internal struct RecordEntry
{
    /// <summary>Its document, when the statement lists it.</summary>
    public StatementDocument? Document;

    /// <summary>Whether it is carried forward as Pending.</summary>
    public bool Carried;

    /// <summary>The findings on it, in statement order.</summary>
    public List<Finding>? Findings;
}
