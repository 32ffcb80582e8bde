using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Ims.Rules.Reconciliation.Tests.Support;
using Ims.Rules.Testing;

namespace Ims.Rules.Reconciliation.Tests.Cli;

/// <summary>The CSV files <c>ims-rules reconcile</c> writes: side by side, the supplier view, neutralised against formula injection; manual decisions and date formats.</summary>
public sealed class ReconcileCsvTests : IDisposable
{
    private const string At = "2025-02-05T10:00:00+05:30";
    private static readonly string Books = Repository.Example("reconcile-books.csv");
    private static readonly string Case = Repository.Example("reconcile-case.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("ims-rules-reconcile-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reconcile_CellsAFormulaWouldStartWith_GetALeadingApostropheAndNumbersStayNumbers()
    {
        var books = Path.Combine(_folder, "books.csv");
        File.WriteAllText(books, File.ReadAllText(Books)
            + "PB-101,24AAACH7409R1Z7,@SUM(A1),invoice,=HYPERLINK(\"http://x\"),2025-01-25,100.00,18.00,0,0,0,27,N,2025-01-27\n"
            + "PB-102,24AAACH7409R1Z7,+Plus Traders,invoice,-7,2025-01-26,100.00,18.00,0,0,0,27,N,2025-01-27\n");

        var run = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At, "--format", "csv");

        run.Exit.Should().Be(0, run.ToString());
        var rows = Parse(run.Out);
        var formula = rows.Single(r => r[5] == "PB-101");
        formula[3].Should().Be("'@SUM(A1)");
        formula[6].Should().Be("'=HYPERLINK(\"http://x\")");
        rows.Single(r => r[5] == "PB-102")[6].Should().Be("-7"); // a plain number stays a number
        rows.Single(r => r[5] == "PB-102")[3].Should().Be("'+Plus Traders");
        rows.Single(r => r[14] == "r06")[28].Should().Be("-2160.00"); // itcGained, negative, unprefixed
        rows.SelectMany(r => r).Should().NotContain(cell => cell.Length > 0 && "=+@\t\r".Contains(cell[0], StringComparison.Ordinal));
    }

    [Fact]
    public void CsvHelperEscapeInjection_NegativeNumber_IsPrefixedWhichIsWhyTheToolHasItsOwnRule()
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            csv.WriteField("-500.00");
            csv.NextRecord();
        }

        text.ToString().Should().StartWith("\"'-500.00\"");
    }

    [Fact]
    public void Reconcile_OutSuppliers_WritesTheSupplierViewMostItcAtRiskFirst()
    {
        var path = Path.Combine(_folder, "suppliers.csv");

        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--out-suppliers", path);

        run.Exit.Should().Be(0, run.ToString());
        var rows = Parse(File.ReadAllText(path));
        rows[0].Take(8).Should().Equal("supplierGstin", "supplierName", "itcAtRisk", "pendingTax", "rejectedTax", "matchedCount", "matchedBooksTax", "matchedImsTax");
        rows[1].Take(5).Should().Equal("29AABCT1332L1ZA", "Tirupati Traders", "1800.00", "1440.00", "0.00");
        rows.Should().HaveCount(9); // header + 8 suppliers
    }

    [Fact]
    public void Reconcile_ManualFile_LinksAndKeepsApartBeforeTheRules()
    {
        var manual = Path.Combine(_folder, "manual.csv");
        File.WriteAllText(manual, "bookId,imsRecordId,decision\nPB-011,r10,link\nPB-001,r01,doNotPair\nPB-404,r01,link\n");

        var run = CliRun.Of("reconcile", "--books", Books, "--ims", Case, "--at", At, "--format", "csv", "--manual", manual);

        run.Exit.Should().Be(1, run.ToString()); // a decision was left out
        run.Err.Should().Contain("RECON-MANUAL-DECISION").And.Contain("PB-404");
        var rows = Parse(run.Out);
        rows.Single(r => r[5] == "PB-011")[1].Should().Be("manual");
        rows.Single(r => r[14] == "r01")[5].Should().Be("PB-012"); // kept apart from PB-001, it pairs with the duplicate booking
    }

    [Fact]
    public void Reconcile_BooksDateFormatDeclared_ReadsThatFormatOnly()
    {
        var books = Path.Combine(_folder, "books.csv");
        File.WriteAllText(books, "id,supplierGstin,type,number,date,taxableValue,igst\nPB-1,29AABCT1332L1ZA,invoice,INV-1001,05/01/2025,10000.00,1800.00\n");

        var slash = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At, "--format", "csv", "--books-date-format", "dd/mm/yyyy");
        var iso = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At, "--format", "csv", "--books-date-format", "yyyy-mm-dd");

        slash.Exit.Should().Be(0, slash.ToString());
        Parse(slash.Out).Single(r => r[5] == "PB-1")[1].Should().Be("exact");
        iso.Exit.Should().Be(1);
        iso.Err.Should().Contain("Row 2, column 'date'");
    }

    [Fact]
    public void Reconcile_BooksWhoseDatesReadMonthFirst_IsBadInput()
    {
        var books = Path.Combine(_folder, "books.csv");
        File.WriteAllText(books, "id,supplierGstin,type,number,date,taxableValue,igst\nPB-1,29AABCT1332L1ZA,invoice,INV-1,01/05/2025,100,18\nPB-2,29AABCT1332L1ZA,invoice,INV-2,01/25/2025,100,18\n");

        var run = CliRun.Of("reconcile", "--books", books, "--ims", Case, "--at", At);

        run.Exit.Should().Be(2);
        run.Err.Should().Contain("RECON-CSV-DATE-FORMAT");
    }

    private static string[][] Parse(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        var rows = new System.Collections.Generic.List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i) ?? string.Empty).ToArray());
        }

        return [.. rows];
    }
}
