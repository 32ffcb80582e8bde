using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>
/// The tool's commands agree on the same inputs (issue 12): <c>compute</c>, <c>timeline</c>, <c>explain</c>,
/// <c>validate</c> and <c>diff</c> read one case and must tell one story about each period. The three
/// disagreements in the issue's "Why" are the first three tests; the examples make the general law.
/// </summary>
public sealed class ToolAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string Filings = "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\", \"2025-10\": \"2025-11-20T17:00:00+05:30\" } }";

    public static TheoryData<string> Examples() => [.. ExampleNames()];

    private static string[] ExampleNames() => [.. Directory.GetFiles(Repository.Examples, "*.json")
        .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
        .Select(f => Path.GetFileName(f)!)];

    /// <summary>
    /// Issue 12, first disagreement: a Reject between the 14th and the GSTR-3B filing. compute showed the draft of the 14th,
    /// timeline the statement frozen at the filing. Asked for the same moment, both print the same statement.
    /// </summary>
    [Theory]
    [InlineData("generated", "itcAvailable")]
    [InlineData("filed", "itcRejected")]
    [InlineData("2025-11-16T12:00:00+05:30", "itcAvailable")]
    [InlineData("2025-11-18T12:00:00+05:30", "itcRejected")]
    public void Run_RejectBetweenGenerationAndFiling_ComputeAndTimelineAsOneMomentPrintOneStatement(string moment, string bucket)
    {
        var file = _folder.Write("reject.json", CaseJson.Of(
            [RecordJson.Invoice("r1")],
            [RecordJson.Action("r1", "accept", "2025-11-12T10:00:00+05:30"), RecordJson.Action("r1", "reject", "2025-11-17T10:00:00+05:30")],
            extraTop: Filings));

        var timeline = Statement(CliRun.Of("timeline", file, "--from", "2025-10", "--to", "2025-10", "--as", moment), "2025-10");
        var compute = Json(CliRun.Of("compute", file, "--period", "2025-10", "--as", moment));

        Comparable(compute).Should().Be(Comparable(timeline));
        timeline.GetProperty("documents")[0].GetProperty("bucket").GetString().Should().Be(bucket);
    }

    /// <summary>The commands' defaults differ (compute: generated; timeline: filed), so each one's help says which it is.</summary>
    [Theory]
    [InlineData("compute", "generated")]
    [InlineData("timeline", "filed")]
    [InlineData("explain", null)]
    public void Run_HelpOfAMomentCommand_NamesItsDefaultMoment(string command, string? expected)
    {
        var help = CliRun.Of(command, "--help").Out;

        help.Should().Contain("--as");
        if (expected is not null)
        {
            help.Should().Contain($"Default for this command: {expected}");
        }
    }

    /// <summary>The same case at one named instant: both commands print one statement, whatever their defaults.</summary>
    [Fact]
    public void Run_RejectBetweenGenerationAndFiling_ComputeAtTheTimelinesInstantPrintsTheTimelinesStatement()
    {
        var file = _folder.Write("reject.json", CaseJson.Of(
            [RecordJson.Invoice("r1")],
            [RecordJson.Action("r1", "accept", "2025-11-12T10:00:00+05:30"), RecordJson.Action("r1", "reject", "2025-11-17T10:00:00+05:30")],
            extraTop: Filings));

        var timeline = Statement(CliRun.Of("timeline", file, "--from", "2025-10", "--to", "2025-10"), "2025-10");
        var compute = Json(CliRun.Of("compute", file, "--period", "2025-10", "--at", timeline.GetProperty("asOf").GetString()!));

        Comparable(compute).Should().Be(Comparable(timeline));
        timeline.GetProperty("documents")[0].GetProperty("bucket").GetString().Should().Be("itcRejected");
    }

    /// <summary>Issue 12, second disagreement: a GSTR-3B filed before its period ended.</summary>
    [Fact]
    public void Run_Gstr3bFiledBeforeThePeriodEnded_ComputeTimelineAndValidateAgreeOnStatusAndFindings()
    {
        var file = _folder.Write("early.json", CaseJson.Of(
            [RecordJson.Invoice("r1")], [],
            extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\", \"2025-10\": \"2025-10-28T17:00:00+05:30\" } }"));

        var compute = Json(CliRun.Of("compute", file, "--period", "2025-10"));
        var timeline = Statement(CliRun.Of("timeline", file, "--from", "2025-10", "--to", "2025-10"), "2025-10");
        var validate = CliRun.Of("validate", file).Out;

        timeline.GetProperty("status").GetString().Should().Be(compute.GetProperty("status").GetString());
        foreach (var finding in Findings(compute).Concat(Findings(timeline)))
        {
            validate.Should().Contain($"{finding.Severity.ToUpperInvariant()} {finding.Code}", "validate reports every statement's findings at their severity");
        }
    }

    /// <summary>
    /// Issue 12, third disagreement: a Reject after the GSTR-3B closed the period. Oct's GSTR-3B is filed late (20 Dec),
    /// so Nov's draft is generated at that filing, before the Reject of 25 Dec, and Dec's waits for Nov's GSTR-3B (R32):
    /// no statement sees the Reject, so the case's own findings report the ignored action (R17).
    /// </summary>
    [Fact]
    public void Run_RejectAfterThePeriodClosed_IsReportedWithoutLaterFilings()
    {
        var file = _folder.Write("late.json", CaseJson.Of(
            [RecordJson.Invoice("r1")],
            [RecordJson.Action("r1", "accept", "2025-11-12T10:00:00+05:30"), RecordJson.Action("r1", "reject", "2025-12-25T10:00:00+05:30")],
            extraTop: LateOctober));

        CliRun.Of("validate", file).Out.Should().Contain("WARNING IMS-ACTION-AFTER-CLOSE r1");
        CliRun.Of("explain", file, "--record", "r1").Out.Should().Contain("IMS-ACTION-AFTER-CLOSE");
    }

    /// <summary>The control of the test above: once Nov's GSTR-3B is filed, Dec's statement sees the Reject and says it was ignored.</summary>
    [Fact]
    public void Run_RejectAfterThePeriodClosedWithALaterFiling_IsReported()
    {
        var file = _folder.Write("late.json", CaseJson.Of(
            [RecordJson.Invoice("r1")],
            [RecordJson.Action("r1", "accept", "2025-11-12T10:00:00+05:30"), RecordJson.Action("r1", "reject", "2025-12-25T10:00:00+05:30")],
            extraTop: LateOctober.Replace(" } }", ", \"2025-11\": \"2025-12-31T17:00:00+05:30\" } }", StringComparison.Ordinal)));

        CliRun.Of("validate", file).Out.Should().Contain("WARNING IMS-ACTION-AFTER-CLOSE r1");
    }

    private const string LateOctober = "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\", \"2025-10\": \"2025-12-20T17:00:00+05:30\" } }";

    /// <summary>Every statement <c>timeline</c> prints is what <c>compute</c> prints for its period at its instant.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_EveryExample_TimelineStatementsEqualComputeAtTheirInstant(string example)
    {
        var path = Path.Combine(Repository.Examples, example);
        var run = CliRun.Of("timeline", path);
        foreach (var statement in JsonDocument.Parse(run.Out).RootElement.GetProperty("statements").EnumerateArray())
        {
            var period = statement.GetProperty("period").GetString()!;
            var compute = Json(CliRun.Of("compute", path, "--period", period, "--at", statement.GetProperty("asOf").GetString()!));
            Comparable(compute).Should().Be(Comparable(statement), $"{example} {period}");
        }
    }

    /// <summary>For each named moment, every statement <c>timeline --as M</c> prints is what <c>compute --as M</c> prints.</summary>
    [Theory]
    [MemberData(nameof(ExamplesAndMoments))]
    public void Run_EveryExampleAndMoment_TimelineStatementsEqualComputeAsTheSameMoment(string example, string moment)
    {
        var path = Path.Combine(Repository.Examples, example);
        foreach (var statement in JsonDocument.Parse(CliRun.Of("timeline", path, "--as", moment).Out).RootElement.GetProperty("statements").EnumerateArray())
        {
            var period = statement.GetProperty("period").GetString()!;
            var compute = Json(CliRun.Of("compute", path, "--period", period, "--as", moment));
            Comparable(compute).Should().Be(Comparable(statement), $"{example} {period} as {moment}");
        }
    }

    public static TheoryData<string, string> ExamplesAndMoments()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in ExampleNames())
        {
            foreach (var moment in new[] { "generated", "filed", "2025-12-16T12:00:00+05:30" })
            {
                data.Add(example, moment);
            }
        }

        return data;
    }

    /// <summary><c>validate</c> reports every finding of every statement of the timeline, at its severity.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_EveryExample_ValidateReportsEveryTimelineFinding(string example)
    {
        var path = Path.Combine(Repository.Examples, example);
        var validate = CliRun.Of("validate", path).Out;
        foreach (var statement in JsonDocument.Parse(CliRun.Of("timeline", path).Out).RootElement.GetProperty("statements").EnumerateArray())
        {
            // IMS-STATEMENT-NOT-FILED answers the timeline's question (as filed), not something about the case: validate leaves it out.
            foreach (var finding in Findings(statement).Where(f => f.Code != NotFiled))
            {
                validate.Should().Contain($"{finding.Severity.ToUpperInvariant()} {finding.Code}{(finding.Record is null ? string.Empty : " " + finding.Record)}",
                    $"{example} {statement.GetProperty("period").GetString()}");
            }
        }
    }

    /// <summary><c>explain</c> places each record where the timeline does: in a bucket, or carried forward.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_EveryExample_ExplainNamesTheTimelinesBucketForEveryDocument(string example)
    {
        var path = Path.Combine(Repository.Examples, example);
        var timeline = JsonDocument.Parse(CliRun.Of("timeline", path).Out).RootElement.GetProperty("statements");
        var explained = new Dictionary<string, string>();
        foreach (var statement in timeline.EnumerateArray())
        {
            var period = statement.GetProperty("period").GetString()!;
            foreach (var document in statement.GetProperty("documents").EnumerateArray())
            {
                var id = document.GetProperty("record").GetString()!;
                explained.TryAdd(id, CliRun.Of("explain", path, "--record", id).Out);
                explained[id].Should().Contain($"  {period} (as of ", $"{example}: explain {id} names the statement {period}");
                var line = explained[id].Split('\n').First(l => l.StartsWith($"  {period} (as of ", StringComparison.Ordinal));
                line.Should().Contain(Words(document.GetProperty("bucket").GetString()!), $"{example}: explain {id} in {period}");
            }
        }
    }

    /// <summary><c>diff</c> finds no difference between <c>compute</c> and the matching <c>timeline</c> statement.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_EveryExample_DiffOfComputeAndTimelineStatementFindsNoDifference(string example)
    {
        var path = Path.Combine(Repository.Examples, example);
        foreach (var statement in JsonDocument.Parse(CliRun.Of("timeline", path).Out).RootElement.GetProperty("statements").EnumerateArray())
        {
            var period = statement.GetProperty("period").GetString()!;
            var fromTimeline = _folder.Write($"t-{period}.json", WithFormat(statement));
            // Asked as the same moment the timeline's statement names (generated, filed, or at its instant).
            var moment = statement.GetProperty("moment").GetString()!;
            var asked = moment == "at" ? statement.GetProperty("asOf").GetString()! : moment;
            var fromCompute = _folder.Write($"c-{period}.json", CliRun.Of("compute", path, "--period", period, "--as", asked).Out);

            var diff = CliRun.Of("diff", fromTimeline, fromCompute);

            diff.Exit.Should().Be(0, $"{example} {period}: {diff}");
        }
    }

    private static string Words(string bucket) => bucket switch
    {
        "itcAvailable" => "ITC Available",
        "itcNotAvailable" => "ITC Not Available",
        "itcRejected" => "ITC Rejected",
        _ => bucket,
    };

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Out).RootElement;

    private static JsonElement Statement(CliRun run, string period) =>
        Json(run).GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("period").GetString() == period);

    private static IEnumerable<(string Code, string Severity, string? Record)> Findings(JsonElement statement) =>
        statement.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("code").GetString()!,
            f.GetProperty("severity").GetString()!,
            f.TryGetProperty("record", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null));

    /// <summary>
    /// A statement's JSON without the envelope fields only a single result carries (format, tool). Its <c>moment</c>
    /// names the question (compute --at answers "at", the timeline "filed" or "generated"), and the info finding
    /// IMS-STATEMENT-NOT-FILED answers "as filed" for an unfiled period: both are left out where one statement is
    /// compared at its instant with the timeline's.
    /// </summary>
    private static string Comparable(JsonElement statement) => string.Join('\n', statement.EnumerateObject()
        .Where(p => p.Name is not ("format" or "engine" or "generatedBy" or "moment"))
        .Select(p => p.Name + "=" + (p.Name == "findings"
            ? JsonSerializer.Serialize(p.Value.EnumerateArray().Where(f => f.GetProperty("code").GetString() != NotFiled))
            : JsonSerializer.Serialize(p.Value))));

    private const string NotFiled = "IMS-STATEMENT-NOT-FILED";

    private static string WithFormat(JsonElement statement) =>
        "{\"format\":\"ims-2b/1\"," + string.Join(',', statement.EnumerateObject().Where(p => p.Name != "format").Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.GetRawText())) + "}";

    public void Dispose() => _folder.Dispose();
}
