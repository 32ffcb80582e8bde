using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Reconciliation.Tests.Cli;

/// <summary><c>ims-rules reconcile</c> on the shipped example pair, which exercises every status.</summary>
public sealed class ReconcileCommandTests : IDisposable
{
    private const string At = "2025-02-05T10:00:00+05:30";
    private static readonly string Books = Repository.Example("reconcile-books.csv");
    private static readonly string Case = Repository.Example("reconcile-case.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("ims-rules-reconcile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reconcile_ShippedExampleAsTable_PutsTheSummaryOnTopAndTheExceptionsBeforeTheMatches()
    {
        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At);

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("Matched (4)").And.Contain("Partially matched (4)").And.Contain("Books only (2)")
            .And.Contain("IMS only (3)").And.Contain("Ineligible (bypasses IMS) (3)").And.Contain("Summary").And.Contain("Suppliers (8)");
        run.Out.Should().Contain("acceptOrRejectNow").And.Contain("followUpWithSupplier").And.Contain("duplicateInBooks").And.Contain("10 IMS action(s) to send: accept 5, reject 2, pending 3.");
        run.Err.Should().BeEmpty();
        var order = new[] { "Summary", "Suppliers (8)", "Partially matched (4)", "IMS only (3)", "Books only (2)", "Ineligible (bypasses IMS) (3)", "Matched (4)" }
            .Select(title => run.Out.IndexOf(title, StringComparison.Ordinal)).ToList();
        order.Should().BeInAscendingOrder().And.NotContain(-1);
        run.Out.Should().Contain("29AABCT1332L1ZA  Tirupati Traders  1800.00");
    }

    [Fact]
    public void Reconcile_ShippedExampleAsJson_HasEveryStatusRuleAndSuggestion()
    {
        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--format", "json");

        run.Exit.Should().Be(0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("format").GetString().Should().Be("ims-reconciliation/1");
        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("status").GetString()).Distinct().Should().BeEquivalentTo("matched", "partiallyMatched", "booksOnly", "imsOnly", "ineligible");
        lines.Where(l => l.TryGetProperty("rule", out _)).Select(l => l.GetProperty("rule").GetString()).Distinct()
            .Should().BeEquivalentTo("exact", "normalisedNumber", "amountTolerance", "dateTolerance", "panLevel", "nearNumber");
        lines.Select(l => l.GetProperty("suggestion").GetProperty("kind").GetString()).Distinct()
            .Should().BeEquivalentTo("accept", "pending", "reject", "acceptOrRejectNow", "followUpWithSupplier", "duplicateInBooks", "none");
        var supplier = root.GetProperty("suppliers")[0];
        supplier.GetProperty("gstin").GetString().Should().Be("29AABCT1332L1ZA");
        supplier.GetProperty("name").GetString().Should().Be("Tirupati Traders");
        supplier.GetProperty("itcAtRisk").GetProperty("igst").GetRawText().Should().Be("1800.00");
        var pending = lines.Single(l => l.TryGetProperty("ims", out var ims) && ims.GetProperty("id").GetString() == "r06").GetProperty("suggestion").GetProperty("effect");
        pending.GetProperty("with").GetString().Should().Be("carriedForward");
        pending.GetProperty("itcDeferred").GetProperty("cgst").GetRawText().Should().Be("1080.00");
    }

    [Fact]
    public void Reconcile_ShippedExampleAsCsv_WritesOneRowPerLine()
    {
        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--format", "csv");

        run.Exit.Should().Be(0, run.ToString());
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().StartWith("status,rule,supplierGstin,supplierName,type,bookId,booksNumber,booksDate,booksTaxableValue,booksIgst,booksCgst,booksSgst,booksCess,booksTax,imsRecordId,imsSupplierGstin,imsNumber,imsDate,");
        rows.Should().HaveCount(17); // header + 16 lines
        rows.Should().Contain(r => r.StartsWith("partiallyMatched,nearNumber,29AABCT1332L1ZA,Tirupati Traders,invoice,PB-008,INV-3003,2025-01-22,1500.00,270.00,0.00,0.00,0.00,270.00,r11,29AABCT1332L1ZA,INV-3033,2025-01-22,", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconcile_OutCaseAndOutUpload_WriteACaseThatComputesAndTheSaveRequest()
    {
        var outCase = Path.Combine(_folder, "case.json");
        var outUpload = Path.Combine(_folder, "upload.json");

        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--format", "json", "--out-case", outCase, "--out-upload", outUpload);

        run.Exit.Should().Be(0, run.ToString());
        var read = CaseReader.Read(File.ReadAllText(outCase));
        read.GetValueOrThrow().Actions.Should().HaveCount(10);
        var statement = ImsEngine.Compute(read.GetValueOrThrow(), ReturnPeriod.Month(2025, 1));
        statement.CarryForward.Select(c => c.RecordId).Should().BeEquivalentTo("r05", "r06", "r08");
        var upload = File.ReadAllText(outUpload);
        upload.Should().Contain("\"reqtyp\": \"SAVE\"").And.Contain("\"inum\": \"R-5390\"");
        CliRun.Of("compute", outCase, "--period", "2025-01").Exit.Should().Be(0);
    }

    [Fact]
    public void Reconcile_Period_ShowsEffectsOnThatStatement()
    {
        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--period", "2025-01", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("period").GetString().Should().Be("2025-01");
    }

    [Fact]
    public void Reconcile_OwnGstnImsFixture_NeedsTheRecipientAndThenReconciles()
    {
        var ims = PortalFixtures.Own("ims-invoices.json");

        var without = CliRun.Of("reconcile", "--books", Books, "--ims", ims, "--at", At);
        without.Exit.Should().Be(2);
        without.Err.Should().Contain("--recipient");

        var with = CliRun.Of("reconcile", "--books", Books, "--ims", ims, "--at", At, "--recipient", "27AAPFU0939F1ZV", "--format", "json");
        with.Exit.Should().BeOneOf([0, 1], with.ToString());
        JsonDocument.Parse(with.Out).RootElement.GetProperty("recipient").GetString().Should().Be("27AAPFU0939F1ZV");
    }

    [SharedFixtureFact]
    public void Reconcile_GstnImsJson_NeedsTheRecipientAndThenReconciles()
    {
        var ims = Repository.SharedFixture("test_ims.json");

        var without = CliRun.Of("reconcile", "--books", Books, "--ims", ims, "--at", At);
        without.Exit.Should().Be(2);
        without.Err.Should().Contain("--recipient");

        var with = CliRun.Of("reconcile", "--books", Books, "--ims", ims, "--at", At, "--recipient", "24AAACH7409R1Z7", "--format", "json");
        with.Exit.Should().BeOneOf([0, 1], with.ToString());
        JsonDocument.Parse(with.Out).RootElement.GetProperty("recipient").GetString().Should().Be("24AAACH7409R1Z7");
    }

    [Fact]
    public void Reconcile_BooksWithoutRequiredColumn_IsBadInputNamingTheColumn()
    {
        var books = Path.Combine(_folder, "books.csv");
        File.WriteAllText(books, "id,number\nPB-1,INV-1\n");

        var run = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("RECON-CSV-MISSING-COLUMN").And.Contain("'supplierGstin'");
    }

    [Fact]
    public void Reconcile_BooksWithABadRow_ReportsItAndExitsWithOne()
    {
        var books = Path.Combine(_folder, "books.csv");
        File.WriteAllText(books, File.ReadAllText(Books) + "PB-099,29AABCT1332L1ZA,Tirupati Traders,invoice,INV-9,2025-01-32,100,18,0,0,0,27,N,\n");

        var run = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("Row 14, column 'date'");
    }

    [Fact]
    public void Reconcile_NeitherCaseNorGstn_IsBadInput()
    {
        var ims = Path.Combine(_folder, "other.json");
        File.WriteAllText(ims, "{\"hello\": 1}");

        CliRun.Of("reconcile", "--books", Books, "--ims", ims, "--at", At).Exit.Should().Be(2);
    }
}
