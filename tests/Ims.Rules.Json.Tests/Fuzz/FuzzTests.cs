using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Ims.Rules.Gstn;
using Ims.Rules.Json.Tests.Support;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Testing;
using NodaTime;

namespace Ims.Rules.Json.Tests.Fuzz;

/// <summary>
/// The fuzz corpus through the library, the readers and the tool, in process: never an exception escaping, never
/// exit 3, malformed input exit 2 with a location, implausible input a warning or error finding, and messages
/// short whatever the input's size.
/// </summary>
public sealed partial class FuzzTests : IDisposable
{
    private const int MessageBudget = 20_000;
    private static readonly Gstin Recipient = Gstin.Parse("27AAPFU0939F1ZV");
    private static readonly ImsReadOptions ImsOptions = new() { RecipientGstin = Recipient, ActionsAt = IndianTime.StartOf(new LocalDate(2025, 11, 13)) };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> CaseInputs => Names(FuzzCorpus.CaseFiles());

    public static TheoryData<string> ImsInputs => Names(FuzzCorpus.ImsFiles());

    public static TheoryData<string> Gstr2bInputs => Names(FuzzCorpus.Gstr2bFiles());

    public static TheoryData<string> BooksInputs => Names(FuzzCorpus.BooksFiles());

    [Theory]
    [MemberData(nameof(CaseInputs))]
    public void CaseFile_ThroughTheLibrary_GivesFindingsNeverExceptions(string name)
    {
        var input = FuzzCorpus.CaseFiles().Single(i => i.ToString() == name);

        var read = CaseReader.Read(input.Bytes);
        var streamed = CaseReader.Read(new MemoryStream(input.Bytes), 16);

        streamed.Findings.Should().Equal(read.Findings, "reading in small windows finds the same");
        if (input.Expect == Expect.Malformed)
        {
            read.IsRead.Should().BeFalse();
            read.Findings.Should().Contain(f => f.Severity == Severity.Error && Location().IsMatch(f.Message), "a malformed input is an error naming where");
            return;
        }

        var engine = ImsEngine.Create(read.GetValueOrThrow());
        engine.ComputeRange(ReturnPeriod.Parse("2025-09"), ReturnPeriod.Parse("2025-12"));
        read.Findings.Concat(engine.CaseFindings).Should().Contain(f => f.Code == input.Code && f.Severity != Severity.Info);
    }

    [Theory]
    [MemberData(nameof(CaseInputs))]
    public void CaseFile_ThroughTheTool_NeverExitsThreeAndSaysWhere(string name)
    {
        var input = FuzzCorpus.CaseFiles().Single(i => i.ToString() == name);
        var file = Write("case.json", input.Bytes);

        var validate = CliRun.Of("validate", file);
        var compute = CliRun.Of("compute", file, "--period", "2025-10");
        var fromInput = CliRun.WithInput(Encoding.UTF8.GetString(input.Bytes), "validate", "-");

        foreach (var run in new[] { validate, compute, fromInput })
        {
            run.Exit.Should().NotBe(3, run.ToString());
            run.Err.Length.Should().BeLessThan(MessageBudget);
        }

        if (input.Expect == Expect.Malformed)
        {
            validate.Exit.Should().Be(2, validate.ToString());
            compute.Exit.Should().Be(2, compute.ToString());
            Location().IsMatch(validate.Out + validate.Err).Should().BeTrue(validate.ToString());
        }
        else
        {
            validate.Exit.Should().BeOneOf([0, 1], validate.ToString());
            (validate.Out + validate.Err).Should().Contain(input.Code!);
        }
    }

    [Theory]
    [MemberData(nameof(ImsInputs))]
    public void ImsFile_ThroughTheReaderAndConvert_GivesFindingsNeverExitThree(string name)
    {
        var input = FuzzCorpus.ImsFiles().Single(i => i.ToString() == name);

        var data = ImsInvoiceReader.Read(new MemoryStream(input.Bytes), ImsOptions);
        var run = CliRun.Of("convert", "--from", "gstn-ims", Write("ims.json", input.Bytes), "--gstin", Recipient.ToString(), "--period", "2025-10");

        run.Exit.Should().NotBe(3, run.ToString());
        run.Err.Length.Should().BeLessThan(MessageBudget);
        if (input.Expect == Expect.Malformed)
        {
            data.Match((read, _) => read.Records.IsEmpty, _ => true).Should().BeTrue();
            data.Findings.Should().Contain(f => f.Severity == Severity.Error);
            run.Exit.Should().Be(2, run.ToString());
        }
        else
        {
            data.Findings.Should().Contain(f => f.Code == input.Code);
            run.Exit.Should().BeOneOf([0, 1], run.ToString());
            run.Err.Should().Contain(input.Code!);
            ImsEngine.Create(data.GetValueOrThrow().ToCase()).ComputeRange(ReturnPeriod.Parse("2025-10"), ReturnPeriod.Parse("2025-11"));
        }
    }

    [Theory]
    [MemberData(nameof(Gstr2bInputs))]
    public void Gstr2bFile_ThroughTheReaderAndConvert_GivesFindingsNeverExitThree(string name)
    {
        var input = FuzzCorpus.Gstr2bFiles().Single(i => i.ToString() == name);

        var read = Gstr2bReader.Read(new MemoryStream(input.Bytes));
        var run = CliRun.Of("convert", "--from", "gstn-2b", Write("gstr2b.json", input.Bytes));

        run.Exit.Should().NotBe(3, run.ToString());
        if (input.Expect == Expect.Malformed)
        {
            read.IsRead.Should().BeFalse();
            run.Exit.Should().Be(2, run.ToString());
        }
        else
        {
            read.GetValueOrThrow().Documents.Should().BeEmpty("a document with an unknown code or a bad amount is left out, never read toward ITC");
            read.Findings.Should().Contain(f => f.Code == input.Code && f.Severity == Severity.Error);
            run.Exit.Should().Be(1, run.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(BooksInputs))]
    public void BooksCsv_ThroughTheReaderAndReconcile_GivesFindingsNeverExitThree(string name)
    {
        var input = FuzzCorpus.BooksFiles().Single(i => i.ToString() == name);

        var read = BooksCsvReader.Read(new StringReader(Encoding.UTF8.GetString(input.Bytes)));
        var run = CliRun.Of("reconcile", "--books", Write("books.csv", input.Bytes), "--ims", Path.Combine(Repository.Examples, "reconcile-case.json"),
            "--at", "2025-02-05T10:00:00+05:30", "--format", "csv");

        run.Exit.Should().NotBe(3, run.ToString());
        run.Err.Length.Should().BeLessThan(MessageBudget);
        if (input.Expect == Expect.Malformed)
        {
            run.Exit.Should().Be(2, run.ToString());
            read.Findings.Should().Contain(f => f.Severity == Severity.Error);
        }
        else if (input.Code is { } code)
        {
            read.Findings.Should().Contain(f => f.Code == code);
            run.Err.Should().Contain(code);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTAB")]
    public void ComputeCsv_FormulaCellsFromTheInput_AreNeutralised(string formula)
    {
        var escaped = formula.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        var file = Write("case.json", Encoding.UTF8.GetBytes(CaseJson.Of([RecordJson.Invoice().With("number", "\"" + escaped + "\"").With("id", "\"" + escaped + "\"")], extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\" } }")));

        var run = CliRun.Of("compute", file, "--period", "2025-10", "--format", "csv");

        run.Exit.Should().Be(0, run.ToString());
        run.Out.Should().Contain("'" + formula[..2]);
        foreach (var cell in run.Out.Split('\n').SelectMany(line => line.Split(',')).Select(c => c.Trim('"')))
        {
            (cell.Length == 0 || cell[0] is not ('=' or '@' or '\t') && !(cell[0] is '+' or '-' && !decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
                .Should().BeTrue("cell <{0}> would run as a formula", cell);
        }
    }

    [Fact]
    public void CommandLine_HostileArguments_NeverExitThree()
    {
        var file = Write("case.json", Encoding.UTF8.GetBytes(FuzzCorpus.ValidCase));
        foreach (var args in FuzzCorpus.CommandLines())
        {
            var real = args.Select(a => a.Replace("{case}", file, StringComparison.Ordinal).Replace("{dir}", _folder.Path, StringComparison.Ordinal)).ToArray();

            var run = CliRun.WithInput("not json", real);

            run.Exit.Should().NotBe(3, string.Join(' ', real.Select(a => a.Length > 40 ? a[..40] + "…" : a)) + "\n" + run);
            run.Err.Length.Should().BeLessThan(MessageBudget, string.Join(' ', real.Select(a => a.Length > 40 ? a[..40] + "…" : a)));
        }
    }

    /// <summary>The 50 MB class: each input read through the tool within seconds, every message short.</summary>
    [Fact]
    public void FiftyMegabyteInputs_AreReadWithShortMessagesAndNoInternalError()
    {
        var fifty = new string('7', 50 * 1024 * 1024);

        var kind = Write("kind.json", Encoding.UTF8.GetBytes(CaseJson.Of(RecordJson.Invoice().With("kind", "\"" + fifty + "\""))));
        var amount = Write("amount.json", Encoding.UTF8.GetBytes(CaseJson.Of(RecordJson.Invoice().With("igst", fifty))));
        var remarks = Write("ims.json", Encoding.UTF8.GetBytes("{\"b2b\": [{\"stin\": \"29AABCT1332L1ZA\", \"inum\": \"" + fifty + "\", \"idt\": \"05-10-2025\", \"rtnprd\": \"102025\", \"srcform\": \"ZZ\"}]}"));
        var books = Write("books.csv", Encoding.UTF8.GetBytes("id,supplierGstin,type,number,date,taxableValue,igst,cgst,sgst,cess,placeOfSupply,reverseCharge,bookedOn\nPB-1,29AABCT1332L1ZA," + fifty + ",INV-1,2025-01-05,1000,180,0,0,0,27,N,2025-01-06\n"));

        var runs = new[]
        {
            CliRun.Of("validate", kind),
            CliRun.Of("validate", amount),
            CliRun.Of("convert", "--from", "gstn-ims", remarks, "--gstin", Recipient.ToString(), "--period", "2025-10"),
            CliRun.Of("reconcile", "--books", books, "--ims", Path.Combine(Repository.Examples, "reconcile-case.json"), "--at", "2025-02-05T10:00:00+05:30"),
        };

        runs[0].Exit.Should().Be(2, Short(runs[0]));
        runs[1].Exit.Should().Be(2, Short(runs[1]));
        foreach (var run in runs)
        {
            run.Exit.Should().NotBe(3, Short(run));
            run.Err.Length.Should().BeLessThan(MessageBudget, Short(run));
            (run.Out.Length < MessageBudget || run.Exit == 0).Should().BeTrue(Short(run));
        }
    }

    private static string Short(CliRun run) => $"exit {run.Exit}: {(run.Err.Length > 500 ? run.Err[..500] : run.Err)}";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static TheoryData<string> Names(System.Collections.Generic.IEnumerable<FuzzInput> inputs)
    {
        var data = new TheoryData<string>();
        foreach (var input in inputs)
        {
            data.Add(input.ToString());
        }

        return data;
    }

    /// <summary>A location in a message: a line number, or a row and column of a CSV.</summary>
    [GeneratedRegex(@"\(line \d+\)|line \d+|Row \d+")]
    private static partial Regex Location();
}
