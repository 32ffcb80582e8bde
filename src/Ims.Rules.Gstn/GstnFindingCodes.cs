namespace Ims.Rules.Gstn;

/// <summary>
/// Every finding code the GSTN readers and writers emit. Codes are stable: renaming one is a
/// breaking change. Each is documented with its meaning and severity in <c>docs/gstn-interop.md</c>.
/// </summary>
/// <remarks>
/// Findings about the portal's data never throw: a reader always returns what it could read,
/// with findings saying what was assumed, defaulted or left out.
/// </remarks>
public static class GstnFindingCodes
{
    /// <summary>Error: the text is not JSON (the message names the line and byte); nothing is read.</summary>
    public const string JsonMalformed = "GSTN-JSON-MALFORMED";

    /// <summary>Error: an element has the wrong JSON type (an array where an object is expected, or the reverse); it and everything inside it are left out.</summary>
    public const string JsonShape = "GSTN-JSON-SHAPE";

    /// <summary>Info: fields the reader does not know were ignored; reported once per read, listing their names.</summary>
    public const string FieldIgnored = "GSTN-FIELD-IGNORED";

    /// <summary>Info: a section the reader does not model (for example <c>itcrev</c> document lists, or an unknown section name) was ignored.</summary>
    public const string SectionIgnored = "GSTN-SECTION-IGNORED";

    /// <summary>Error: a document lacks what identifies or places it (supplier, number, date, return period, or an amendment's original number); it is left out.</summary>
    public const string RecordUnreadable = "GSTN-RECORD-UNREADABLE";

    /// <summary>Warning: two documents would get the same record id; the later ones get a <c>#2</c>, <c>#3</c> suffix.</summary>
    public const string DuplicateDocument = "GSTN-DUPLICATE-DOCUMENT";

    /// <summary>Warning: a GSTIN has the right shape but a wrong check character (GSTN's own sample <c>01AABCE2207R1Z5</c> is one); it is used as given. Reported once per GSTIN.</summary>
    public const string GstinCheckCharacter = "GSTN-GSTIN-CHECK-CHARACTER";

    /// <summary>Warning: a GSTIN does not have the shape of one; the value is dropped (a record without a supplier GSTIN is then left out by the engine with <c>IMS-RECORD-SUPPLIER-MISSING</c>). Reported once per value.</summary>
    public const string GstinMalformed = "GSTN-GSTIN-MALFORMED";

    /// <summary>Error: an amount is not a number or numeric string, is an explicit null, lies outside ±10^15 rupees or is negative in a document; the document is left out.</summary>
    public const string AmountInvalid = "GSTN-AMOUNT-INVALID";

    /// <summary>Warning: an amount has more than two decimals; it is rounded to paise, halves away from zero.</summary>
    public const string AmountRounded = "GSTN-AMOUNT-ROUNDED";

    /// <summary>Info: amounts were written with one decimal (<c>1000.1</c>); they were read exactly as given (1000.10). Reported once per read.</summary>
    public const string AmountOneDecimal = "GSTN-AMOUNT-ONE-DECIMAL";

    /// <summary>Info: amounts were written as JSON strings (<c>"1000.10"</c>); they were read exactly. Reported once per read.</summary>
    public const string AmountAsText = "GSTN-AMOUNT-AS-TEXT";

    /// <summary>Warning: an optional date (not the document date) is not <c>DD-MM-YYYY</c> from 1 April 2000; it is left empty.</summary>
    public const string DateInvalid = "GSTN-DATE-INVALID";

    /// <summary>Warning: an optional return period (<c>supprd</c>) is not <c>MMYYYY</c>; it is left empty.</summary>
    public const string PeriodInvalid = "GSTN-PERIOD-INVALID";

    /// <summary>Error: a coded value (action, invoice type, source form, filing status, Y/N flag, <c>itcavl</c>, <c>rsn</c>, note or ISD type, place of supply) is not one the reader knows; the document is left out, so no guess is read toward ITC.</summary>
    public const string CodeUnknown = "GSTN-CODE-UNKNOWN";

    /// <summary>Info: something the portal's data does not say was assumed (filing and action instants, monthly suppliers, the document value); each assumption is stated once per read.</summary>
    public const string Assumption = "GSTN-ASSUMPTION";

    /// <summary>Warning: an IMS amendment's original is not in the data; <c>Amends</c> points to the id the original would have, and the engine values the amendment in full (<c>IMS-AMENDS-UNKNOWN</c>).</summary>
    public const string AmendsOriginalMissing = "GSTN-AMENDS-ORIGINAL-MISSING";

    /// <summary>Warning: the instant given for the portal's actions is before a record's assumed filing instant, so the engine will ignore the action (<c>IMS-ACTION-BEFORE-VISIBLE</c>).</summary>
    public const string ActionBeforeFiling = "GSTN-ACTION-BEFORE-FILING";

    /// <summary>Warning: the portal's <c>ispendactblocked</c> (or <c>ispendactnallwd</c>) flag disagrees with the engine's <c>PendingAllowance</c> for the record (R22–R25, R27).</summary>
    public const string PendingFlagMismatch = "GSTN-PENDING-FLAG-MISMATCH";

    /// <summary>Info: the portal's Pending flag could not be compared because the engine left the record out (it has an error finding).</summary>
    public const string PendingFlagUnchecked = "GSTN-PENDING-FLAG-UNCHECKED";

    /// <summary>Error: a GSTR-2B download has no <c>data</c> object or no readable <c>rtnprd</c>; no statement is built.</summary>
    public const string StatementUnreadable = "GSTN-STATEMENT-UNREADABLE";

    /// <summary>Error: the file is not the kind the reader reads (a GSTR-2B download given to the IMS reader, or the reverse), or holds nothing it could read; nothing is read.</summary>
    public const string WrongKind = "GSTN-WRONG-KIND";

    /// <summary>Info: pre-IMS (v3) documents carried only rate-wise <c>items[]</c>; their amounts were summed. Reported once per read.</summary>
    public const string ItemsSummed = "GSTN-ITEMS-SUMMED";

    /// <summary>Info: the portal's own <c>itcsumm</c> total for a bucket differs from the sum of the documents read; both are kept apart, nothing is corrected.</summary>
    public const string SummaryMismatch = "GSTN-SUMMARY-MISMATCH";

    /// <summary>Error: a statement document names a record that is not in the case; the writer leaves it out.</summary>
    public const string WriteRecordMissing = "GSTN-WRITE-RECORD-MISSING";

    /// <summary>Warning: the statement was not generated; the writer writes the header with no documents.</summary>
    public const string WriteNotGenerated = "GSTN-WRITE-NOT-GENERATED";

    /// <summary>Error: an action to upload names a record that is not in the case; it is left out.</summary>
    public const string UploadUnknownRecord = "GSTN-UPLOAD-UNKNOWN-RECORD";

    /// <summary>Warning: the record does not pass through IMS (ISD document, GSTR-5, reverse charge, the place-of-supply rule, a period before IMS, a bill of entry before October 2025) and cannot be actioned; the action is left out (R3, R4, R6, R7).</summary>
    public const string UploadNotInIms = "GSTN-UPLOAD-NOT-IN-IMS";

    /// <summary>Warning: Pending is not allowed for the record at the action's instant (<c>ImsEngine.PendingAllowance</c>, R22–R25); the action is left out.</summary>
    public const string UploadPendingBlocked = "GSTN-UPLOAD-PENDING-BLOCKED";

    /// <summary>Warning: Reject is not available for a bill of entry (R51); the action is left out.</summary>
    public const string UploadRejectBillOfEntry = "GSTN-UPLOAD-REJECT-BILL-OF-ENTRY";

    /// <summary>Info: a No action (reset) is not part of a SAVE request; the portal resets through a separate RESET request, so the action is left out.</summary>
    public const string UploadNoAction = "GSTN-UPLOAD-NO-ACTION";

    /// <summary>Info: a later action on the same record was given; only the latest is uploaded.</summary>
    public const string UploadSuperseded = "GSTN-UPLOAD-SUPERSEDED";

    /// <summary>Warning: an amendment's original is not in the case, so its original number and date are missing from the upload row.</summary>
    public const string UploadOriginalMissing = "GSTN-UPLOAD-ORIGINAL-MISSING";
}
