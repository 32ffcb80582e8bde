
namespace Ims.Rules.Cli;

/// <summary>Domain values in words, for the readable reports of <c>explain</c> and <c>diff</c>.</summary>
internal static class Words
{
    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.Invoice => "invoice",
        RecordKind.DebitNote => "debit note",
        RecordKind.CreditNote => "credit note",
        RecordKind.BillOfEntry => "bill of entry",
        RecordKind.IsdInvoice => "ISD invoice",
        RecordKind.IsdCreditNote => "ISD credit note",
    };

    public static string Of(SupplierForm form) => form switch
    {
        SupplierForm.Gstr1 => "GSTR-1",
        SupplierForm.Iff => "IFF",
        SupplierForm.Gstr1A => "GSTR-1A",
        SupplierForm.Gstr5 => "GSTR-5",
        SupplierForm.Gstr6 => "GSTR-6",
        SupplierForm.Icegate => "ICEGATE",
    };

    public static string Of(ActionKind action) => action switch
    {
        ActionKind.NoAction => "no action",
        ActionKind.Accept => "accept",
        ActionKind.Reject => "reject",
        ActionKind.Pending => "pending",
    };

    public static string Of(Bucket bucket) => bucket switch
    {
        Bucket.ItcAvailable => "ITC Available",
        Bucket.ItcNotAvailable => "ITC Not Available",
        Bucket.ItcRejected => "ITC Rejected",
    };

    public static string Of(Section section) => SectionNames.Of(section);

    public static string Of(StatementStatus status) => status switch
    {
        StatementStatus.Generated => "generated",
        StatementStatus.NotGenerated => "not generated",
    };

    public static string Of(RecordRoute route) => route switch
    {
        RecordRoute.Ims => "through IMS",
        RecordRoute.NotFiled => "saved, not filed: in IMS, in no statement yet",
        RecordRoute.ReverseCharge => "reverse charge: straight to GSTR-2B",
        RecordRoute.Isd => "ISD distribution: straight to GSTR-2B",
        RecordRoute.IsdIneligible => "ineligible ISD distribution: straight to ITC Not Available",
        RecordRoute.NonResident => "non-resident's GSTR-5: straight to GSTR-2B",
        RecordRoute.ImportBeforeIms => "bill of entry before imports entered IMS: straight to GSTR-2B",
        RecordRoute.BeforeIms => "a period before IMS: straight to GSTR-2B",
        RecordRoute.PlaceOfSupply => "place-of-supply rule: straight to ITC Not Available, reason P",
        RecordRoute.TimeBarred => "filed after the section 16(4) deadline: straight to ITC Not Available, reason C",
        RecordRoute.LeftOut => "left out (see the findings)",
    };

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Of(NotAvailableReason? reason) => reason switch
    {
        NotAvailableReason.PlaceOfSupply => "reason P (place of supply)",
        NotAvailableReason.TimeLimit => "reason C (section 16(4) time limit)",
        null => "no reason",
    };

    public static string Of(ItcReduction reduction) => reduction.Kind switch
    {
        ItcReductionKind.Full => "full ITC reduction",
        ItcReductionKind.None => "no ITC reduction",
        ItcReductionKind.Partial => "partial ITC reduction (" + reduction.Declared + ")",
    };

    public static string Of(RuleSet ruleSet) => ruleSet switch
    {
        RuleSet.PreIms => "before IMS",
        RuleSet.Ims2024 => "IMS from Oct-2024",
        RuleSet.Ims2025 => "IMS from Oct-2025",
    };

    public static string Of(SupplierEffectKind effect) => effect switch
    {
        SupplierEffectKind.LiabilityIncrease => "liability increase",
        SupplierEffectKind.LiabilityDecrease => "liability decrease",
    };

    public static string Of(CarryForwardReason reason) => reason switch
    {
        CarryForwardReason.Pending => "Pending",
        CarryForwardReason.AwaitingOriginal => "awaiting original",
    };
}
