using System;
using Ims.Rules.Cases;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Records;
using Ims.Rules.Registration;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// Whether an IMS record bypasses IMS actions, from its own data and the recipient's calendar,
/// in the engine's order (R3, R4, R6, R7, R36). A test checks it against <see cref="ImsEngine.PendingAllowance"/>.
/// </summary>
internal sealed class Eligibility(ImsCase imsCase, ImsCalendar calendar)
{
    private readonly StateCode? _recipientState = imsCase.Recipient.Gstin.ToString().Length == 15 ? imsCase.Recipient.Gstin.State : null;

    public IneligibleReason? Of(InwardRecord record)
    {
        if (record.Form == SupplierForm.Gstr6 || record.Kind is RecordKind.IsdInvoice or RecordKind.IsdCreditNote)
        {
            return IneligibleReason.Isd;
        }

        var ruleSet = NaturalMonth(record) is { Year: >= 2000 } month ? ImsCalendar.RuleSetOf(calendar.StatementPeriodOf(month)) : (RuleSet?)null;
        if (record.Kind == RecordKind.BillOfEntry)
        {
            return ruleSet is null or RuleSet.Ims2025 ? null : IneligibleReason.ImportBeforeOctober2025;
        }

        if (IsPlaceOfSupplyIneligible(record))
        {
            return IneligibleReason.PlaceOfSupply;
        }

        if (record.Kind is RecordKind.Invoice or RecordKind.DebitNote && record.FiledAt is { } filed
            && TimeLimit(record.Date) is { } limit && IndianTime.DateOf(filed) > limit)
        {
            return IneligibleReason.TimeBarred;
        }

        if (record.ReverseCharge)
        {
            return IneligibleReason.ReverseCharge;
        }

        if (record.Form == SupplierForm.Gstr5)
        {
            return IneligibleReason.Gstr5;
        }

        return ruleSet == RuleSet.PreIms ? IneligibleReason.BeforeIms : null;
    }

    /// <summary>Whether the place of supply is another state than the recipient's (and the supply is not to an SEZ); a record that passes IMS with it does not belong here.</summary>
    public bool PlaceOfSupplyElsewhere(InwardRecord record) =>
        _recipientState is { } state && record.PlaceOfSupply is { } pos && pos != state
        && record.InvoiceType is not (InvoiceType.SezWithPayment or InvoiceType.SezWithoutPayment);

    /// <summary>The recipient's state, when its GSTIN is valid.</summary>
    public StateCode? RecipientState => _recipientState;

    private bool IsPlaceOfSupplyIneligible(InwardRecord record) =>
        _recipientState is { } recipientState
        && record.PlaceOfSupply is { } pos
        && record.SupplierGstin is { } supplier && supplier.ToString().Length == 15
        && record.InvoiceType is not (InvoiceType.SezWithPayment or InvoiceType.SezWithoutPayment)
        && supplier.State == pos
        && pos != recipientState;

    private YearMonth? NaturalMonth(InwardRecord record)
    {
        try
        {
            return calendar.NaturalMonth(record);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // dates the calendar cannot place: the engine leaves the record out and says so
        }
    }

    private LocalDate? TimeLimit(LocalDate date)
    {
        try
        {
            return calendar.TimeLimit(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
