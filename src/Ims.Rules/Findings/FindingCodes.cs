namespace Ims.Rules;

/// <summary>
/// Every finding code the engine emits. Codes are stable: renaming one is a breaking change.
/// Each is documented with its meaning, severity and remedy in <c>docs/findings.md</c>.
/// </summary>
public static class FindingCodes
{
    /// <summary>Error: the recipient's GSTIN is missing or malformed; nothing can be computed.</summary>
    public const string RecipientGstinInvalid = "IMS-RECIPIENT-GSTIN-INVALID";

    /// <summary>Warning: a GSTIN's check character is wrong; the record is kept.</summary>
    public const string GstinCheckCharacter = "IMS-GSTIN-CHECK-CHARACTER";

    /// <summary>Warning: a profile change to or from quarterly was given for a month that does not start a quarter; it takes effect at the next quarter start (R34).</summary>
    public const string ProfileChangeMidQuarter = "IMS-PROFILE-CHANGE-MID-QUARTER";

    /// <summary>Error: a record has no id; it is left out.</summary>
    public const string RecordIdMissing = "IMS-RECORD-ID-MISSING";

    /// <summary>Error: two records share an id; every record with that id is left out.</summary>
    public const string RecordIdDuplicate = "IMS-RECORD-ID-DUPLICATE";

    /// <summary>Error: a record's kind does not fit its form (ISD documents come only from GSTR-6, bills of entry only from ICEGATE); it is left out.</summary>
    public const string RecordFormMismatch = "IMS-RECORD-FORM-MISMATCH";

    /// <summary>Error: a record has a negative amount; it is left out.</summary>
    public const string RecordAmountNegative = "IMS-RECORD-AMOUNT-NEGATIVE";

    /// <summary>Error: a record other than a bill of entry of goods from abroad has no supplier GSTIN; it is left out.</summary>
    public const string RecordSupplierMissing = "IMS-RECORD-SUPPLIER-MISSING";

    /// <summary>Error: a record's dates (document, reference or filing date) are before April 2000, which no period can hold; it is left out.</summary>
    public const string RecordUnplaceable = "IMS-RECORD-UNPLACEABLE";

    /// <summary>Info: a record was saved but never filed; it is visible in IMS but in no statement (R9).</summary>
    public const string RecordNotFiled = "IMS-RECORD-NOT-FILED";

    /// <summary>Warning: a revision instant after the filing instant is ignored; a filed record is changed only by amendment (R18, R40).</summary>
    public const string RevisionAfterFiling = "IMS-REVISION-AFTER-FILING";

    /// <summary>Warning: a record amends an id that is not in the case; its effect is its full value (R41).</summary>
    public const string AmendsUnknown = "IMS-AMENDS-UNKNOWN";

    /// <summary>Error: a record amends itself, a record of another kind, or forms a cycle of amendments; it is left out.</summary>
    public const string AmendsInvalid = "IMS-AMENDS-INVALID";

    /// <summary>Warning: a GSTIN transfer (<c>transferredFrom</c>, <c>transferredTo</c>) is given on a record that is not a bill of entry, or <c>transferredTo</c> on a record that amends nothing; it is ignored (R53).</summary>
    public const string TransferNotApplicable = "IMS-TRANSFER-NOT-APPLICABLE";

    /// <summary>Warning: an action, GSTR-3B filing, annual return or due-date extension has an instant or date outside the years 2000–8999; it is ignored.</summary>
    public const string InstantOutOfRange = "IMS-INSTANT-OUT-OF-RANGE";

    /// <summary>Error: an action names a record that is not in the case; it is ignored.</summary>
    public const string ActionUnknownRecord = "IMS-ACTION-UNKNOWN-RECORD";

    /// <summary>Warning: an action on a record that was left out (it has an error finding) is ignored.</summary>
    public const string ActionOnExcludedRecord = "IMS-ACTION-RECORD-LEFT-OUT";

    /// <summary>Warning: an action on a record that bypasses IMS (R3, R4) is ignored.</summary>
    public const string ActionOnBypassedRecord = "IMS-ACTION-BYPASS";

    /// <summary>Warning: an action before IMS existed, or on a record of a period before October 2024, is ignored (R1, R6).</summary>
    public const string ActionBeforeIms = "IMS-ACTION-PRE-IMS";

    /// <summary>Warning: an action before the record appeared in IMS is ignored (R1).</summary>
    public const string ActionBeforeVisible = "IMS-ACTION-BEFORE-VISIBLE";

    /// <summary>Info: an action was reset to No action by the supplier's later change to the saved record (R18).</summary>
    public const string ActionReset = "IMS-ACTION-RESET";

    /// <summary>Warning: two different actions on one record at the same instant; the stronger (Reject, then Pending, then Accept) is used.</summary>
    public const string ActionConflict = "IMS-ACTION-CONFLICT";

    /// <summary>Warning: an action after the record's period was closed by GSTR-3B is ignored (R17).</summary>
    public const string ActionAfterClose = "IMS-ACTION-AFTER-CLOSE";

    /// <summary>Warning: Pending is not allowed for this record in this period; the action is ignored (R22, R24).</summary>
    public const string PendingBlocked = "IMS-PENDING-BLOCKED";

    /// <summary>Warning: the record's one-period Pending allowance ran out; it is treated as No action and deemed accepted (R25).</summary>
    public const string PendingExpired = "IMS-PENDING-EXPIRED";

    /// <summary>Warning: the record was still Pending after its section 16(4) deadline (R37).</summary>
    public const string PendingTimeBarred = "IMS-PENDING-TIME-BARRED";

    /// <summary>Warning: an action after the section 16(4) deadline on a record that was still Pending when it passed is ignored; the record stays in ITC Not Available, reason C (R37).</summary>
    public const string ActionAfterTimeLimit = "IMS-ACTION-AFTER-TIME-LIMIT";

    /// <summary>Warning: Reject is not available for a bill of entry; the action is ignored (R51).</summary>
    public const string RejectNotAllowed = "IMS-REJECT-NOT-ALLOWED";

    /// <summary>Warning: an amendment was actioned before its original was settled and the original's GSTR-3B filed; the action is ignored (R43).</summary>
    public const string AmendmentOriginalUnsettled = "IMS-AMENDMENT-ORIGINAL-UNSETTLED";

    /// <summary>Info: an original adds nothing: a later version of it was settled first (R41), or was filed in the same GSTR-2B period, where only the amendment counts (R40, R43).</summary>
    public const string AmendmentSuperseded = "IMS-AMENDMENT-SUPERSEDED";

    /// <summary>Warning: an ITC reduction was declared on a record or action that takes none; the declaration is ignored (R26).</summary>
    public const string ReductionNotApplicable = "IMS-REDUCTION-NOT-APPLICABLE";

    /// <summary>Warning: a partial ITC reduction is invalid (a head above the record's tax, CGST unequal to SGST, a negative head); the full reduction applies (R26).</summary>
    public const string ReductionInvalid = "IMS-REDUCTION-INVALID";

    /// <summary>Warning: the statement is not generated because GSTR-3B of the previous period is unfiled (R32).</summary>
    public const string NotGeneratedSequential = "IMS-NOT-GENERATED-SEQUENTIAL";

    /// <summary>Warning: the statement was computed although GSTR-3B of the previous period is unfiled (policy <c>sequential: project</c>, R32).</summary>
    public const string SequentialProjected = "IMS-SEQUENTIAL-PROJECTED";

    /// <summary>Info: a quarterly recipient gets no statement for the first two months of a quarter (R34).</summary>
    public const string NotGeneratedQrmpMonth = "IMS-NOT-GENERATED-QRMP-MONTH";

    /// <summary>Info: the statement is asked for before it is generated on the 14th (R28).</summary>
    public const string NotGeneratedYet = "IMS-NOT-GENERATED-YET";

    /// <summary>Warning: GSTR-3B of the period was filed before its statement was generated (R33).</summary>
    public const string Gstr3bBeforeStatement = "IMS-GSTR3B-BEFORE-STATEMENT";

    /// <summary>Info: a statement was asked for as filed, but the period's GSTR-3B is not filed; it is shown as generated (R17).</summary>
    public const string StatementNotFiled = "IMS-STATEMENT-NOT-FILED";

    /// <summary>Error: a record holds a value no record can have (a kind, form, invoice type or frequency outside its enum, an amount outside ±10^15 rupees); it is left out.</summary>
    public const string RecordValueOutOfRange = "IMS-RECORD-VALUE-OUT-OF-RANGE";

    /// <summary>Error: an action is not one of Accept, Reject, Pending or No action (an enum value out of range), or declares a reduction beyond ±10^15 rupees; it is ignored.</summary>
    public const string ActionValueOutOfRange = "IMS-ACTION-VALUE-OUT-OF-RANGE";

    /// <summary>Error: two profile entries give the same month, or a change moved to its quarter start overlaps a later one; the later month and the stricter frequency are used, whatever the order.</summary>
    public const string ProfileOverlap = "IMS-PROFILE-OVERLAP";

    /// <summary>Warning (plausibility): the document is dated after the instant it was filed.</summary>
    public const string RecordDatedAfterFiling = "IMS-RECORD-DATED-AFTER-FILING";

    /// <summary>Warning (plausibility): the record carries IGST together with CGST or SGST, or CGST unequal to SGST.</summary>
    public const string RecordTaxHeadsImplausible = "IMS-RECORD-TAX-HEADS-IMPLAUSIBLE";

    /// <summary>Warning (plausibility): the supplier GSTIN is the recipient's own.</summary>
    public const string RecordSupplierIsRecipient = "IMS-RECORD-SUPPLIER-IS-RECIPIENT";

    /// <summary>Warning (plausibility): GSTR-3B of a period is recorded as filed before the period ended.</summary>
    public const string Gstr3bBeforePeriodEnd = "IMS-GSTR3B-BEFORE-PERIOD-END";
}
