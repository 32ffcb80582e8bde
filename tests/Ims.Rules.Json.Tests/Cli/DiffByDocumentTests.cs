using System;
using System.IO;
using System.Text.Json.Nodes;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Cli;

/// <summary>Comparing a portal download with a computed statement: compute --format gstn, convert --from gstn-2b, diff.</summary>
public sealed class DiffByDocumentTests : IDisposable
{
    private const string ByDocument = "Documents matched by supplier GSTIN, number and section family";

    private readonly TempFolder _folder = new();

    private static string MonthlyTrader => Path.Combine(Repository.Examples, "monthly-trader.json");

    [Fact]
    public void Run_PortalRoundTripAgainstCompute_AgreesAndExitsZero()
    {
        var portal = Convert(Gstn(MonthlyTrader, "2025-10"));
        var computed = Computed(MonthlyTrader, "2025-10");

        var run = CliRun.Of("diff", portal, computed, "--match", "document");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().StartWith("The results agree (3 documents, period 2025-10).")
            .And.Contain(ByDocument + " (--match document).");
    }

    [Fact]
    public void Run_DiffOfResultsSharingNoId_MatchesByDocumentByDefaultAndSaysSo()
    {
        var portal = Convert(Gstn(MonthlyTrader, "2025-11"));

        var run = CliRun.Of("diff", portal, Path.Combine(Repository.Examples, "monthly-trader.2025-11.expected.json"));

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain(ByDocument + " (--match document, the default: the results share no record id).");
    }

    [Fact]
    public void Run_DiffOfResultsSharingIds_MatchesByIdByDefaultAndSaysSo()
    {
        var expected = Path.Combine(Repository.Examples, "monthly-trader.2025-10.expected.json");

        var run = CliRun.Of("diff", expected, expected);

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("Documents matched by record id (--match id, the default: the results share record ids).");
    }

    [Fact]
    public void Run_DiffOfAPortalStatementThatDiffers_NamesTheDocumentsAndExitsOne()
    {
        var gstn = JsonNode.Parse(File.ReadAllText(Gstn(MonthlyTrader, "2025-10")))!;
        var suppliers = gstn["data"]!["docdata"]!["b2b"]!.AsArray();
        var karnataka = suppliers[1]!["inv"]![0]!;
        karnataka["itcavl"] = "N";
        karnataka["rsn"] = "P";
        suppliers[0]!["inv"]![0]!["inum"] = "DL-0092";
        var portal = Convert(_folder.Write("changed-gstr2b.json", gstn.ToJsonString()));

        var run = CliRun.Of("diff", portal, Computed(MonthlyTrader, "2025-10"));

        run.Exit.Should().Be(1, run.ToString());
        run.Out.Should().Contain(ByDocument + " (--match document, the default: the results share no record id).")
            .And.Contain("invoice KA/2025/1041 of 29AABCT1332L1ZA [expected b2b/29AABCT1332L1ZA/KA/2025/1041, result inv-1] bucket: expected ITC Not Available, got ITC Available")
            .And.Contain("invoice KA/2025/1041 of 29AABCT1332L1ZA [expected b2b/29AABCT1332L1ZA/KA/2025/1041, result inv-1] reason: expected reason P (place of supply), got no reason")
            .And.Contain("invoice DL-0092 of 07AAGFF2194N1Z1 [expected b2b/07AAGFF2194N1Z1/DL-0092]: expected in ITC Available, missing from the result")
            .And.Contain("invoice DL-0091 of 07AAGFF2194N1Z1 [result inv-4]: not expected, but the result has it in ITC Available")
            .And.Contain("4 differences.");
    }

    [Fact]
    public void Run_DiffByDocument_PairsNumbersRegardlessOfCaseAndWhiteSpace()
    {
        var computed = File.ReadAllText(Computed(MonthlyTrader, "2025-10"))
            .Replace("\"number\": \"KA/2025/1041\"", "\"number\": \"ka/2025/ 1041\"", StringComparison.Ordinal);

        var run = CliRun.Of("diff", Convert(Gstn(MonthlyTrader, "2025-10")), _folder.Write("computed-lower.json", computed));

        run.Exit.Should().Be(0, run.ToString());
    }

    [Fact]
    public void Run_DiffByDocumentOfACreditNoteWithAReduction_ReportsTheItcAndThatTheTaxAgrees()
    {
        var creditNotes = Path.Combine(Repository.Examples, "credit-notes-2025.json");

        var run = CliRun.Of("diff", Convert(Gstn(creditNotes, "2025-10")), Computed(creditNotes, "2025-10"));

        run.Exit.Should().Be(1, run.ToString());
        run.Out.Should().Contain("credit/debit note KA/CN/2025/102 of 29AABCT1332L1ZA [expected cdnr/29AABCT1332L1ZA/KA/CN/2025/102, result cn-2] itc: expected IGST -1800.00")
            .And.Contain("(the tax agrees: a portal download shows each document's tax, not its ITC effect");
    }

    [Fact]
    public void Run_DiffByDocumentOfAResultWithoutNumbers_ExitsTwo()
    {
        var computed = File.ReadAllText(Computed(MonthlyTrader, "2025-10"))
            .Replace("\"number\": \"KA/2025/1041\"", "\"number\": null", StringComparison.Ordinal);

        var run = CliRun.Of("diff", Convert(Gstn(MonthlyTrader, "2025-10")), _folder.Write("unnumbered.json", computed), "--match", "document");

        run.Exit.Should().Be(2, run.ToString());
        run.Err.Should().Contain("document inv-1 has no number").And.Contain("--match id");
    }

    [Fact]
    public void Run_DiffByIdOfAPortalStatement_ReportsEveryDocumentOnOneSide()
    {
        var run = CliRun.Of("diff", Convert(Gstn(MonthlyTrader, "2025-10")), Computed(MonthlyTrader, "2025-10"), "--match", "id");

        run.Exit.Should().Be(1, run.ToString());
        run.Out.Should().Contain("Documents matched by record id (--match id).")
            .And.Contain("document inv-1: not expected");
    }

    [Fact]
    public void Run_DiffWithAnUnknownMatch_ExitsTwo()
    {
        var expected = Path.Combine(Repository.Examples, "monthly-trader.2025-10.expected.json");

        CliRun.Of("diff", expected, expected, "--match", "number").Exit.Should().Be(2);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs compute --format gstn and saves the portal-shaped JSON.</summary>
    private string Gstn(string caseFile, string period)
    {
        var run = CliRun.Of("compute", caseFile, "--period", period, "--format", "gstn");
        run.Exit.Should().Be(0, run.ToString());
        return _folder.Write(Path.GetFileNameWithoutExtension(caseFile) + "." + period + ".gstr2b.json", run.Out);
    }

    /// <summary>Runs convert --from gstn-2b and saves the result.</summary>
    private string Convert(string gstnFile)
    {
        var run = CliRun.Of("convert", "--from", "gstn-2b", gstnFile);
        run.Exit.Should().Be(0, run.ToString());
        return _folder.Write(Path.GetFileNameWithoutExtension(gstnFile) + ".portal.json", run.Out);
    }

    /// <summary>Runs compute and saves the result.</summary>
    private string Computed(string caseFile, string period)
    {
        var run = CliRun.Of("compute", caseFile, "--period", period);
        run.Exit.Should().Be(0, run.ToString());
        return _folder.Write(Path.GetFileNameWithoutExtension(caseFile) + "." + period + ".computed.json", run.Out);
    }
}
