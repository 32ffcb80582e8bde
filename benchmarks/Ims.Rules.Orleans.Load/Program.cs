// The load run of docs/scale-out.md. For each recipient (records spread evenly from --min to --max, the synthetic
// generator's cases over three months): the library in process prepares an engine and computes the GSTR-2B of Jun-2025
// as generated; the cluster (1 or 3 silos of Orleans' TestingHost in this process, cases stored in PostgreSQL) takes the
// same events in batches of --batch records, each acknowledged once stored, and then answers every recipient's statement.
// Cases are generated and their batches written as JSON outside the timed parts, a block of recipients at a time.
//
//   IMS_ORLEANS_POSTGRES='Host=…' dotnet run -c Release --project benchmarks/Ims.Rules.Orleans.Load -- \
//     --recipients 20000 --silos 1 [--min 50] [--max 500] [--batch 100] [--parallel 64] [--check 200] [--idle 2]
//
// --idle: minutes after which an idle grain is deactivated (its case stays in PostgreSQL), which bounds the memory of
// 20,000 active cases; --check: every how many recipients the cluster's statement is compared with the library's.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Ims.Rules;
using Ims.Rules.Json;
using Ims.Rules.Orleans;
using Ims.Rules.Orleans.Tests.Support;
using Ims.Rules.Testing;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

var options = Options.Parse(args);
var database = Environment.GetEnvironmentVariable("IMS_ORLEANS_POSTGRES")
    ?? throw new InvalidOperationException("Set IMS_ORLEANS_POSTGRES to the connection string that eng/orleans-database.sh prints.");
var period = ReturnPeriod.Month(2025, 6);
const int block = 1000;

int RecordsOf(int index) => options.Min + (int)((long)index * 7919 % (options.Max - options.Min + 1));
ImsCase CaseOf(int index) => RecipientStream.Case(index, RecordsOf(index), months: 3);

long totalRecords = 0;
for (var i = 0; i < options.Recipients; i++)
{
    totalRecords += RecordsOf(i);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{options.Recipients:N0} recipients, {totalRecords:N0} records ({options.Min}–{options.Max} each), batches of {options.Batch}, {options.Silos} silo(s), {Environment.ProcessorCount} cores"));

// The library in process: prepare and compute, recipients in parallel over the cores.
var library = TimeSpan.Zero;
var expected = new ConcurrentDictionary<int, string>();
for (var start = 0; start < options.Recipients; start += block)
{
    var cases = Enumerable.Range(start, Math.Min(block, options.Recipients - start)).Select(i => (Index: i, Case: CaseOf(i))).ToList();
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(cases, c =>
    {
        var statement = ImsEngine.Create(c.Case).Compute(period, StatementMoment.Generated);
        if (c.Index % options.Check == 0)
        {
            expected[c.Index] = ResultWriter.ToJson(statement);
        }
    });
    library += clock.Elapsed;
}

Report("library in process: prepare + statement", totalRecords, options.Recipients, library);

// The cluster.
Silo.Idle = TimeSpan.FromMinutes(options.Idle);
var builder = new TestClusterBuilder((short)options.Silos);
var serviceId = "ims-load-" + Guid.NewGuid().ToString("N");
builder.Options.ServiceId = serviceId;
builder.AddSiloBuilderConfigurator<Silo>();
var cluster = builder.Build();
await cluster.DeployAsync();
try
{
    var grains = cluster.GrainFactory;
    var ingest = TimeSpan.Zero;
    var sentBatches = 0L;
    for (var start = 0; start < options.Recipients; start += block)
    {
        var streams = Enumerable.Range(start, Math.Min(block, options.Recipients - start))
            .Select(i => (Gstin: SyntheticCases.RecipientGstin(i).ToString(), Batches: RecipientStream.Batches(CaseOf(i), options.Batch).Select(CaseBatch.Of).ToList()))
            .ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, async (stream, _) =>
        {
            var grain = grains.GetGrain<IRecipientGrain>(stream.Gstin);
            foreach (var batch in stream.Batches)
            {
                var answer = await grain.Add(batch);
                if (!answer.Accepted)
                {
                    throw new InvalidOperationException($"{stream.Gstin}: rejected: {string.Join("; ", answer.Findings)}");
                }
            }
        });
        ingest += clock.Elapsed;
        sentBatches += streams.Sum(s => s.Batches.Count);
    }

    Report($"cluster of {options.Silos}: events in ({sentBatches:N0} batches, each stored before its answer)", totalRecords, 0, ingest);

    var answers = new ConcurrentDictionary<int, string>();
    var statementsClock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, options.Recipients), new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, async (i, _) =>
    {
        var json = await grains.GetGrain<IRecipientGrain>(SyntheticCases.RecipientGstin(i).ToString()).Statement(period, StatementMoment.Generated);
        if (i % options.Check == 0)
        {
            answers[i] = json;
        }
    });
    var statements = statementsClock.Elapsed;
    Report($"cluster of {options.Silos}: every statement (engine prepared in the grain, then computed)", totalRecords, options.Recipients, statements);

    var differing = expected.Count(e => answers[e.Key] != e.Value);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"checked {expected.Count:N0} statements against the library: {(differing == 0 ? "all equal" : $"{differing} DIFFER")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"ratio library/cluster: records {(ingest + statements) / library:0.0}x the time (events in + statements), statements alone {statements / library:0.0}x"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB"));
    return differing == 0 ? 0 : 1;
}
finally
{
    await cluster.StopAllSilosAsync();
    await cluster.DisposeAsync();
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("DELETE FROM ims_grain_state WHERE service_id = @service", connection);
    command.Parameters.AddWithValue("service", serviceId);
    command.CommandTimeout = 600;
    await command.ExecuteNonQueryAsync();
}

static void Report(string what, long records, int statements, TimeSpan elapsed)
{
    var line = string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalSeconds:0.0} s, {records / elapsed.TotalSeconds:N0} records/s");
    if (statements > 0)
    {
        line += string.Create(CultureInfo.InvariantCulture, $", {statements / elapsed.TotalSeconds:N0} statements/s");
    }

    Console.WriteLine(line);
}

/// <summary>The run's options.</summary>
internal sealed record Options(int Recipients, int Silos, int Min, int Max, int Batch, int Parallel, int Check, int Idle)
{
    public static Options Parse(string[] args)
    {
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            given[args[i].TrimStart('-')] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        int Get(string name, int value) => given.TryGetValue(name, out var v) ? v : value;
        return new Options(Get("recipients", 20_000), Get("silos", 1), Get("min", 50), Get("max", 500), Get("batch", 100), Get("parallel", 64), Get("check", 200), Get("idle", 2));
    }
}

/// <summary>Each silo stores cases in the database of IMS_ORLEANS_POSTGRES, and deactivates a grain idle for --idle minutes.</summary>
internal sealed class Silo : ISiloConfigurator
{
    public static TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(2);

    public void Configure(ISiloBuilder siloBuilder) => siloBuilder
        .AddImsRecipients(Environment.GetEnvironmentVariable("IMS_ORLEANS_POSTGRES")!)
        .Configure<GrainCollectionOptions>(options => options.CollectionAge = Idle);
}
