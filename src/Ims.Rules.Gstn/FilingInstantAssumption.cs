namespace Ims.Rules.Gstn;

/// <summary>
/// How <see cref="ImsInvoiceReader"/> dates a filed record: the portal's IMS data says only
/// that the supplier's return for <c>rtnprd</c> was filed, not when.
/// </summary>
public enum FilingInstantAssumption
{
    /// <summary>
    /// 00:00 IST on the last day of the form's window after <c>rtnprd</c> (R29): the 11th of the
    /// next month for GSTR-1 and GSTR-1A, the 13th for IFF. The record falls in the statement
    /// of its own period (GSTR-1A: of the next period, R31). The default.
    /// </summary>
    LastDayOfWindow,

    /// <summary>00:00 IST on the 1st of the month after <c>rtnprd</c>: the earliest a return for the period can be filed.</summary>
    FirstDayAfterPeriod,
}
