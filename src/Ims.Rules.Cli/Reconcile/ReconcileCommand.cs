using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json;
using Ims.Rules.Reconciliation;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>
/// <c>reconcile --books BOOKS.csv --ims CASE_OR_IMS.json [--period P] [--format table|json|csv] [--at INSTANT]
/// [--recipient GSTIN] [--out-case FILE] [--out-upload FILE] [--out-suppliers FILE] [--manual FILE] [--books-date-format F]</c>:
/// the books against IMS, with suggested actions.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var books = new Option<string>("--books") { Description = "The purchase register as CSV (columns: docs/reconciliation.md).", Required = true, HelpName = "BOOKS.csv" };
        var ims = new Option<string>("--ims") { Description = "The IMS side: an ims-case/1 case file or the portal's IMS invoice JSON (told apart by their fields).", Required = true, HelpName = "CASE_OR_IMS.json" };
        var period = Inputs.Period("--period", "Show every suggestion's effect on this statement (default: the statement where each record lands).");
        var format = new Option<string>("--format") { Description = "table (default): readable, grouped by status; json: ims-reconciliation/1; csv: one row per line.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var at = Inputs.At();
        at.Description = "When the suggested actions would be taken (ISO-8601 with offset, or a date for 00:00 IST); default: now. Give it for a repeatable result.";
        var recipient = new Option<Gstin?>("--recipient") { Description = "The recipient's GSTIN; required with GSTN IMS JSON, which does not name it.", HelpName = "GSTIN", CustomParser = ParseGstin };
        var outCase = new Option<string?>("--out-case") { Description = "Write the case with the suggested actions added (ims-case/1), to compute statements before sending anything.", HelpName = "FILE" };
        var outUpload = new Option<string?>("--out-upload") { Description = "Write the IMS action upload (SAVE request) of the suggested actions.", HelpName = "FILE" };
        var outSuppliers = new Option<string?>("--out-suppliers") { Description = "Write the supplier view as CSV: per supplier, counts and tax per status, ITC at risk, Pending and rejected tax.", HelpName = "FILE" };
        var manual = new Option<string?>("--manual") { Description = "Manual decisions to apply before the automatic rules: a CSV with bookId, imsRecordId and decision (link or doNotPair).", HelpName = "FILE" };
        var dateFormat = new Option<string>("--books-date-format") { Description = "How the books write dates: detect (default, per file; refused when day and month cannot be told apart), yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy or d-mmm-yy.", DefaultValueFactory = _ => "detect", HelpName = "FORMAT" };
        dateFormat.AcceptOnlyFromAmong("detect", "yyyy-mm-dd", "dd/mm/yyyy", "dd-mm-yyyy", "d-mmm-yy");

        var command = new Command("reconcile", """
            Reconciles the purchase register (books) with the IMS records: each document is matched, partially matched,
            in the books only, in IMS only, or ineligible (it bypasses IMS); each gets a suggested IMS action with the
            rule that decided it and its effect on the GSTR-2B statement. Exits with 1 when rows or records were left out.

            Example:
              ims-rules reconcile --books docs/examples/reconcile-books.csv --ims docs/examples/reconcile-case.json --at 2025-02-05T10:00:00+05:30
              ims-rules reconcile --books books.csv --ims ims.json --recipient 27AAPFU0939F1ZV --format json --out-upload upload.json
            """)
        {
            books, ims, period, format, at, recipient, outCase, outUpload, outSuppliers, manual, dateFormat,
        };
        command.SetAction(parse => Execute(
            new Request(parse.GetValue(books)!, parse.GetValue(ims)!, parse.GetValue(period), parse.GetValue(format)!,
                parse.GetValue(at) ?? SystemClock.Instance.GetCurrentInstant(), parse.GetValue(recipient), parse.GetValue(outCase), parse.GetValue(outUpload))
            {
                OutSuppliers = parse.GetValue(outSuppliers),
                Manual = parse.GetValue(manual),
                DateFormat = DateFormat(parse.GetValue(dateFormat)!),
            },
            output, errors));
        return command;
    }

    private static int Execute(Request request, TextWriter output, TextWriter errors)
    {
        ReadResult<ImmutableArray<BookEntry>> booksRead;
        using (var stream = InputFile.Open(request.Books, errors))
        {
            if (stream is null)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                booksRead = BooksCsvReader.Read(reader, request.DateFormat);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.WriteLine($"ims-rules: cannot read {InputFile.Name(request.Books)}: {InputFile.Why(e)}");
                return ExitCodes.BadInput;
            }
        }

        CaseFile.Print(errors, request.Books, booksRead.Findings);
        if (booksRead.Match<ImmutableArray<BookEntry>?>((entries, _) => entries, _ => null) is not { } books)
        {
            return ExitCodes.BadInput;
        }

        var decisions = ReadManual(request.Manual, errors);
        if (decisions is null)
        {
            return ExitCodes.BadInput;
        }

        var input = ImsInput.Load(request.Ims, request.Recipient, request.At, errors);
        if (input is null)
        {
            return ExitCodes.BadInput;
        }

        CaseFile.Print(errors, request.Ims, input.ReadFindings.Where(f => f.Severity != Severity.Info));
        var report = Progress.Run(errors, $"Reconciling {Views.Cells.Readable(books.Length)} books entries with {Views.Cells.Readable(input.Case.Records.Length)} IMS records", () => Reconciler.Reconcile(books, input.Case,
            new ReconciliationOptions { At = request.At, Period = request.Period, Manual = decisions.GetValueOrThrow() }));
        CaseFile.Print(errors, request.Manual ?? request.Books, report.Findings.Where(f => f.Code == ReconciliationFindingCodes.ManualDecision));
        var actions = report.SuggestedActions();
        if (request.OutCase is { } casePath && !WriteFile(casePath, errors, stream => CaseWriter.Write(ReconciliationOutput.CaseWithActions(input.Case, actions), stream)))
        {
            return ExitCodes.BadInput;
        }

        if (request.OutUpload is { } uploadPath)
        {
            var upload = ReconciliationOutput.Upload(input.Case, actions, input.Portal);
            CaseFile.Print(errors, uploadPath, upload.Findings.Where(f => f.Severity != Severity.Info));
            if (!WriteFile(uploadPath, errors, stream => stream.Write(Encoding.UTF8.GetBytes(upload.Json + "\n"))))
            {
                return ExitCodes.BadInput;
            }
        }

        if (request.OutSuppliers is { } suppliersPath && !WriteFile(suppliersPath, errors, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            ReconcileCsvWriter.WriteSuppliers(report, writer);
        }))
        {
            return ExitCodes.BadInput;
        }

        switch (request.Format)
        {
            case "json":
                using (var stream = new TextWriterStream(output))
                {
                    ReconcileJsonWriter.Write(report, stream);
                }

                output.WriteLine();
                break;
            case "csv":
                ReconcileCsvWriter.Write(report, output);
                break;
            default:
                ReconcileTableWriter.Write(report, output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
                break;
        }

        var leftOut = !booksRead.Errors.IsEmpty || !decisions.Findings.IsEmpty || input.ReadFindings.Any(f => f.Severity == Severity.Error)
            || report.Findings.Any(f => f.Code == ReconciliationFindingCodes.ManualDecision);
        return leftOut ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The manual decisions file, read; none without one; <see langword="null"/> when it cannot be read at all.</summary>
    private static ReadResult<ImmutableArray<ManualDecision>>? ReadManual(string? path, TextWriter errors)
    {
        if (path is null)
        {
            return ReadResult.Read<ImmutableArray<ManualDecision>>([], []);
        }

        ReadResult<ImmutableArray<ManualDecision>> read;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            read = ManualDecisionsCsvReader.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot read {path}: {e.Message}");
            return null;
        }

        CaseFile.Print(errors, path, read.Findings);
        return read.IsRead ? read : null;
    }

    private static BooksDateFormat DateFormat(string option) => option switch
    {
        "yyyy-mm-dd" => BooksDateFormat.Iso,
        "dd/mm/yyyy" => BooksDateFormat.DayMonthYearSlash,
        "dd-mm-yyyy" => BooksDateFormat.DayMonthYearDash,
        "d-mmm-yy" => BooksDateFormat.DayMonthNameYear,
        _ => BooksDateFormat.Detect,
    };

    private static bool WriteFile(string path, TextWriter errors, Action<Stream> write)
    {
        try
        {
            using var stream = File.Create(path);
            write(stream);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"ims-rules: cannot write {InputFile.Quote(path)}: {InputFile.Why(e)}");
            return false;
        }
    }

    private static Gstin? ParseGstin(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.ToUpperInvariant() : string.Empty;
        if (Gstin.TryParseAllowingBadCheckCharacter(text, out var gstin))
        {
            return gstin;
        }

        result.AddError($"'{InputFile.Quote(text)}' is not a GSTIN: expected 2-digit state code, 10-character PAN, entity code, 'Z' and a check character.");
        return null;
    }

    private sealed record Request(string Books, string Ims, ReturnPeriod? Period, string Format, Instant At, Gstin? Recipient, string? OutCase, string? OutUpload)
    {
        public string? OutSuppliers { get; init; }

        public string? Manual { get; init; }

        public BooksDateFormat DateFormat { get; init; }
    }
}
