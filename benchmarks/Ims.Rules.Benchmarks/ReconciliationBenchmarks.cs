using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// Matching a year of books against IMS (1 million documents a side must take under 10 seconds),
/// against the floor: one plain loop over both sides summing their tax.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private List<BookEntry> _books = null!;
    private ImsCase _case = null!;

    [Params(1_000_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => (_books, _case) = SyntheticBooks.Generate(Documents, seed: 42);

    [Benchmark(Baseline = true)]
    public TaxAmounts Floor()
    {
        var sum = TaxAmounts.Zero;
        foreach (var entry in _books)
        {
            sum += entry.Tax;
        }

        foreach (var record in _case.Records)
        {
            sum -= record.Tax;
        }

        return sum;
    }

    [Benchmark]
    public ImmutableArray<ReconciliationLine> Match() => Reconciler.Match(_books, _case);
}
