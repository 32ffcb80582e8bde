using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// What <see cref="CaseWriter"/> refuses: anything that <see cref="CaseReader"/> would not read back as the same
/// case (an amount it would have to round, a null or repeated id, an enum value out of range, a date the
/// format cannot hold, a transfer the format does not carry). Writing such a case would save something else.
/// </summary>
internal static class CaseWriterCheck
{
    private static readonly LocalDate FirstDocumentDate = new(2000, 4, 1);

    // Instants whose IST time ISO 8601 writes with four-digit years.
    private static readonly Instant FirstInstant = NodaTime.Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant EndInstant = NodaTime.Instant.FromUtc(9999, 12, 31, 18, 0);

    /// <summary>Throws when the case cannot be written faithfully.</summary>
    /// <param name="imsCase">The case.</param>
    /// <exception cref="ArgumentException">The case holds a value the format cannot carry; the message names it.</exception>
    public static void Check(ImsCase imsCase)
    {
        if (imsCase.Recipient is not { } recipient)
        {
            throw Refuse("the case has no recipient");
        }

        Gstin(recipient.Gstin, "the recipient's GSTIN");
        foreach (var change in recipient.Profile.IsDefault ? [] : recipient.Profile)
        {
            if (change is null || change.From.Year is < 2000 or > 9999 || change.Frequency is < ReturnFrequency.Monthly or > ReturnFrequency.Quarterly
                || change.StateGroup is < StateGroup.A or > StateGroup.B)
            {
                throw Refuse("a profile entry is null, before 2000-01 or has a frequency or state group out of range");
            }
        }

        Filings(imsCase.Filings ?? Ims.Rules.Filings.None);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var records = imsCase.Records.IsDefault ? [] : imsCase.Records;
        for (var i = 0; i < records.Length; i++)
        {
            Record(records[i], i, ids);
        }

        var actions = imsCase.Actions.IsDefault ? [] : imsCase.Actions;
        for (var i = 0; i < actions.Length; i++)
        {
            Action(actions[i], i, ids);
        }
    }

    private static void Filings(Filings filings)
    {
        foreach (var (month, filed) in filings.Gstr3b)
        {
            if (month.Year is < 2000 or > 9999)
            {
                throw Refuse($"GSTR-3B of {month.Year}-{month.Month:00} is outside the periods a case file holds (2000-01 to 9999-12)");
            }

            Instant(filed, "a GSTR-3B filing");
        }

        foreach (var extension in filings.DueDateExtensions.IsDefault ? [] : filings.DueDateExtensions)
        {
            if (extension is null || extension.Period.Year is < 2000 or > 9999 || extension.DueDate.Year is < 1 or > 9999)
            {
                throw Refuse("a due-date extension is null or outside the years a case file holds");
            }
        }
    }

    private static void Record(InwardRecord? record, int index, HashSet<string> ids)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"records[{index}]");
        if (record is null)
        {
            throw Refuse(where + " is null");
        }

        if (string.IsNullOrEmpty(record.Id) || !ids.Add(record.Id))
        {
            throw Refuse(where + (string.IsNullOrEmpty(record.Id) ? " has no id" : " repeats the id " + IsoTime.Quote(record.Id)));
        }

        where += " (" + IsoTime.Quote(record.Id) + ")";
        if (record.Kind is < RecordKind.Invoice or > RecordKind.IsdCreditNote || record.Form is < SupplierForm.Gstr1 or > SupplierForm.Icegate
            || record.InvoiceType is < InvoiceType.Regular or > InvoiceType.CustomsBondedWarehouse
            || record.SupplierFrequency is < ReturnFrequency.Monthly or > ReturnFrequency.Quarterly)
        {
            throw Refuse(where + " has a kind, form, invoice type or supplier frequency out of range");
        }

        if (record.SupplierFrequency == ReturnFrequency.Quarterly && record.Form is SupplierForm.Gstr1 or SupplierForm.Gstr1A
            && record.SupplierPeriod is { } period && period != ReturnPeriod.QuarterOf(period.Start))
        {
            throw Refuse(where + " is from a quarterly supplier but its supplier period is a month; a case file holds a quarterly supplier's period as its quarter");
        }

        if (record.Number is null)
        {
            throw Refuse(where + " has a null number");
        }

        if (record.Date < FirstDocumentDate || record.Date.Year > 9999 || record.ReferenceDate is { } reference && (reference < FirstDocumentDate || reference.Year > 9999))
        {
            throw Refuse(where + " has a date before 2000-04-01 or after 9999, which a case file cannot hold");
        }

        if (record.SupplierGstin is { } supplier)
        {
            Gstin(supplier, where + "'s supplier GSTIN");
        }

        if (record.TransferredFrom is not null || record.TransferredTo is not null)
        {
            throw Refuse(where + " is a transferred bill of entry; the case format (ims-case/1) does not carry transfers");
        }

        Amounts(where, record.TaxableValue, record.Tax);
        foreach (var instant in (Instant?[])[record.SavedAt, record.FiledAt])
        {
            if (instant is { } value)
            {
                Instant(value, where + "'s saved or filed instant");
            }
        }

        foreach (var revised in record.RevisedAt.IsDefault ? [] : record.RevisedAt)
        {
            Instant(revised, where + "'s revision");
        }
    }

    private static void Action(ImsAction? action, int index, HashSet<string> ids)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"actions[{index}]");
        if (action is null || action.RecordId is null || !ids.Contains(action.RecordId))
        {
            throw Refuse(where + " is null or names a record that is not in the case");
        }

        if (action.Action is < ActionKind.NoAction or > ActionKind.Pending)
        {
            throw Refuse(where + " is not Accept, Reject, Pending or No action");
        }

        Instant(action.At, where + "'s instant");
        if (action.ItcReduction is { Kind: ItcReductionKind.Partial } reduction)
        {
            Amounts(where + "'s reduction", 0m, reduction.Declared);
        }
    }

    private static void Amounts(string where, decimal taxableValue, TaxAmounts tax)
    {
        foreach (var amount in (decimal[])[taxableValue, tax.Igst, tax.Cgst, tax.Sgst, tax.Cess])
        {
            if (!Paise.IsWhole(amount) || !Paise.IsInRange(amount))
            {
                throw Refuse(where + " has the amount " + amount.ToString(CultureInfo.InvariantCulture)
                    + ", which a case file cannot hold: amounts have at most two decimals and lie within ±10^15 rupees");
            }
        }
    }

    private static void Gstin(Gstin gstin, string what)
    {
        if (gstin.ToString().Length != 15)
        {
            throw Refuse(what + " is empty");
        }
    }

    private static void Instant(Instant instant, string what)
    {
        if (instant < FirstInstant || instant >= EndInstant)
        {
            throw Refuse(what + " is outside the years 0001–9999 that ISO 8601 writes");
        }
    }

    private static ArgumentException Refuse(string what) =>
        new("The case cannot be written as ims-case/1 without changing it: " + what + ".");
}
