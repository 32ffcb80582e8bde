namespace Ims.Rules.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "reconcile-once")
        {
            ReconcileBenchmarks.Once(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "read-once")
        {
            CaseReadingBenchmarks.Once(args[1..]);
            return;
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
