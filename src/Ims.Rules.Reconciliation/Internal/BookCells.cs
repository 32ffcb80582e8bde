using System;
using System.Globalization;
using Ims.Rules.Records;
using Ims.Rules.Registration;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>Parses the cells of a books CSV; each method returns an error message instead of throwing.</summary>
internal static class BookCells
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern IndianDate = LocalDatePattern.CreateWithInvariantCulture("dd'-'MM'-'uuuu");

    public static string? Amount(string text, bool required, out decimal amount)
    {
        amount = 0;
        if (text.Length == 0)
        {
            return required ? "is empty: expected an amount in rupees such as 1180.50" : null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount))
        {
            return $"{Text.Quote(text)} is not an amount: expected rupees with a dot for decimals, such as 1180.50";
        }

        if (!Ims.Rules.Money.Paise.IsInRange(amount))
        {
            return $"{Text.Quote(text)} is outside the amounts accepted: at most 10^15 rupees";
        }

        if (amount < 0)
        {
            return $"{Text.Quote(text)} is negative: amounts are positive, a credit note's type gives its sign";
        }

        return amount.Scale > 2 && amount != decimal.Round(amount, 2) ? $"{Text.Quote(text)} has more than two decimals: amounts are in rupees and paise" : null;
    }

    public static string? Date(string text, bool required, out LocalDate? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return required ? "is empty: expected a date, YYYY-MM-DD or DD-MM-YYYY" : null;
        }

        var result = IsoDate.Parse(text);
        if (!result.Success)
        {
            result = IndianDate.Parse(text);
        }

        if (!result.Success)
        {
            return $"{Text.Quote(text)} is not a date: expected YYYY-MM-DD or DD-MM-YYYY, such as 2025-10-15 or 15-10-2025";
        }

        if (result.Value.Year is < 2000 or >= 9000)
        {
            return $"{Text.Quote(text)} is outside the years 2000–8999";
        }

        date = result.Value;
        return null;
    }

    public static string? Type(string text, out RecordKind kind)
    {
        kind = default;
        RecordKind? parsed = text.ToUpperInvariant() switch
        {
            "INVOICE" => RecordKind.Invoice,
            "DEBITNOTE" => RecordKind.DebitNote,
            "CREDITNOTE" => RecordKind.CreditNote,
            "BILLOFENTRY" => RecordKind.BillOfEntry,
            "ISDINVOICE" => RecordKind.IsdInvoice,
            "ISDCREDITNOTE" => RecordKind.IsdCreditNote,
            _ => null,
        };
        if (parsed is not { } value)
        {
            return $"{Text.Quote(text)} is not a document type: expected invoice, debitNote, creditNote, billOfEntry, isdInvoice or isdCreditNote";
        }

        kind = value;
        return null;
    }

    public static string? Gstin(string text, RecordKind kind, out Gstin? gstin, out bool badCheck)
    {
        gstin = null;
        badCheck = false;
        if (text.Length == 0)
        {
            return kind == RecordKind.BillOfEntry ? null : "is empty: expected the supplier's GSTIN (only a bill of entry may have none)";
        }

        var upper = text.ToUpperInvariant();
        if (!Registration.Gstin.TryParseAllowingBadCheckCharacter(upper, out var parsed))
        {
            return $"{Text.Quote(text)} is not a GSTIN: expected 2-digit state code, 10-character PAN, entity code, 'Z' and a check character";
        }

        gstin = parsed;
        badCheck = !parsed.HasValidCheckCharacter;
        return null;
    }

    public static string? State(string text, out StateCode? state)
    {
        state = null;
        if (text.Length == 0)
        {
            return null;
        }

        var digits = text.Split('-', 2)[0].Trim();
        if (digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && StateCode.TryParse(number.ToString("00", CultureInfo.InvariantCulture), out var code))
        {
            state = code;
            return null;
        }

        return $"{Text.Quote(text)} is not a state code: expected two digits such as 27, or 27-Maharashtra";
    }

    public static string? Flag(string text, out bool flag)
    {
        bool? parsed = text.ToUpperInvariant() switch
        {
            "" or "N" or "NO" or "FALSE" or "0" => false,
            "Y" or "YES" or "TRUE" or "1" => true,
            _ => null,
        };
        flag = parsed ?? false;
        return parsed is null ? $"{Text.Quote(text)} is not a flag: expected Y or N" : null;
    }

    /// <summary>The header names matched without regard to case.</summary>
    public static bool SameName(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
