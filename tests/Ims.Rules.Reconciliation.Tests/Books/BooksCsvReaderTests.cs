using System.Linq;
using Ims.Rules.Reconciliation.Books;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Books;

public sealed class BooksCsvReaderTests
{
    private const string Header = "id,supplierGstin,type,number,date,taxableValue,igst,cgst,sgst,cess,placeOfSupply,reverseCharge,bookedOn";

    [Fact]
    public void Read_WellFormedRows_ReadsEveryField()
    {
        var result = BooksCsvReader.Read($"""
            {Header}
            PB-1,29AABCT1332L1ZA,invoice,INV-1,2025-10-15,"1,000.50",180.09,0,0,0,27-Maharashtra,Y,16-10-2025
            ,,billOfEntry,1234567,15-10-2025,50000,9000,,,,,,
            """);

        result.Errors.IsEmpty.Should().BeTrue();
        result.GetValueOrThrow().Should().HaveCount(2);
        result.GetValueOrThrow()[0].Should().Be(new BookEntry
        {
            Id = "PB-1", SupplierGstin = Karnataka, Type = RecordKind.Invoice, Number = "INV-1", Date = Date("2025-10-15"),
            TaxableValue = 1000.50m, Tax = TaxAmounts.OfIgst(180.09m), PlaceOfSupply = Ims.Rules.StateCode.Parse("27"),
            ReverseCharge = true, BookedOn = Date("2025-10-16"),
        });
        result.GetValueOrThrow()[1].Id.Should().Be("row-3");
        result.GetValueOrThrow()[1].SupplierGstin.Should().BeNull();
        result.GetValueOrThrow()[1].Date.Should().Be(Date("2025-10-15"));
    }

    [Fact]
    public void Read_HeaderInAnyCaseAndOrder_IsUnderstood()
    {
        var result = BooksCsvReader.Read("NUMBER,Type,Date,TaxableValue,SupplierGSTIN\nINV-1,Invoice,2025-10-15,100,29AABCT1332L1ZA\n");

        result.Errors.IsEmpty.Should().BeTrue();
        result.GetValueOrThrow().Single().Number.Should().Be("INV-1");
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsUnreadableWithAnErrorNamingTheColumn()
    {
        var result = BooksCsvReader.Read("id,supplierGstin,type,number,taxableValue\nPB-1,29AABCT1332L1ZA,invoice,INV-1,100\n");

        result.IsRead.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == ReconciliationFindingCodes.CsvMissingColumn && f.Message.Contains("'date'") && f.Message.Contains("Row 1"));
    }

    [Fact]
    public void Read_BadNumber_IsAnErrorNamingRowAndColumnAndKeepsTheOtherRows()
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,2025-10-15,100,18O.00,0,0,0,27,N,\nPB-2,29AABCT1332L1ZA,invoice,INV-2,2025-10-15,100,18,0,0,0,27,N,\n");

        result.GetValueOrThrow().Select(e => e.Id).Should().Equal("PB-2");
        result.Errors.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == ReconciliationFindingCodes.CsvValue && f.Message.StartsWith("Row 2, column 'igst'") && f.Message.Contains("'18O.00' is not an amount"));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025/10/15")]
    [InlineData("15.10.2025")]
    [InlineData("31-Sept-25")]
    [InlineData("1999-12-31")]
    public void Read_BadDate_IsAnErrorNamingRowAndColumn(string date)
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,{date},100,18,0,0,0,27,N,\n");

        result.GetValueOrThrow().Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("Row 2, column 'date'");
    }

    [Theory]
    [InlineData("type", "bill", "not a document type")]
    [InlineData("supplierGstin", "29AABCT1332L", "not a GSTIN")]
    [InlineData("taxableValue", "-100", "negative")]
    [InlineData("taxableValue", "100.005", "more than two decimals")]
    [InlineData("placeOfSupply", "55", "not a state code")]
    [InlineData("reverseCharge", "maybe", "not a flag")]
    public void Read_BadCell_IsAnErrorNamingRowColumnAndProblem(string column, string value, string problem)
    {
        var cells = new[] { "PB-1", "29AABCT1332L1ZA", "invoice", "INV-1", "2025-10-15", "100", "18", "0", "0", "0", "27", "N", "" };
        cells[Header.Split(',').ToList().IndexOf(column)] = value;

        var result = BooksCsvReader.Read($"{Header}\n{string.Join(",", cells)}\n");

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith($"Row 2, column '{column}'").And.Contain(problem);
    }

    [Fact]
    public void Read_WrongFieldCountOrDuplicateId_IsAnErrorForThatRow()
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1\nPB-2,29AABCT1332L1ZA,invoice,INV-2,2025-10-15,100,18,0,0,0,27,N,\nPB-2,29AABCT1332L1ZA,invoice,INV-3,2025-10-15,100,18,0,0,0,27,N,\n");

        result.GetValueOrThrow().Select(e => e.Id).Should().Equal("PB-2");
        result.Errors.Select(e => e.Message[..6]).Should().Equal("Row 2:", "Row 4,");
    }

    [Fact]
    public void Read_BadCheckCharacterAndUnknownColumn_AreReportedButKept()
    {
        var result = BooksCsvReader.Read("supplierGstin,type,number,date,taxableValue,narration\n29AABCT1332L1ZB,invoice,INV-1,2025-10-15,100,office chairs\n");

        result.Errors.IsEmpty.Should().BeTrue();
        result.GetValueOrThrow().Should().ContainSingle();
        result.Findings.Select(f => f.Code).Should().BeEquivalentTo(ReconciliationFindingCodes.CsvUnknownColumn, ReconciliationFindingCodes.CsvGstinCheckCharacter);
    }

    [Fact]
    public void Read_EmptyText_IsUnreadableNotAnException()
    {
        BooksCsvReader.Read(string.Empty).IsRead.Should().BeFalse();
        BooksCsvReader.Read(string.Empty).Errors.Should().ContainSingle().Which.Code.Should().Be(ReconciliationFindingCodes.CsvUnreadable);
    }

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData("01/04/2025")]
    [InlineData("1/4/2025")]
    [InlineData("01-04-2025")]
    [InlineData("1-Apr-25")]
    [InlineData("01-APR-2025")]
    [InlineData("1 apr 25")]
    public void Read_IndianDateFormats_AreDetectedAndReadDayFirst(string date)
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,{date},100,18,0,0,0,27,N,\n");

        result.Errors.IsEmpty.Should().BeTrue(string.Join("; ", result.Findings));
        result.GetValueOrThrow().Single().Date.Should().Be(Date("2025-04-01"));
    }

    [Theory]
    [InlineData(BooksDateFormat.Iso, "2025-04-01")]
    [InlineData(BooksDateFormat.DayMonthYearSlash, "01/04/2025")]
    [InlineData(BooksDateFormat.DayMonthYearDash, "01-04-2025")]
    [InlineData(BooksDateFormat.DayMonthNameYear, "1-Apr-25")]
    public void Read_DeclaredDateFormat_ReadsItAndRefusesAnother(BooksDateFormat format, string date)
    {
        var other = format == BooksDateFormat.Iso ? "01/04/2025" : "2025-04-01";
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,{date},100,18,0,0,0,27,N,\nPB-2,29AABCT1332L1ZA,invoice,INV-2,{other},100,18,0,0,0,27,N,\n", format);

        result.GetValueOrThrow().Should().ContainSingle().Which.Date.Should().Be(Date("2025-04-01"));
        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("Row 3, column 'date'").And.Contain("declared format");
    }

    [Fact]
    public void Read_DetectedDatesThatReadMonthFirst_AreUnreadableAsAmbiguous()
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,03/04/2025,100,18,0,0,0,27,N,\nPB-2,29AABCT1332L1ZA,invoice,INV-2,04/15/2025,100,18,0,0,0,27,N,\n");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Code == Reconciliation.ReconciliationFindingCodes.CsvDateFormat && f.Severity == Severity.Error
            && f.Message.Contains("Row 3, column 'date' '04/15/2025'") && f.Message.Contains("no entry is read"));
    }

    [Fact]
    public void Read_SupplierNameColumn_IsKeptOnTheEntry()
    {
        var result = BooksCsvReader.Read("id,supplierGstin,supplierName,type,number,date,taxableValue\nPB-1,29AABCT1332L1ZA,\"Tirupati Traders, Bengaluru\",invoice,INV-1,2025-04-01,100\n");

        result.GetValueOrThrow().Single().SupplierName.Should().Be("Tirupati Traders, Bengaluru");
    }

    [Fact]
    public void Read_ColumnNamedTwice_IsUnreadable()
    {
        var result = BooksCsvReader.Read("number,type,date,taxableValue,supplierGstin,Number\nINV-1,invoice,2025-10-15,100,29AABCT1332L1ZA,INV-2\n");

        result.Match((_, _) => "read", findings => string.Join(" ", findings.Select(f => f.Code))).Should().Be(ReconciliationFindingCodes.CsvMissingColumn);
    }

    [Fact]
    public void Read_RowLeftOut_IsReadWithTheErrorAmongItsFindings()
    {
        var result = BooksCsvReader.Read($"{Header}\nPB-1,29AABCT1332L1ZA,invoice,INV-1,2025-10-15,100,bad,0,0,0,27,N,\nPB-2,29AABCT1332L1ZA,invoice,INV-2,2025-10-15,100,18,0,0,0,27,N,\n");

        result.Match((entries, findings) => (entries.Length, findings.Count(f => f.Severity == Severity.Error)), _ => (-1, -1)).Should().Be((1, 1));
    }
}
