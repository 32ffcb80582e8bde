
namespace Ims.Rules.Json.Internal;

/// <summary>The contract's spelling of every closed set (docs/case-format.md); the only place that knows them.</summary>
internal static class Vocabulary
{
    public static readonly TextMap<RecordKind> Kind = new(value => value switch
    {
        RecordKind.Invoice => "invoice",
        RecordKind.DebitNote => "debitNote",
        RecordKind.CreditNote => "creditNote",
        RecordKind.BillOfEntry => "billOfEntry",
        RecordKind.IsdInvoice => "isdInvoice",
        RecordKind.IsdCreditNote => "isdCreditNote",
    });

    public static readonly TextMap<SupplierForm> Form = new(value => value switch
    {
        SupplierForm.Gstr1 => "GSTR-1",
        SupplierForm.Iff => "IFF",
        SupplierForm.Gstr1A => "GSTR-1A",
        SupplierForm.Gstr5 => "GSTR-5",
        SupplierForm.Gstr6 => "GSTR-6",
        SupplierForm.Icegate => "ICEGATE",
    });

    public static readonly TextMap<InvoiceType> InvoiceType = new(value => value switch
    {
        Ims.Rules.InvoiceType.Regular => "R",
        Ims.Rules.InvoiceType.SezWithPayment => "SEZWP",
        Ims.Rules.InvoiceType.SezWithoutPayment => "SEZWOP",
        Ims.Rules.InvoiceType.DeemedExport => "DE",
        Ims.Rules.InvoiceType.CustomsBondedWarehouse => "CBW",
    });

    public static readonly TextMap<ReturnFrequency> Frequency = new(value => value switch
    {
        ReturnFrequency.Monthly => "monthly",
        ReturnFrequency.Quarterly => "quarterly",
    });

    public static readonly TextMap<StateGroup> StateGroup = new(value => value switch
    {
        Ims.Rules.StateGroup.A => "A",
        Ims.Rules.StateGroup.B => "B",
    });

    public static readonly TextMap<ActionKind> Action = new(value => value switch
    {
        ActionKind.Accept => "accept",
        ActionKind.Reject => "reject",
        ActionKind.Pending => "pending",
        ActionKind.NoAction => "none",
    });

    public static readonly TextMap<ExtendedReturn> ExtendedReturn = new(value => value switch
    {
        Ims.Rules.ExtendedReturn.Gstr1 => "gstr1",
        Ims.Rules.ExtendedReturn.Iff => "iff",
        Ims.Rules.ExtendedReturn.Gstr5 => "gstr5",
        Ims.Rules.ExtendedReturn.Gstr6 => "gstr6",
        Ims.Rules.ExtendedReturn.Gstr3b => "gstr3b",
    });

    public static readonly TextMap<ExpiredPendingPolicy> ExpiredPending = new(value => value switch
    {
        ExpiredPendingPolicy.DeemedAccepted => "deemedAccepted",
        ExpiredPendingPolicy.KeepPending => "keepPending",
    });

    public static readonly TextMap<PendingPastTimeLimitPolicy> PendingPastTimeLimit = new(value => value switch
    {
        PendingPastTimeLimitPolicy.ItcNotAvailable => "itcNotAvailable",
        PendingPastTimeLimitPolicy.KeepPending => "keepPending",
    });

    public static readonly TextMap<IneligibleAmendmentPolicy> IneligibleAmendment = new(value => value switch
    {
        IneligibleAmendmentPolicy.ReverseTaken => "reverseTaken",
        IneligibleAmendmentPolicy.KeepTaken => "keepTaken",
    });

    public static readonly TextMap<SequentialPolicy> Sequential = new(value => value switch
    {
        SequentialPolicy.Refuse => "refuse",
        SequentialPolicy.Project => "project",
    });

    public static readonly TextMap<TimeBarCutoffPolicy> TimeBarCutoff = new(value => value switch
    {
        TimeBarCutoffPolicy.Statutory => "statutory",
        TimeBarCutoffPolicy.IgnoreAnnualReturn => "ignoreAnnualReturn",
    });

    public static readonly TextMap<CreditNotesInGstr3bPolicy> CreditNotesInGstr3b = new(value => value switch
    {
        CreditNotesInGstr3bPolicy.Netted => "netted",
        CreditNotesInGstr3bPolicy.Reversal => "reversal",
    });

    public static readonly TextMap<RuleSet> RuleSet = new(value => value switch
    {
        Ims.Rules.RuleSet.PreIms => "pre-ims",
        Ims.Rules.RuleSet.Ims2024 => "2024-10",
        Ims.Rules.RuleSet.Ims2025 => "2025-10",
    });

    public static readonly TextMap<StatementStatus> Status = new(value => value switch
    {
        StatementStatus.Generated => "generated",
        StatementStatus.NotGenerated => "notGenerated",
    });

    /// <summary>A not-generated result's <c>reason</c>.</summary>
    public static readonly TextMap<NoStatementReason> NoStatement = new(value => value switch
    {
        NoStatementReason.QuarterlyMonth => "quarterlyMonth",
        NoStatementReason.RecipientInvalid => "recipientInvalid",
        NoStatementReason.NotYetGenerated => "notYetGenerated",
        NoStatementReason.PreviousGstr3bUnfiled => "previousGstr3bUnfiled",
    });

    /// <summary>The <c>reason</c> of the result written for a case file that could not be read.</summary>
    public const string CaseUnreadable = "caseUnreadable";

    /// <summary>A statement's <c>moment</c>: <c>generated</c>, <c>filed</c> or <c>at</c> (its <c>asOf</c>).</summary>
    public static string MomentText(StatementMoment moment) => moment.Match(() => "generated", () => "filed", _ => "at");

    public static readonly TextMap<Bucket> Bucket = new(value => value switch
    {
        Ims.Rules.Bucket.ItcAvailable => "itcAvailable",
        Ims.Rules.Bucket.ItcNotAvailable => "itcNotAvailable",
        Ims.Rules.Bucket.ItcRejected => "itcRejected",
    });

    public static readonly TextMap<Section> Section = new(SectionNames.Of);

    public static readonly TextMap<NotAvailableReason> Reason = new(value => value switch
    {
        NotAvailableReason.PlaceOfSupply => "P",
        NotAvailableReason.TimeLimit => "C",
    });

    public static readonly TextMap<SupplierEffectKind> Effect = new(value => value switch
    {
        SupplierEffectKind.LiabilityIncrease => "liabilityIncrease",
        SupplierEffectKind.LiabilityDecrease => "liabilityDecrease",
    });

    public static readonly TextMap<CarryForwardReason> CarryReason = new(value => value switch
    {
        CarryForwardReason.Pending => "pending",
        CarryForwardReason.AwaitingOriginal => "awaitingOriginal",
    });

    public static readonly TextMap<Severity> Severity = new(value => value switch
    {
        Ims.Rules.Severity.Error => "error",
        Ims.Rules.Severity.Warning => "warning",
        Ims.Rules.Severity.Info => "info",
    });
}
