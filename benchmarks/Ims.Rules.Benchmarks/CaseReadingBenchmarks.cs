using System.IO;
using BenchmarkDotNet.Attributes;
using Ims.Rules.Json;
using Ims.Rules.Testing;

namespace Ims.Rules.Benchmarks;

/// <summary>Reading an <c>ims-case/1</c> file from memory (so the disk is not measured); throughput is the file size over the mean.</summary>
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
}
