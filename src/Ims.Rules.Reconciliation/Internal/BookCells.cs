using System;
using System.Globalization;
using System.Linq;
using Ims.Rules.Reconciliation.Books;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>Parses the cells of a books CSV; each method returns an error message instead of throwing.</summary>
internal static class BookCells
{

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

        if (!Ims.Rules.Paise.IsInRange(amount))
        {
            return $"{Text.Quote(text)} is outside the amounts accepted: at most 10^15 rupees";
        }

        if (amount < 0)
        {
            return $"{Text.Quote(text)} is negative: amounts are positive, a credit note's type gives its sign";
        }

        return amount.Scale > 2 && amount != decimal.Round(amount, 2) ? $"{Text.Quote(text)} has more than two decimals: amounts are in rupees and paise" : null;
    }

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Parses a date in the declared format (or any, when detecting); <paramref name="monthFirst"/> says a numeric date can only be month first.</summary>
    public static string? Date(string text, bool required, BooksDateFormat format, out LocalDate? date, out bool monthFirst)
    {
        date = null;
        monthFirst = false;
        if (text.Length == 0)
        {
            return required ? $"is empty: expected a date, {Expected(format)}" : null;
        }

        var parsed = Parse(text, out var shape, out monthFirst);
        if (parsed is null || (format != BooksDateFormat.Detect && shape != format))
        {
            monthFirst = monthFirst && format == BooksDateFormat.Detect;
            return $"{Text.Quote(text)} is not a date in the {(format == BooksDateFormat.Detect ? "accepted formats" : "declared format")}: expected {Expected(format)}";
        }

        if (parsed.Value.Year is < 2000 or >= 9000)
        {
            return $"{Text.Quote(text)} is outside the years 2000–8999";
        }

        date = parsed;
        return null;
    }

    private static string Expected(BooksDateFormat format) => format switch
    {
        BooksDateFormat.Iso => "yyyy-mm-dd such as 2025-10-15",
        BooksDateFormat.DayMonthYearSlash => "dd/mm/yyyy such as 15/10/2025",
        BooksDateFormat.DayMonthYearDash => "dd-mm-yyyy such as 15-10-2025",
        BooksDateFormat.DayMonthNameYear => "d-MMM-yy such as 15-Oct-25",
        _ => "yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy or d-MMM-yy, such as 2025-10-15, 15/10/2025, 15-10-2025 or 15-Oct-25",
    };

    private static LocalDate? Parse(string text, out BooksDateFormat shape, out bool monthFirst)
    {
        shape = BooksDateFormat.Detect;
        monthFirst = false;
        var parts = text.Split(text.Contains('/', StringComparison.Ordinal) ? '/' : text.Contains('-', StringComparison.Ordinal) ? '-' : ' ');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        if (parts[0].Length == 4 && text[4] == '-' && parts[1].Length == 2 && parts[2].Length == 2)
        {
            shape = BooksDateFormat.Iso;
            return Number(parts[0], out var y) && Number(parts[1], out var m) && Number(parts[2], out var d) ? Make(y, m, d) : null;
        }

        if (!Number(parts[0], out var day) || parts[0].Length > 2)
        {
            return null;
        }

        var monthIndex = Array.IndexOf(Months, parts[1].ToUpperInvariant());
        if (monthIndex >= 0 && !text.Contains('/', StringComparison.Ordinal))
        {
            shape = BooksDateFormat.DayMonthNameYear;
            return Number(parts[2], out var year) && parts[2].Length is 2 or 4 ? Make(parts[2].Length == 2 ? 2000 + year : year, monthIndex + 1, day) : null;
        }

        if (parts[1].Length > 2 || parts[2].Length != 4 || !Number(parts[1], out var month) || !Number(parts[2], out var fullYear) || text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        shape = text.Contains('/', StringComparison.Ordinal) ? BooksDateFormat.DayMonthYearSlash : BooksDateFormat.DayMonthYearDash;
        monthFirst = day <= 12 && month > 12;
        return Make(fullYear, month, day);
    }

    private static bool Number(string text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length is > 0 and <= 4;
    }

    private static LocalDate? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;

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
        if (!Ims.Rules.Gstin.TryParseAllowingBadCheckCharacter(upper, out var parsed))
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
