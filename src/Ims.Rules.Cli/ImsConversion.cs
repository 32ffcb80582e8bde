using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Ims.Rules.Gstn;
using Ims.Rules.Json;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary>
/// <c>convert --from gstn-ims</c>: the portal's IMS invoice data as an <c>ims-case/1</c> case
/// (<see cref="ImsInvoiceReader"/>, <see cref="ImsInvoiceData.ToCase"/>, <see cref="CaseWriter"/>),
/// with the reader's findings, its assumptions among them, on standard error.
/// </summary>
internal static class ImsConversion
{
    /// <summary>The instant of the first read, which only learns the data's periods; no action of it is kept.</summary>
    private static readonly Instant Provisional = IndianTime.SupportedStart;

    /// <summary>Converts one file.</summary>
    /// <param name="path">The IMS invoice data.</param>
    /// <param name="gstin">The recipient; when absent, the data's own <c>rtin</c> or <c>gstin</c>.</param>
    /// <param name="period">The GSTR-2B period the data was downloaded for; when absent, the latest <c>rtnprd</c> in it.</param>
    /// <param name="at">When the data's actions were taken; when absent, just before the period's statement is generated.</param>
    /// <param name="filing">How filing instants are assumed.</param>
    /// <param name="output">Standard output, for the case.</param>
    /// <param name="errors">Standard error, for the findings.</param>
    /// <param name="maxFindings">At most this many findings, after one line per code when there are more (<c>--max-findings</c>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string path, Gstin? gstin, ReturnPeriod? period, Instant? at, FilingInstantAssumption filing, TextWriter output, TextWriter errors, int maxFindings = int.MaxValue)
    {
        var bytes = InputFile.Read(path, errors);
        if (bytes is null)
        {
            return ExitCodes.BadInput;
        }

        // Nothing usable: the file is not IMS invoice data, or every row of it was left out.
        var probed = Read(bytes, gstin ?? default, Provisional, filing);
        if (probed.Match((data, findings) => data.Records.IsEmpty && HasErrors(findings) ? null : data, _ => null) is not { } probe)
        {
            CaseFile.Print(errors, path, probed.Findings);
            return ExitCodes.BadInput;
        }

        string? written = null;
        var recipient = gstin ?? DataRecipient.Find(bytes, out written);
        if (recipient is not { } recipientGstin)
        {
            errors.WriteLine(written is null
                ? $"ims-rules: {path} does not name the recipient; give the recipient's GSTIN with --gstin."
                : $"ims-rules: {path} names the recipient '{InputFile.Quote(written)}', which is not a GSTIN; give the recipient's GSTIN with --gstin.");
            return ExitCodes.BadInput;
        }

        var actionsAt = at ?? ActionsAt(period?.End ?? LatestPeriod(probe));
        // The same bytes were read once already, so this read is never unreadable.
        var data = Read(bytes, recipientGstin, actionsAt, filing).GetValueOrThrow();
        Views.FindingsOutput.WriteSummarisedLines(path, data.Findings, maxFindings, errors);
        using (var stream = new TextWriterStream(output))
        {
            CaseWriter.Write(data.ToCase(), stream);
        }

        output.WriteLine();
        return HasErrors(data.Findings) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The default instant of the actions: just before the period's statement, or the provisional instant for data without records.</summary>
    private static Instant ActionsAt(YearMonth? month) => month is { } m ? JustBeforeGeneration(m) : Provisional;

    /// <summary>23:59 IST on the 13th after <paramref name="month"/>: after every filing the reader assumes for it, one minute before its GSTR-2B is generated (R28).</summary>
    /// <param name="month">The period's (last) month.</param>
    /// <returns>The instant.</returns>
    public static Instant JustBeforeGeneration(YearMonth month) =>
        IndianTime.StartOf(month.PlusMonths(1).OnDayOfMonth(14)) - Duration.FromMinutes(1);

    private static ReadResult<ImsInvoiceData> Read(byte[] bytes, Gstin recipient, Instant actionsAt, FilingInstantAssumption filing)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return ImsInvoiceReader.Read(stream, new ImsReadOptions { RecipientGstin = recipient, ActionsAt = actionsAt, FilingInstant = filing });
    }

    private static YearMonth? LatestPeriod(ImsInvoiceData data)
    {
        var months = data.Records.Select(r => r.SupplierPeriod?.End).OfType<YearMonth>().ToList();
        return months.Count > 0 ? months.Max() : null;
    }

    private static bool HasErrors(ImmutableArray<Finding> findings) => findings.Any(f => f.Severity == Severity.Error);
}
