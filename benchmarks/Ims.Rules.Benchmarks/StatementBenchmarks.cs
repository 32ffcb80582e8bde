using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Ims.Rules.Testing;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// Statements over a year of records (30% acted on), from the case as a user has it: each
/// operation creates the engine (checks and places every record) and computes. The floor is a
/// plain loop summing the same records' tax, which no engine can beat.
/// </summary>
public abstract class YearOfStatements
{
    private ImsCase _case = null!;

    public abstract int Records { get; set; }

    /// <summary>The case, as a user holds it.</summary>
    protected ImsCase Case => _case;

    [GlobalSetup]
    public void Setup() => _case = SyntheticCases.Generate(new SyntheticCaseOptions { Records = Records, Seed = 42 });

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
    public Gstr2bStatement OneStatement() => ImsEngine.Create(_case).Compute(ReturnPeriod.Month(2025, 10));

    [Benchmark]
    public int TwelveStatements() => ImsEngine.Create(_case).ComputeRange(ReturnPeriod.Month(2025, 4), ReturnPeriod.Month(2026, 3)).Length;

    // A statement's lists are filled from the engine's ledger when first read: the two above measure statements
    // computed, the two below statements computed and every list read (what a writer of the JSON pays).

    [Benchmark]
    public int OneStatementRead() => Read(ImsEngine.Create(_case).Compute(ReturnPeriod.Month(2025, 10)));

    [Benchmark]
    public int TwelveStatementsRead()
    {
        var read = 0;
        foreach (var statement in ImsEngine.Create(_case).ComputeRange(ReturnPeriod.Month(2025, 4), ReturnPeriod.Month(2026, 3)))
        {
            read += Read(statement);
        }

        return read;
    }

    private static int Read(Gstr2bStatement statement) =>
        statement.Documents.Length + statement.CarryForward.Length + statement.SupplierEffects.Length + statement.Findings.Length
        + (statement.Summary.ItcAvailable.IsZero ? 0 : 1);
}

/// <summary>The year of statements at 10 thousand and 1 million records.</summary>
[MemoryDiagnoser]
[LargeRun]
public class StatementBenchmarks : YearOfStatements
{
    [Params(10_000, 1_000_000)]
    public override int Records { get; set; }
}

/// <summary>
/// A small taxpayer's case (10 thousand records) warmed up as a service computing millions of them would have it:
/// BenchmarkDotNet's default job runs each operation many times per iteration, so tiered compilation has finished.
/// </summary>
[MemoryDiagnoser]
public class SmallCaseBenchmarks : YearOfStatements
{
    [Params(10_000)]
    public override int Records { get; set; }

    /// <summary>Checking and placing the records alone (<see cref="ImsEngine.Create"/>), the part of a statement that grows with the case.</summary>
    [Benchmark]
    public ImsEngine Create() => ImsEngine.Create(Case);
}

/// <summary>The year of statements at 10 million records, with two measured runs each (one takes tens of seconds).</summary>
[MemoryDiagnoser]
[Config(typeof(TwoRuns))]
public class HugeStatementBenchmarks : YearOfStatements
{
    [Params(10_000_000)]
    public override int Records { get; set; }

    private sealed class TwoRuns : ManualConfig
    {
        public TwoRuns() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2).WithId("huge"));
    }
}
