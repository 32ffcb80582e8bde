using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Ims.Rules.Cases;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// A whole reconciliation of a year — matching, a suggestion for every line, and each suggestion's
/// statement effect computed by the engine with and without the actions — one million documents a
/// side, in the two shapes that used to differ a hundredfold: every period open, and eleven of twelve
/// closed by their GSTR-3B (the target: under 10 seconds in both).
/// </summary>
[MemoryDiagnoser]
[LargeRun]
public class ReconcileBenchmarks
{
    private List<BookEntry> _books = null!;
    private ImsCase _case = null!;

    [Params(1_000_000)]
    public int Documents { get; set; }

    [Params(false, true)]
    public bool ElevenClosed { get; set; }

    [GlobalSetup]
    public void Setup() => (_books, _case) = SyntheticBooks.Generate(Documents, seed: 42, ElevenClosed);

    [Benchmark]
    public ReconciliationReport Reconcile() => Reconciler.Reconcile(_books, _case, new ReconciliationOptions { At = SyntheticBooks.YearEnd });
}
