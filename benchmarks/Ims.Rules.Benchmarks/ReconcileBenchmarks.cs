using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;

namespace Ims.Rules.Benchmarks;

/// <summary>
/// A whole reconciliation of a year — matching, a suggestion for every line, and each suggestion's
/// statement effect computed by the engine with and without the actions — one million documents a
/// side, in the two shapes that used to differ a hundredfold: every period open, and eleven of twelve
/// closed by their GSTR-3B (the target: under 10 seconds in both).
/// </summary>
/// <remarks>
/// <c>RECONCILE_DOCUMENTS=100000</c> in the environment runs another size (BenchmarkDotNet has no filter on parameters).
/// <see cref="Once"/> runs one reconciliation in a plain process, for <c>/usr/bin/time</c>.
/// </remarks>
[MemoryDiagnoser]
[LargeRun]
public class ReconcileBenchmarks
{
    private List<BookEntry> _books = null!;
    private ImsCase _case = null!;

    [ParamsSource(nameof(Sizes))]
    public int Documents { get; set; }

    [Params(false, true)]
    public bool ElevenClosed { get; set; }

    /// <summary>One million documents a side, or <c>RECONCILE_DOCUMENTS</c>.</summary>
    public static IEnumerable<int> Sizes() =>
        [Environment.GetEnvironmentVariable("RECONCILE_DOCUMENTS") is { Length: > 0 } size ? int.Parse(size, CultureInfo.InvariantCulture) : 1_000_000];

    [GlobalSetup]
    public void Setup() => (_books, _case) = SyntheticBooks.Generate(Documents, seed: 42, ElevenClosed);

    [Benchmark]
    public ReconciliationReport Reconcile() => Reconciler.Reconcile(_books, _case, new ReconciliationOptions { At = SyntheticBooks.YearEnd });

    /// <summary>
    /// <c>reconcile-once DOCUMENTS open|closed [RUNS]</c>: generates the data, then reconciles it RUNS times (default 2: the first
    /// also compiles the code), printing wall and CPU time and the bytes allocated by each run.
    /// </summary>
    public static void Once(string[] args)
    {
        var documents = int.Parse(args[0], CultureInfo.InvariantCulture);
        var closed = args[1] == "closed";
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        var (books, imsCase) = SyntheticBooks.Generate(documents, seed: 42, closed);
        using var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            var report = Reconciler.Reconcile(books, imsCase, new ReconciliationOptions { At = SyntheticBooks.YearEnd });
            wall.Stop();
            process.Refresh();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {documents:N0} documents a side, {(closed ? "eleven periods closed" : "all periods open")}: {report.Lines.Length:N0} lines, wall {wall.Elapsed.TotalSeconds:F2} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s, allocated {bytes / 1e9:F2} GB ({bytes / documents:N0} bytes a document pair)"));
        }
    }
}
