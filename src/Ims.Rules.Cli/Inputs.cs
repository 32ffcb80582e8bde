using System.CommandLine;
using System.CommandLine.Parsing;
using Ims.Rules.Json;
using Ims.Rules.Periods;
using NodaTime;

namespace Ims.Rules.Cli;

/// <summary>The arguments and options several commands share, with their parsing.</summary>
internal static class Inputs
{
    /// <summary>The case file argument.</summary>
    public static Argument<string> CaseFile() => new("CASE") { Description = "The ims-case/1 case file (JSON)." };

    /// <summary>A period option, <c>YYYY-MM</c>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="required">Whether it must be given.</param>
    public static Option<ReturnPeriod?> Period(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "YYYY-MM",
        CustomParser = ParsePeriod,
    };

    /// <summary>The <c>--at</c> option: an ISO-8601 instant with offset, or a date (00:00 IST).</summary>
    public static Option<Instant?> At() => new("--at")
    {
        Description = "Compute as at this instant (ISO-8601 with offset, or a date for 00:00 IST) instead of when the portal generates the statement.",
        HelpName = "INSTANT",
        CustomParser = ParseInstant,
    };

    private static ReturnPeriod? ParsePeriod(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ReturnPeriod.TryParse(text, out var period) && period.Start.Year < 9000)
        {
            return period;
        }

        result.AddError($"'{InputFile.Quote(text)}' is not a period: expected YYYY-MM from 2000-01 to 8999-12, such as 2025-10.");
        return null;
    }

    private static Instant? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (IsoTime.TryParseInstant(text, out var instant) && IndianTime.IsSupported(instant))
        {
            return instant;
        }

        result.AddError($"'{InputFile.Quote(text)}' is not an instant of the years 2000–8999: expected ISO-8601 with offset, such as 2025-11-20T17:00:00+05:30, or a date such as 2025-11-20.");
        return null;
    }
}
