using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Ims.Rules.Cases;
using Ims.Rules.Periods;
using Ims.Rules.Synthetic;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// Many recipients' statements, one after another and in parallel on every core: the engine shares
/// nothing between cases. Both run with server GC, as a batch service should (each core collects its
/// own heap instead of stopping the other).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ServerGc))]
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

    private sealed class ServerGc : ManualConfig
    {
        public ServerGc() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithGcServer(true).WithGcConcurrent(false).WithId("server-gc"));
    }
}
