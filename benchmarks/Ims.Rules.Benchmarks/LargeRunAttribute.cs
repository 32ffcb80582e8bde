using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// One launch, one warm-up and five measured single runs: the operations here take from
/// milliseconds to seconds over millions of records, so a run each is enough and keeps the
/// whole suite within minutes.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class LargeRunAttribute : System.Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("large"));
}
