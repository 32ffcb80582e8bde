namespace Ims.Rules.Json.Internal;

/// <summary>The property names of the case and result formats (docs/case-format.md).</summary>
internal static class Fields
{
    public const string Format = "format";
    public const string Recipient = "recipient";
    public const string Filings = "filings";
    public const string Records = "records";
    public const string Actions = "actions";
    public const string Policies = "policies";

    public const string Gstin = "gstin";
    public const string Profile = "profile";
    public const string From = "from";
    public const string To = "to";
    public const string Frequency = "frequency";
    public const string StateGroup = "stateGroup";

    public const string Gstr3b = "gstr3b";
    public const string AnnualReturn = "annualReturn";
    public const string DueDateExtensions = "dueDateExtensions";

    public const string Id = "id";
    public const string Kind = "kind";
    public const string Amends = "amends";
    public const string Eco = "eco";
    public const string Sez = "sez";
    public const string Form = "form";
    public const string SupplierGstin = "supplierGstin";
    public const string SupplierPeriod = "supplierPeriod";
    public const string SupplierFrequency = "supplierFrequency";
    public const string Number = "number";
    public const string Date = "date";
    public const string InvoiceType = "invoiceType";
    public const string Pos = "pos";
    public const string ReverseCharge = "reverseCharge";
    public const string TaxableValue = "taxableValue";
    public const string Igst = "igst";
    public const string Cgst = "cgst";
    public const string Sgst = "sgst";
    public const string Cess = "cess";
    public const string PortCode = "portCode";
    public const string ReferenceDate = "referenceDate";
    public const string ItcEligible = "itcEligible";
    public const string SavedAt = "savedAt";
    public const string FiledAt = "filedAt";
    public const string RevisedAt = "revisedAt";

    public const string Record = "record";
    public const string Action = "action";
    public const string At = "at";
    public const string ItcReduction = "itcReduction";
    public const string Required = "required";
    public const string Remark = "remark";

    public const string AmendmentNeedsSettledOriginal = "amendmentNeedsSettledOriginal";
    public const string ExpiredPending = "expiredPending";
    public const string PendingPastTimeLimit = "pendingPastTimeLimit";
    public const string QrmpMonthlyStatements = "qrmpMonthlyStatements";
    public const string Sequential = "sequential";
    public const string TimeBarCutoff = "timeBarCutoff";
    public const string CreditNotesInGstr3b = "creditNotesInGstr3b";

    public const string Period = "period";
    public const string AsOf = "asOf";
    public const string RuleSet = "ruleSet";
    public const string Status = "status";
    public const string Documents = "documents";
    public const string Bucket = "bucket";
    public const string Section = "section";
    public const string Reason = "reason";
    public const string Itc = "itc";
    public const string ItcReversed = "itcReversed";
    public const string IneligibleAmendment = "ineligibleAmendment";
    public const string Rules = "rules";
    public const string Tax = "tax";
    public const string Since = "since";
    public const string Summary = "summary";
    public const string ItcAvailable = "itcAvailable";
    public const string ItcNotAvailable = "itcNotAvailable";
    public const string ItcRejected = "itcRejected";
    public const string Table4A1 = "4A1";
    public const string Table4A3 = "4A3";
    public const string Table4A4 = "4A4";
    public const string Table4A5 = "4A5";
    public const string Table4B2 = "4B2";
    public const string Table4D2 = "4D2";
    public const string CarryForward = "carryForward";
    public const string PendingUntil = "pendingUntil";
    public const string TimeBarredAfter = "timeBarredAfter";
    public const string CarryReason = "reason";
    public const string SupplierEffects = "supplierEffects";
    public const string Effect = "effect";
    public const string Amount = "amount";
    public const string Findings = "findings";
    public const string Code = "code";
    public const string Severity = "severity";
    public const string Message = "message";
    public const string Statements = "statements";

    /// <summary>Every name of the case format, for allocation-free lookup while reading.</summary>
    public static readonly NameTable CaseNames = new(
        Format, Recipient, Filings, Records, Actions, Policies, Gstin, Profile, From, Frequency, StateGroup,
        Gstr3b, AnnualReturn, DueDateExtensions, Id, Kind, Amends, Eco, Sez, Form, SupplierGstin, SupplierPeriod,
        SupplierFrequency, Number, Date, InvoiceType, Pos, ReverseCharge, TaxableValue, Igst, Cgst, Sgst, Cess,
        PortCode, ReferenceDate, ItcEligible, SavedAt, FiledAt, RevisedAt, Record, Action, At, ItcReduction,
        Required, Remark, AmendmentNeedsSettledOriginal, ExpiredPending, PendingPastTimeLimit,
        QrmpMonthlyStatements, Sequential, TimeBarCutoff, CreditNotesInGstr3b, IneligibleAmendment);
}
