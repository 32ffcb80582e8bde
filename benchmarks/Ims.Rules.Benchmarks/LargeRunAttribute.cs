using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// One launch, three warm-ups and five measured single runs: the operations here take from
/// milliseconds to seconds over millions of records, so a run each is enough and keeps the
/// whole suite within minutes. Three warm-ups let tiered compilation finish (the first runs of
/// a process are slower; docs/performance.md gives that cost apart).
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class LargeRunAttribute : System.Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("large"));
}
