using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using Ims.Rules.Gstn;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary>
/// <c>convert --from gstn-ims|gstn-2b FILE [--gstin G] [--period P | --at INSTANT] [--filing F]</c>:
/// the portal's JSON in the tool's own formats.
/// </summary>
internal static class ConvertCommand
{
    private const string FromIms = "gstn-ims";
    private const string From2b = "gstn-2b";
    private const string LastDayOfWindow = "last-day-of-window";
    private const string FirstDayAfterPeriod = "first-day-after-period";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = new Option<string>("--from")
        {
            Description = "gstn-ims: IMS invoice data, printed as an ims-case/1 case; gstn-2b: a GSTR-2B download, printed as an ims-2b/1 result.",
            Required = true,
        };
        from.AcceptOnlyFromAmong(FromIms, From2b);
        var file = new Argument<string>("FILE") { Description = "The portal's JSON." };
        var gstin = new Option<Gstin?>("--gstin")
        {
            Description = "gstn-ims: the recipient's GSTIN; required unless the data names it in a top-level rtin or gstin.",
            HelpName = "GSTIN",
            CustomParser = ParseGstin,
        };
        var period = Inputs.Period("--period", "gstn-ims: the GSTR-2B period the data was downloaded for (default: the latest rtnprd in it); the actions are dated 23:59 IST on the 13th after it, just before its statement is generated.");
        var at = Inputs.At();
        at.Description = "gstn-ims: when the data's actions were taken (ISO-8601 with offset, or a date for 00:00 IST), instead of the default that --period sets.";
        var filing = new Option<string?>("--filing")
        {
            Description = "gstn-ims: when a filed record is assumed filed: last-day-of-window (default; 00:00 IST on the 11th after rtnprd, the 13th for IFF) or first-day-after-period (00:00 IST on the 1st).",
            HelpName = "ASSUMPTION",
        };
        filing.AcceptOnlyFromAmong(LastDayOfWindow, FirstDayAfterPeriod);

        var maxFindings = new Option<int?>("--max-findings")
        {
            Description = "Print at most N findings on standard error, after one line per code when there are more (default: every finding).",
            HelpName = "N",
        };
        var command = new Command("convert", """
            Converts the portal's JSON. --from gstn-ims reads IMS invoice data and prints an ims-case/1 case, with the
            reader's findings (what it assumed: filing and action instants, monthly suppliers) on standard error.
            --from gstn-2b reads a GSTR-2B download and prints an ims-2b/1 result, which diff can compare with a
            computed statement (their documents are paired by supplier and number).
            The case has no GSTR-3B filings: add them (filings.gstr3b) before computing statements after the first.
            Exits with 0 when all was read, 1 when something was left out (error findings), 2 when the file is unreadable.
            Its output is that JSON only (no --format).

            Example:
              ims-rules convert --from gstn-ims ims.json --gstin 27AAPFU0939F1ZV --period 2025-10 > case.json
              ims-rules convert --from gstn-2b gstr2b-102025.json > portal.json
              ims-rules compute case.json --period 2025-10 > computed.json
              ims-rules diff portal.json computed.json --match document
            """)
        {
            from, file, gstin, period, at, filing, maxFindings,
        };
        command.Validators.Add(result =>
        {
            // The tokens, not GetValue: a value outside gstn-ims/gstn-2b is reported by its own validator and would throw here.
            if (result.GetResult(from) is { Tokens: [{ Value: From2b }] })
            {
                foreach (var option in new Option[] { gstin, period, at, filing })
                {
                    if (result.GetResult(option) is not null)
                    {
                        result.AddError($"{option.Name} applies to --from {FromIms} only.");
                    }
                }
            }

            if (result.GetResult(period) is not null && result.GetResult(at) is not null)
            {
                result.AddError("Give --period or --at, not both: --period only sets the default of --at.");
            }
        });
        command.SetAction(parse => parse.GetValue(from) == From2b
            ? Gstr2bConversion.Run(parse.GetValue(file)!, output, errors, System.Math.Max(0, parse.GetValue(maxFindings) ?? int.MaxValue))
            : ImsConversion.Run(
                parse.GetValue(file)!,
                parse.GetValue(gstin),
                parse.GetValue(period),
                parse.GetValue(at),
                parse.GetValue(filing) == FirstDayAfterPeriod ? FilingInstantAssumption.FirstDayAfterPeriod : FilingInstantAssumption.LastDayOfWindow,
                output,
                errors,
                System.Math.Max(0, parse.GetValue(maxFindings) ?? int.MaxValue)));
        return command;
    }

    private static Gstin? ParseGstin(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Gstin.TryParseAllowingBadCheckCharacter(text, out var gstin))
        {
            return gstin;
        }

        result.AddError($"'{InputFile.Quote(text)}' is not a GSTIN: expected 15 characters such as 27AAPFU0939F1ZV (state code, PAN, entity code, 'Z', check character).");
        return null;
    }
}
