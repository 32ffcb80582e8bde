using Ims.Rules.Engine;
using static Ims.Rules.Severity;

namespace Ims.Rules;

/// <summary>
/// Every finding the core makes: code, severity, the rules it names and its message. Sites make a
/// finding only from here (<c>FindingCatalogue.PendingExpired.For(record.Id, limit)</c>); no message
/// is written anywhere else.
/// </summary>
/// <remarks>
/// <para>To add a finding:</para>
/// <list type="number">
/// <item>add its code to <see cref="FindingCodes"/> (a new code, never a renamed one) unless an existing code fits;</item>
/// <item>add an entry here: the code, its severity, the rule IDs from <c>RuleIds</c> (add the constant there if the
/// rule is new), and the message with numbered holes (<c>{0}</c>, <c>{1:uuuu-MM-dd}</c>) and <c>{rules}</c> where the
/// rule IDs go; one code may have several entries when its message differs by case;</item>
/// <item>document the code in <c>docs/findings.md</c> (a table row with its severity; a convention test checks it);</item>
/// <item>name policies by their C# names (<c>nameof(ImsPolicies.X)</c>), never by JSON names: adapters spell those.</item>
/// </list>
/// <para><c>FindingCatalogueTests</c> checks each entry: a known code, <c>{rules}</c> present exactly when rules are given.</para>
/// </remarks>
internal static class FindingCatalogue
{
    private const string Policy = "policy ";

    // The case and the recipient.

    public static readonly FindingTemplate RecipientGstinInvalid = new(FindingCodes.RecipientGstinInvalid, Error, [RuleIds.R3],
        "The recipient's GSTIN is missing or malformed; its state decides the place-of-supply rule ({rules}), so no statement can be computed.");

    public static readonly FindingTemplate RecipientCheckCharacter = new(FindingCodes.GstinCheckCharacter, Warning, [],
        "The recipient's GSTIN {0} has a wrong check character; it is used as given.");

    /// <summary>{0}: what (an action, a filing…); {1}: its instant or date.</summary>
    public static readonly FindingTemplate InputOutOfRange = new(FindingCodes.InstantOutOfRange, Warning, [],
        "The {0} ({1}) is outside the years 2000–8999; it is ignored.");

    /// <summary>{0}: the frequency in words; {1}: the month.</summary>
    public static readonly FindingTemplate ProfileChangeMidQuarter = new(FindingCodes.ProfileChangeMidQuarter, Warning, [RuleIds.R34],
        "The change to {0} returns from {1} takes effect at the next quarter start: frequency changes only at quarter starts ({rules}).");

    // Records.

    /// <summary>{0}: the record's kind; {1}: its number.</summary>
    public static readonly FindingTemplate RecordIdMissing = new(FindingCodes.RecordIdMissing, Error, [],
        "A {0} record numbered '{1}' has no id; it is left out.");

    public static readonly FindingTemplate RecordIdDuplicate = new(FindingCodes.RecordIdDuplicate, Error, [],
        "More than one record has the id '{0}'; all of them are left out.");

    /// <summary>{0}: the record's kind; {1}: its form.</summary>
    public static readonly FindingTemplate RecordFormMismatch = new(FindingCodes.RecordFormMismatch, Error, [RuleIds.R4, RuleIds.R29],
        "A {0} cannot come from {1}: ISD documents come only from GSTR-6 and bills of entry only from ICEGATE ({rules}); the record is left out.");

    public static readonly FindingTemplate RecordAmountNegative = new(FindingCodes.RecordAmountNegative, Error, [],
        "Amounts are given positive (the engine applies the sign of credit notes); a negative amount leaves the record out.");

    public static readonly FindingTemplate RecordInstantUnsupported = new(FindingCodes.RecordUnplaceable, Error, [],
        "An instant or date of the record (saved, filed, revised, document or reference date) is outside the years 2000–8999; the record is left out.");

    public static readonly FindingTemplate RecordDateTooEarly = new(FindingCodes.RecordUnplaceable, Error, [],
        "The document date {0:uuuu-MM-dd} is before April 2000, which no GST period can hold; the record is left out.");

    public static readonly FindingTemplate RecordPeriodTooEarly = new(FindingCodes.RecordUnplaceable, Error, [],
        "The record's dates place it before January 2000; it is left out.");

    public static readonly FindingTemplate RecordSupplierMissing = new(FindingCodes.RecordSupplierMissing, Error, [],
        "The record has no supplier GSTIN (only a bill of entry for goods from abroad may lack one); it is left out.");

    public static readonly FindingTemplate SupplierCheckCharacter = new(FindingCodes.GstinCheckCharacter, Warning, [],
        "The supplier GSTIN {0} has a wrong check character; the record is kept as given.");

    public static readonly FindingTemplate RecordNotFiled = new(FindingCodes.RecordNotFiled, Info, [RuleIds.R9],
        "The record is saved but not filed: it can be actioned in IMS but enters no statement until the supplier files ({rules}).");

    /// <summary>{0}: the revision; {1}: the filing.</summary>
    public static readonly FindingTemplate RevisionAfterFiling = new(FindingCodes.RevisionAfterFiling, Warning, [RuleIds.R18, RuleIds.R40],
        "A change at {0} is after the filing at {1} and is ignored: a filed record changes only by amendment ({rules}).");

    public static readonly FindingTemplate TransferNotApplicable = new(FindingCodes.TransferNotApplicable, Warning, [RuleIds.R53],
        "A GSTIN transfer applies only to a bill of entry, and a transfer to another GSTIN only to an amendment of one in this case; it is ignored ({rules}).");

    // Amendments.

    public static readonly FindingTemplate AmendsUnknown = new(FindingCodes.AmendsUnknown, Warning, [RuleIds.R41, RuleIds.R42],
        "The record amends '{0}', which is not in the case; its effect is its full value, as if nothing had been settled for the original ({rules}).");

    public static readonly FindingTemplate AmendsLeftOut = new(FindingCodes.AmendsUnknown, Warning, [RuleIds.R41, RuleIds.R42],
        "The record amends '{0}', which was left out; its effect is its full value ({rules}).");

    public static readonly FindingTemplate AmendsInvalid = new(FindingCodes.AmendsInvalid, Error, [RuleIds.R39],
        "The record amends '{0}', which is itself or a record of another kind ({rules}); it is left out.");

    public static readonly FindingTemplate AmendsCycle = new(FindingCodes.AmendsInvalid, Error, [RuleIds.R39],
        "The record is part of a cycle of amendments ({rules}); it is left out.");

    /// <summary>{0}: the action; {1}: the original's id.</summary>
    public static readonly FindingTemplate AmendmentOriginalUnsettled = new(FindingCodes.AmendmentOriginalUnsettled, Warning, [RuleIds.R43],
        "{0} is ignored: an amendment can be actioned only after its original '{1}' was actioned and the original's GSTR-3B filed ({rules}, "
        + Policy + nameof(ImsPolicies.AmendmentOriginal) + ").");

    /// <summary>{0}: the amendment's id; {1}: the period.</summary>
    public static readonly FindingTemplate SupersededInItsPeriod = new(FindingCodes.AmendmentSuperseded, Info, [RuleIds.R40, RuleIds.R43],
        "The record is superseded by its amendment '{0}' filed for the same GSTR-2B period {1}: only the amendment counts, at its full amended value; the original gives no ITC and is not listed ({rules}).");

    /// <summary>{0}: the amendment's id; {1}: the period it settled in.</summary>
    public static readonly FindingTemplate AmendmentSuperseded = new(FindingCodes.AmendmentSuperseded, Info, [RuleIds.R41],
        "Its amendment '{0}' was settled in an earlier statement ({1}); the original adds nothing ({rules}).");

    /// <summary>{0}: what is out of range (kind, form, invoice type, supplier frequency, an amount).</summary>
    public static readonly FindingTemplate RecordValueOutOfRange = new(FindingCodes.RecordValueOutOfRange, Error, [],
        "The record's {0} is not a value a record can have (an enum value out of range, or an amount beyond ±10^15 rupees); the record is left out.");

    /// <summary>{0}: the document date; {1}: the filing instant.</summary>
    public static readonly FindingTemplate RecordDatedAfterFiling = new(FindingCodes.RecordDatedAfterFiling, Warning, [],
        "The document is dated {0:uuuu-MM-dd}, after it was filed at {1}; a supplier files a document after issuing it, so one of the two is likely wrong.");

    public static readonly FindingTemplate RecordIgstWithCgstSgst = new(FindingCodes.RecordTaxHeadsImplausible, Warning, [],
        "The record carries IGST together with CGST or SGST; a supply is either inter-state (IGST) or intra-state (CGST and SGST), so the amounts are likely wrong.");

    /// <summary>{0}: CGST; {1}: SGST.</summary>
    public static readonly FindingTemplate RecordCgstNotSgst = new(FindingCodes.RecordTaxHeadsImplausible, Warning, [],
        "The record's CGST {0} differs from its SGST {1}; the two are levied at equal rates, so the amounts are likely wrong.");

    public static readonly FindingTemplate RecordSupplierIsRecipient = new(FindingCodes.RecordSupplierIsRecipient, Warning, [],
        "The supplier GSTIN is the recipient's own; a registration does not supply itself, so the GSTIN is likely wrong.");

    /// <summary>{0}: the months given twice or overlapping.</summary>
    public static readonly FindingTemplate ProfileOverlap = new(FindingCodes.ProfileOverlap, Error, [RuleIds.R34],
        "The profile gives {0} more than once, or a change moved to its quarter start ({rules}) overlaps a later one; the entries are taken in order of month and frequency, whatever their order in the input, so check which is meant.");

    /// <summary>{0}: the period; {1}: the filing instant.</summary>
    public static readonly FindingTemplate Gstr3bBeforePeriodEnd = new(FindingCodes.Gstr3bBeforePeriodEnd, Warning, [],
        "GSTR-3B of {0} is recorded as filed at {1}, before the period ended; a return is filed for a period that is over, so the period or the instant is likely wrong.");

    // Actions, before any statement.

    public static readonly FindingTemplate ActionValueOutOfRange = new(FindingCodes.ActionValueOutOfRange, Error, [],
        "An action on this record is not Accept, Reject, Pending or No action (an enum value out of range), or declares a reduction beyond ±10^15 rupees; it is ignored.");

    /// <summary>{0}: the action word.</summary>
    public static readonly FindingTemplate ActionInstantOutOfRange = new(FindingCodes.InstantOutOfRange, Warning, [],
        "A {0} has an instant outside the years 2000–8999; it is ignored.");

    /// <summary>{0}: the action word; {1}: its instant.</summary>
    public static readonly FindingTemplate ActionUnknownRecord = new(FindingCodes.ActionUnknownRecord, Error, [RuleIds.R10],
        "The {0} at {1} names a record that is not in the case; it is ignored ({rules}).");

    /// <summary>{0}: the action that lost; {1}: the one used; {2}: the instant.</summary>
    public static readonly FindingTemplate ActionConflict = new(FindingCodes.ActionConflict, Warning, [RuleIds.R15],
        "{0} and {1} were given at the same instant {2}; the {1} is used ({rules}).");

    public static readonly FindingTemplate ActionOnExcludedRecord = new(FindingCodes.ActionOnExcludedRecord, Warning, [],
        "{0} is ignored: the record was left out.");

    /// <summary>{0}: the action; {1}: the record's period.</summary>
    public static readonly FindingTemplate ActionOnPreImsRecord = new(FindingCodes.ActionBeforeIms, Warning, [RuleIds.R6],
        "{0} is ignored: the record belongs to {1}, before IMS began with the October 2024 period ({rules}).");

    public static readonly FindingTemplate ActionBeforeImsStart = new(FindingCodes.ActionBeforeIms, Warning, [RuleIds.R1],
        "{0} is ignored: IMS accepted actions from 14 October 2024 ({rules}).");

    /// <summary>{0}: the action; {1}: when the record appeared.</summary>
    public static readonly FindingTemplate ActionBeforeVisible = new(FindingCodes.ActionBeforeVisible, Warning, [RuleIds.R1],
        "{0} is ignored: the record appeared in IMS only at {1} ({rules}).");

    public static readonly FindingTemplate RejectNotAllowed = new(FindingCodes.RejectNotAllowed, Warning, [RuleIds.R51],
        "{0} is ignored: a bill of entry can only be accepted or kept pending ({rules}).");

    public static readonly FindingTemplate BypassPlaceOfSupply = Bypass("place-of-supply rule", RuleIds.R3);

    public static readonly FindingTemplate BypassTimeBarred = Bypass("filed after the section 16(4) deadline", RuleIds.R3, RuleIds.R36);

    public static readonly FindingTemplate BypassIsd = Bypass("ISD distribution", RuleIds.R4);

    public static readonly FindingTemplate BypassReverseCharge = Bypass("reverse charge", RuleIds.R4);

    public static readonly FindingTemplate BypassGstr5 = Bypass("GSTR-5 of a non-resident", RuleIds.R4);

    public static readonly FindingTemplate BypassImportBefore2025 = Bypass("bills of entry enter IMS from the October 2025 period", RuleIds.R4, RuleIds.R7);

    // Actions, as a statement resolves them.

    /// <summary>{0}: the action; {1}: the supplier's change.</summary>
    public static readonly FindingTemplate ActionReset = new(FindingCodes.ActionReset, Info, [RuleIds.R18],
        "{0} was reset to No action by the supplier's change to the saved record at {1} ({rules}).");

    /// <summary>{0}: the action word; {1}: its instant; {2}: the period; {3}: the filing.</summary>
    public static readonly FindingTemplate ActionAfterClose = new(FindingCodes.ActionAfterClose, Warning, [RuleIds.R17],
        "The {0} at {1} is ignored: GSTR-3B for {2} was filed at {3}, which closed the record ({rules}).");

    /// <summary>{0}: the restriction in words; {1}: the action.</summary>
    public static readonly FindingTemplate PendingBlockedBefore2025 = new(FindingCodes.PendingBlocked, Warning, [RuleIds.R22],
        "Pending is not allowed for {0} in a GSTR-2B period before Oct-2025 ({rules}); {1} was ignored.");

    /// <summary>{0}: the restriction in words; {1}: the last day; {2}: the action.</summary>
    public static readonly FindingTemplate PendingBlockedAfterAllowance = new(FindingCodes.PendingBlocked, Warning, [RuleIds.R24, RuleIds.R25],
        "Pending for {0} is allowed only until {1:uuuu-MM-dd}, the GSTR-3B due date of the following period ({rules}); {2} was ignored.");

    /// <summary>{0}: the last day.</summary>
    public static readonly FindingTemplate PendingExpired = new(FindingCodes.PendingExpired, Warning, [RuleIds.R25],
        "The record was still Pending after {0:uuuu-MM-dd}, the end of its one-period allowance; it is treated as No action and deemed accepted ({rules}, "
        + Policy + nameof(ImsPolicies.ExpiredPending) + ").");

    /// <summary>{0}: the deadline.</summary>
    public static readonly FindingTemplate PendingTimeBarred = new(FindingCodes.PendingTimeBarred, Warning, [RuleIds.R37, RuleIds.R35],
        "The record was still Pending after its section 16(4) deadline {0:uuuu-MM-dd}; its ITC is not available, reason C ({rules}, "
        + Policy + nameof(ImsPolicies.PendingPastTimeLimit) + ").");

    /// <summary>{0}: the deadline.</summary>
    public static readonly FindingTemplate PendingTimeBarredKept = new(FindingCodes.PendingTimeBarred, Warning, [RuleIds.R37],
        "The record is still Pending after its section 16(4) deadline {0:uuuu-MM-dd}; it stays pending ({rules}, "
        + Policy + nameof(ImsPolicies.PendingPastTimeLimit) + ": " + nameof(PendingPastTimeLimitPolicy.KeepPending) + ").");

    /// <summary>{0}: the action; {1}: the deadline.</summary>
    public static readonly FindingTemplate ActionAfterTimeLimit = new(FindingCodes.ActionAfterTimeLimit, Warning, [RuleIds.R37, RuleIds.R35],
        "{0} is ignored: the record was still Pending when its section 16(4) deadline {1:uuuu-MM-dd} passed, so a later action cannot revive its ITC; it stays not available, reason C ({rules}).");

    /// <summary>{0}: what was declared.</summary>
    public static readonly FindingTemplate ReductionNotApplicable = new(FindingCodes.ReductionNotApplicable, Warning, [RuleIds.R26, RuleIds.R45],
        "{0} is ignored: a reduction is declared only when accepting a credit note or a downward amendment of a GSTR-2B period from Oct-2025 ({rules}).");

    /// <summary>{0}: what was declared; {1}: the amounts; {2}: the record's reduction.</summary>
    public static readonly FindingTemplate ReductionInvalid = new(FindingCodes.ReductionInvalid, Warning, [RuleIds.R26],
        "{0} ({1}) is invalid: no head may be negative or above the record's reduction ({2}), and CGST must equal SGST; the full reduction applies ({rules}).");

    // Statements.

    /// <summary>{0}: the period asked for; {1}: the statement period in words.</summary>
    public static readonly FindingTemplate NotGeneratedQrmpMonth = new(FindingCodes.NotGeneratedQrmpMonth, Info, [RuleIds.R34],
        "{0} has no statement of its own: the recipient's statement period there is {1} ({rules}, " + Policy + nameof(ImsPolicies.QrmpStatements) + ").");

    /// <summary>{0}: the period; {1}: the filing; {2}: the generation.</summary>
    public static readonly FindingTemplate Gstr3bBeforeStatement = new(FindingCodes.Gstr3bBeforeStatement, Warning, [RuleIds.R33],
        "GSTR-3B for {0} is recorded as filed at {1}, before its GSTR-2B was generated at {2} ({rules}); the statement is taken as frozen at generation.");

    /// <summary>{0}: the period.</summary>
    public static readonly FindingTemplate StatementNotFiled = new(FindingCodes.StatementNotFiled, Info, [RuleIds.R17],
        "GSTR-3B for {0} is not filed, so no statement is frozen as filed ({rules}); it is shown as generated.");

    /// <summary>{0}: the period; {1}: the generation; {2}: the instant asked for.</summary>
    public static readonly FindingTemplate NotGeneratedYet = new(FindingCodes.NotGeneratedYet, Info, [RuleIds.R28],
        "The GSTR-2B for {0} is generated at {1}, after {2} ({rules}).");

    /// <summary>{0}: the period; {1}: the previous period.</summary>
    public static readonly FindingTemplate NotGeneratedSequential = new(FindingCodes.NotGeneratedSequential, Warning, [RuleIds.R32],
        "The GSTR-2B for {0} is not generated while GSTR-3B for {1} is unfiled ({rules}, " + Policy + nameof(ImsPolicies.Sequential) + ").");

    /// <summary>{0}: the previous period.</summary>
    public static readonly FindingTemplate SequentialProjected = new(FindingCodes.SequentialProjected, Warning, [RuleIds.R32],
        "GSTR-3B for {0} is unfiled, so the portal would not generate this GSTR-2B yet ({rules}); it is projected as "
        + Policy + nameof(ImsPolicies.Sequential) + ": " + nameof(SequentialPolicy.Project) + " asks.");

    public static readonly FindingTemplate BypassOther = new(FindingCodes.ActionOnBypassedRecord, Warning, [RuleIds.R4],
        "{0} is ignored: the record bypasses IMS ({rules}) and goes straight to GSTR-2B.");

    /// <summary>{0}: the action.</summary>
    private static FindingTemplate Bypass(string why, params string[] rules) => new(FindingCodes.ActionOnBypassedRecord, Warning, [.. rules],
        "{0} is ignored: the record bypasses IMS (" + why + ", {rules}) and goes straight to GSTR-2B.");
}
