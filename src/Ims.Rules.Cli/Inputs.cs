using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using Ims.Rules.Json;
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

    /// <summary>The <c>--at</c> option: an ISO-8601 instant with offset, or a date (00:00 IST); the same as <c>--as INSTANT</c>.</summary>
    public static Option<Instant?> At() => new("--at")
    {
        Description = "Compute as at this instant (ISO-8601 with offset, or a date for 00:00 IST); the same as --as INSTANT.",
        HelpName = "INSTANT",
        CustomParser = ParseInstant,
    };

    /// <summary>The <c>--as</c> option shared by compute, timeline and explain: <c>generated</c>, <c>filed</c> or an instant.</summary>
    /// <param name="fallback">The command's default, named in the help.</param>
    public static Option<StatementMoment?> As(StatementMoment fallback) => new("--as")
    {
        Description = "The moment of each statement: generated (the portal's draft: 00:00 IST on the 14th, or the previous GSTR-3B filing "
            + "if later), filed (frozen at the period's own GSTR-3B; an unfiled period is shown as generated and says so), or an "
            + $"INSTANT (as at --at). Default for this command: {(fallback.IsFiled ? "filed" : "generated")}.",
        HelpName = "generated|filed|INSTANT",
        CustomParser = ParseMoment,
    };

    /// <summary>The moment <c>--as</c> and <c>--at</c> ask for, or <paramref name="fallback"/>; <see langword="null"/> (reported) when both are given.</summary>
    /// <param name="moment">The <c>--as</c> value.</param>
    /// <param name="at">The <c>--at</c> value.</param>
    /// <param name="fallback">The command's default.</param>
    /// <param name="errors">Where to report a conflict.</param>
    public static StatementMoment? Moment(StatementMoment? moment, Instant? at, StatementMoment fallback, TextWriter errors)
    {
        if (moment is not null && at is not null)
        {
            errors.WriteLine("ims-rules: give either --as or --at, not both (--at INSTANT is --as INSTANT).");
            return null;
        }

        return moment ?? (at is { } instant ? StatementMoment.At(instant) : fallback);
    }

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

    private static StatementMoment? ParseMoment(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        return text switch
        {
            "generated" => StatementMoment.Generated,
            "filed" => StatementMoment.Filed,
            _ => IsoTime.TryParseInstant(text, out var instant) && IndianTime.IsSupported(instant)
                ? StatementMoment.At(instant)
                : Fail(result, $"'{text}' is not a moment: expected generated, filed, or an instant of the years 2000–8999 (ISO-8601 with offset, such as 2025-11-20T17:00:00+05:30, or a date such as 2025-11-20)."),
        };
    }

    private static StatementMoment? Fail(ArgumentResult result, string message)
    {
        result.AddError(message);
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
