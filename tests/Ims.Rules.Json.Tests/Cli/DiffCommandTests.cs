using System;
using System.IO;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Expected => Path.Combine(Repository.Examples, "monthly-trader.2025-10.expected.json");

    [Fact]
    public void Run_DiffOfEqualResults_ExitsZero()
    {
        var run = CliRun.Of("diff", Expected, Expected);

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().StartWith("The results agree (3 documents, period 2025-10).");
    }

    [Fact]
    public void Run_DiffOfDifferentResults_ListsEveryDifferenceAndExitsOne()
    {
        var changed = File.ReadAllText(Expected)
            .Replace("\"bucket\": \"itcRejected\"", "\"bucket\": \"itcAvailable\"", StringComparison.Ordinal)
            .Replace("\"record\": \"inv-4\"", "\"record\": \"inv-9\"", StringComparison.Ordinal)
            .Replace("\"igst\": 18000.00", "\"igst\": 18000.01", StringComparison.Ordinal);
        var actual = _folder.Write("actual.json", changed);

        var run = CliRun.Of("diff", Expected, actual);

        run.Exit.Should().Be(1, run.ToString());
        run.Out.Should().Contain("document inv-3 bucket: expected ItcRejected, got ItcAvailable")
            .And.Contain("document inv-1 itc: expected IGST 18000.00, CGST 0.00, SGST 0.00, Cess 0.00, got IGST 18000.01")
            .And.Contain("document inv-4: expected in ITC Available, missing from the result")
            .And.Contain("document inv-9: not expected, but the result has it in ITC Available")
            .And.Contain(" differences.");
    }

    [Fact]
    public void Run_DiffOfAnUnreadableResult_ExitsTwo()
    {
        var broken = _folder.Write("broken.json", "{ \"format\": \"ims-2b/1\", ");

        var run = CliRun.Of("diff", Expected, broken);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("IMS-JSON-SYNTAX");
    }

    [Fact]
    public void Run_DiffOfACaseFile_ExitsTwoWithAFormatFinding()
    {
        var run = CliRun.Of("diff", Expected, Path.Combine(Repository.Examples, "monthly-trader.json"));

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("IMS-JSON-FORMAT");
    }

    public void Dispose() => _folder.Dispose();
}
