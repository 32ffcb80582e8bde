using BenchmarkDotNet.Attributes;
using Ims.Rules.Cases;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Statements;

namespace Ims.Rules.Benchmarks;

/// <summary>One statement over a year of records, against the floor: a plain loop summing the same records' tax.</summary>
[MemoryDiagnoser]
public class StatementBenchmarks
{
    private ImsCase _case = null!;
    private ImsEngine _engine = null!;

    [Params(10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _case = SyntheticCase.Generate(Records, seed: 42);
        _engine = ImsEngine.Create(_case);
    }

    [Benchmark(Baseline = true)]
    public TaxAmounts Floor()
    {
        var sum = TaxAmounts.Zero;
        foreach (var record in _case.Records)
        {
            sum += record.Tax;
        }

        return sum;
    }

    [Benchmark]
    public Gstr2bStatement OneStatement() => _engine.Compute(ReturnPeriod.Month(2025, 10));

    [Benchmark]
    public Gstr2bStatement PrepareAndOneStatement() => ImsEngine.Create(_case).Compute(ReturnPeriod.Month(2025, 10));

    [Benchmark]
    public int PrepareAndTwelveStatements() => ImsEngine.Create(_case).ComputeRange(ReturnPeriod.Month(2025, 4), ReturnPeriod.Month(2026, 3)).Length;
}
