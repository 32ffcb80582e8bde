using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Ims.Rules.Testing;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// Many recipients' statements, one after another and in parallel on every core: the engine shares
/// nothing between cases. Each runs under two collectors: the workstation one (everything on one
/// core: the one-core throughput) and the server one, as a batch service should run (each core
/// collects its own heap instead of stopping the other).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TwoCollectors))]
public class BatchBenchmarks
{
    private ImsCase[] _cases = [];

    [Params(16)]
    public int Recipients { get; set; }

    [GlobalSetup]
    public void Setup() => _cases = [.. Enumerable.Range(0, Recipients).Select(i => SyntheticCases.Generate(new SyntheticCaseOptions { Records = 100_000, Seed = (ulong)i + 1 }))];

    [Benchmark(Baseline = true)]
    public int OneCore() => _cases.Sum(c => ImsEngine.Create(c).Compute(ReturnPeriod.Month(2025, 10)).Documents.Length);

    [Benchmark]
    public int AllCores()
    {
        var counts = new int[_cases.Length];
        Parallel.For(0, _cases.Length, i => counts[i] = ImsEngine.Create(_cases[i]).Compute(ReturnPeriod.Month(2025, 10)).Documents.Length);
        return counts.Sum();
    }

    private sealed class TwoCollectors : ManualConfig
    {
        public TwoCollectors()
        {
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithGcConcurrent(false);
            AddJob(job.WithGcServer(false).WithId("workstation-gc"));
            AddJob(job.WithGcServer(true).WithId("server-gc"));
        }
    }
}
