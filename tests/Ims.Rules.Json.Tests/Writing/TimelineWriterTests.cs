using System.Linq;
using System.Text.Json;
using static Ims.Rules.Json.Tests.Support.Sample;

namespace Ims.Rules.Json.Tests.Writing;

public sealed class TimelineWriterTests
{
    [Fact]
    public void ToJson_Statements_AreResultsInsideATimeline()
    {
        var statements = ImsEngine.Create(October2025()).ComputeRange(ReturnPeriod.Month(2025, 10), ReturnPeriod.Month(2025, 11));
        var findings = new[] { new Finding(JsonFindingCodes.UnknownField, Severity.Info, null, "$.x (line 2): unknown field, ignored.") };

        using var document = JsonDocument.Parse(TimelineWriter.ToJson(statements, findings));
        var root = document.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("format", "statements", "findings");
        root.GetProperty("format").GetString().Should().Be("ims-2b-timeline/1");
        root.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("period").GetString()).Should().Equal("2025-10", "2025-11");
        root.GetProperty("statements")[0].GetRawText().Should().Be(JsonDocument.Parse(ResultWriter.ToJson(statements[0])).RootElement.GetRawText().Replace("\n", "\n    ", System.StringComparison.Ordinal));
        root.GetProperty("findings")[0].GetProperty("code").GetString().Should().Be(JsonFindingCodes.UnknownField);
    }
}
