// A client of the recipients' cluster: it connects to the silos' gateways, streams a few synthetic recipients' events
// in batches to their grains, sends one batch again, and compares each recipient's statement from the cluster with the
// library's in this process.
//
//   dotnet run -c Release -- [--gateways 127.0.0.1:30000,127.0.0.1:30001] [--recipients 3] [--records 120] [--cluster ims]
using System;
using System.Globalization;
using System.Linq;
using System.Net;
using Ims.Rules;
using Ims.Rules.Json;
using Ims.Rules.Orleans;
using Ims.Rules.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var gateways = (builder.Configuration["gateways"] ?? "127.0.0.1:30000")
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(IPEndPoint.Parse)
    .ToArray();
builder.UseOrleansClient(client => client
    .UseStaticClustering(gateways)
    .Configure<ClusterOptions>(options =>
    {
        options.ClusterId = builder.Configuration["cluster"] ?? "ims";
        options.ServiceId = "ims-rules";
    }));
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IClusterClient>();

var count = builder.Configuration.GetValue("recipients", 3);
var size = builder.Configuration.GetValue("records", 120);
var period = ReturnPeriod.Month(2025, 6);
for (var i = 0; i < count; i++)
{
    var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions
    {
        Seed = (ulong)i + 1, Records = size, Months = 3, RecipientGstin = SyntheticCases.RecipientGstin(i),
    });
    var recipient = grains.GetGrain<IRecipientGrain>(imsCase.Recipient.Gstin.ToString());

    // The month's events as they come: records forty at a time, each with the actions on it, then the filings.
    var actions = imsCase.Actions.ToLookup(a => a.RecordId);
    var batches = imsCase.Records.Chunk(40)
        .Select(records => new ImsCase { Recipient = imsCase.Recipient, Records = [.. records], Actions = [.. records.SelectMany(r => actions[r.Id])] })
        .Append(new ImsCase { Recipient = imsCase.Recipient, Filings = imsCase.Filings })
        .Select(CaseBatch.Of)
        .ToList();
    foreach (var batch in batches)
    {
        var answer = await recipient.Add(batch);
        if (!answer.Accepted)
        {
            Console.Error.WriteLine($"{imsCase.Recipient.Gstin}: rejected: {string.Join("; ", answer.Findings)}");
            return 1;
        }
    }

    var again = await recipient.Add(batches[0]);
    var fromCluster = await recipient.Statement(period, StatementMoment.Generated);
    var statement = ImsEngine.Create(imsCase).Compute(period, StatementMoment.Generated);
    var same = fromCluster == ResultWriter.ToJson(statement);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{imsCase.Recipient.Gstin}: {batches.Count} batches, the first again changed {(again.Changed ? "something" : "nothing")}; " +
        $"GSTR-2B {period} {statement.Status}, {statement.Documents.Length} documents; the same as the library: {(same ? "yes" : "NO")}"));
    if (!same || again.Changed)
    {
        return 1;
    }
}

await host.StopAsync();
return 0;
