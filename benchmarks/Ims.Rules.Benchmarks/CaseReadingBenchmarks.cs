using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using Ims.Rules.Json;
using Ims.Rules.Testing;

namespace Ims.Rules.Benchmarks;

/// <summary>Reading an <c>ims-case/1</c> file from memory (so the disk is not measured); throughput is the file size over the mean.</summary>
/// <remarks>
/// <see cref="Once"/> reads a case file from disk as the tool does (a <see cref="FileStream"/>), in a plain process, and prints
/// MB/s with the CPU time and the bytes allocated: the reading figure of docs/performance.md.
/// </remarks>
[MemoryDiagnoser]
[LargeRun]
public class CaseReadingBenchmarks
{
    private byte[] _json = [];

    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        CaseWriter.Write(SyntheticCases.Generate(new SyntheticCaseOptions { Records = Records, Seed = 42 }), stream);
        _json = stream.ToArray();
        System.Console.WriteLine($"// case file: {_json.Length / 1_000_000.0:F1} MB");
    }

    [Benchmark]
    public int ReadCase()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CaseReader.Read(stream).GetValueOrThrow().Records.Length;
    }

    /// <summary>
    /// <c>read-once FILE [RUNS]</c>: reads the case file RUNS times (default 3: the first also compiles the code), printing
    /// for each the wall time, MB/s, CPU time, the bytes allocated and the collections.
    /// </summary>
    public static void Once(string[] args)
    {
        var path = args[0];
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var size = new FileInfo(path).Length;
        using var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            int records;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
            {
                records = CaseReader.Read(stream).GetValueOrThrow().Records.Length;
            }

            var wall = clock.Elapsed;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {records:N0} records, {size / 1e6:F0} MB in {wall.TotalSeconds:F2} s = {size / 1e6 / wall.TotalSeconds:F0} MB/s; "
                + $"CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB; "
                + $"collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, "
                + $"paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s"));
        }
    }
}
