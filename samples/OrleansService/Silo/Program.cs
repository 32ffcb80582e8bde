// A silo of the recipients' cluster with a small HTTP API, its cases stored in PostgreSQL. The first silo started is
// the primary; the others join it (Orleans' development clustering: the membership lives in the primary, so this is
// for one machine or a trial; a real deployment uses a clustering provider, see docs/scale-out.md):
//
//   IMS_ORLEANS_POSTGRES="Host=…" dotnet run -c Release -- --silo-port 11111 --gateway-port 30000 --urls http://127.0.0.1:5080
//   IMS_ORLEANS_POSTGRES="Host=…" dotnet run -c Release -- --silo-port 11112 --gateway-port 30001 --urls http://127.0.0.1:5081 --primary 127.0.0.1:11111
//
// Options: --silo-port, --gateway-port (Orleans' ports), --advertise (the address other silos reach this one at;
// 127.0.0.1 by default), --primary (the primary silo's address:port; this silo when not given), --cluster (the
// cluster id, "ims" by default), --urls (the HTTP API).
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Ims.Rules;
using Ims.Rules.Json;
using Ims.Rules.Orleans;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var database = configuration["IMS_ORLEANS_POSTGRES"]
    ?? throw new InvalidOperationException("Set IMS_ORLEANS_POSTGRES to the connection string that eng/orleans-database.sh prints.");
var advertise = IPAddress.Parse(configuration["advertise"] ?? "127.0.0.1");
var siloPort = configuration.GetValue("silo-port", 11111);
var primary = configuration["primary"] is { } given ? IPEndPoint.Parse(given) : new IPEndPoint(advertise, siloPort);
builder.UseOrleans(silo => silo
    .UseDevelopmentClustering(primary)
    .Configure<ClusterOptions>(options =>
    {
        options.ClusterId = configuration["cluster"] ?? "ims";
        options.ServiceId = "ims-rules";
    })
    .ConfigureEndpoints(advertise, siloPort, configuration.GetValue("gateway-port", 30000), listenOnAnyHostAddress: true)
    .AddImsRecipients(database));

var app = builder.Build();
var recipients = app.MapGroup("/recipients/{gstin}").AddEndpointFilter(async (context, next) =>
    Gstin.TryParseAllowingBadCheckCharacter(context.HttpContext.Request.RouteValues["gstin"] as string, out _)
        ? await next(context)
        : Results.BadRequest("A recipient is named by its GSTIN."));

// Events: an ims-case/1 document for this recipient (records, actions, filings, profile changes). 200 when accepted
// (sending it again changes nothing), 422 with the findings when rejected (nothing changed).
recipients.MapPost("/events", async (string gstin, HttpRequest request, IGrainFactory grains) =>
{
    using var reader = new StreamReader(request.Body, Encoding.UTF8);
    var answer = await grains.GetGrain<IRecipientGrain>(gstin).Add(new CaseBatch(await reader.ReadToEndAsync()));
    var body = new
    {
        accepted = answer.Accepted,
        newRecords = answer.NewRecords,
        newActions = answer.NewActions,
        newOther = answer.NewOther,
        findings = answer.Findings.Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), record = f.RecordId, message = f.Message }),
    };
    return answer.Accepted ? Results.Ok(body) : Results.UnprocessableEntity(body);
});

// The statement of a period (YYYY-MM) as ims-2b/1: ?as=generated (default), filed, or an instant (2025-11-20T10:00:00+05:30).
recipients.MapGet("/statements/{period}", async (string gstin, string period, string? @as, IGrainFactory grains) =>
    ReturnPeriod.TryParse(period, out var p) && Moment(@as) is { } moment
        ? Results.Text(await grains.GetGrain<IRecipientGrain>(gstin).Statement(p, moment), "application/json")
        : Results.BadRequest("period is YYYY-MM; as is generated, filed or an ISO instant."));

// Every statement from one period to another as ims-2b-timeline/1: ?from=2025-04&to=2025-09&as=filed (default filed).
recipients.MapGet("/timeline", async (string gstin, string from, string to, string? @as, IGrainFactory grains) =>
    ReturnPeriod.TryParse(from, out var first) && ReturnPeriod.TryParse(to, out var last) && Moment(@as ?? "filed") is { } moment
        ? Results.Text(await grains.GetGrain<IRecipientGrain>(gstin).Timeline(first, last, moment), "application/json")
        : Results.BadRequest("from and to are YYYY-MM; as is generated, filed or an ISO instant."));

// One record explained at an instant: ?at=2025-11-20T10:00:00+05:30.
recipients.MapGet("/records/{id}", async (string gstin, string id, string at, IGrainFactory grains) =>
{
    if (!IsoTime.TryParseInstant(at, out var instant))
    {
        return Results.BadRequest("at is an ISO instant, such as 2025-11-20T10:00:00+05:30.");
    }

    return await grains.GetGrain<IRecipientGrain>(gstin).Explain(id, instant) is { } e
        ? Results.Ok(new
        {
            record = e.RecordId, route = e.Route, routeRules = e.RouteRules, period = e.Period?.ToString(), windowRule = e.WindowRule,
            section = e.Section, timeLimit = e.TimeLimit, pendingAllowed = e.PendingAllowed, pendingReason = e.PendingReason,
            actionInForce = e.ActionInForce,
            statements = e.Placements.Select(p => new { period = p.Period.ToString(), bucket = p.Bucket, section = p.Section, rules = p.Rules }),
            findings = e.Findings.Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message }),
        })
        : Results.NotFound();
});

// The case's findings, and the stored ims-case/1 document.
recipients.MapGet("/findings", async (string gstin, IGrainFactory grains) =>
    Results.Ok((await grains.GetGrain<IRecipientGrain>(gstin).Findings())
        .Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), record = f.RecordId, message = f.Message })));
recipients.MapGet("/case", async (string gstin, IGrainFactory grains) =>
    Results.Text(await grains.GetGrain<IRecipientGrain>(gstin).CaseDocument(), "application/json"));

app.Run();

static StatementMoment? Moment(string? text) => text switch
{
    null or "generated" => StatementMoment.Generated,
    "filed" => StatementMoment.Filed,
    _ => IsoTime.TryParseInstant(text, out var instant) ? StatementMoment.At(instant) : null,
};
