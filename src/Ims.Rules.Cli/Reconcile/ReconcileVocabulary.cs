using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;

namespace Ims.Rules.Cli.Reconcile;

/// <summary>The spelling of the reconciliation's closed sets in the tool's JSON, CSV and table output.</summary>
internal static class ReconcileVocabulary
{
    public static string Of(MatchStatus status) => status switch
    {
        MatchStatus.Matched => "matched",
        MatchStatus.PartiallyMatched => "partiallyMatched",
        MatchStatus.BooksOnly => "booksOnly",
        MatchStatus.ImsOnly => "imsOnly",
        MatchStatus.Ineligible => "ineligible",
    };

    public static string Title(MatchStatus status) => status switch
    {
        MatchStatus.Matched => "Matched",
        MatchStatus.PartiallyMatched => "Partially matched",
        MatchStatus.BooksOnly => "Books only",
        MatchStatus.ImsOnly => "IMS only",
        MatchStatus.Ineligible => "Ineligible (bypasses IMS)",
    };

    public static string Of(MatchRule rule) => MatchNames.Of(rule);

    public static string Of(DifferenceField field) => MatchNames.Of(field);

    public static string Of(IneligibleReason reason) => reason switch
    {
        IneligibleReason.ReverseCharge => "reverseCharge",
        IneligibleReason.Isd => "isd",
        IneligibleReason.PlaceOfSupply => "placeOfSupply",
        IneligibleReason.TimeBarred => "timeBarred",
        IneligibleReason.Gstr5 => "gstr5",
        IneligibleReason.ImportBeforeOctober2025 => "importBeforeOctober2025",
        IneligibleReason.BeforeIms => "beforeIms",
    };

    public static string Of(RejectionReason reason) => reason switch
    {
        RejectionReason.AlreadyMatched => "alreadyMatched",
        RejectionReason.TypeDiffers => "typeDiffers",
        RejectionReason.FinancialYearDiffers => "financialYearDiffers",
        RejectionReason.NumberDiffers => "numberDiffers",
        RejectionReason.SupplierDiffers => "supplierDiffers",
        RejectionReason.AmbiguousNearNumber => "ambiguousNearNumber",
        RejectionReason.OtherRegistration => "otherRegistration",
        RejectionReason.KeptApartManually => "keptApartManually",
    };

    public static string Of(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Accept => "accept",
        SuggestionKind.Pending => "pending",
        SuggestionKind.Reject => "reject",
        SuggestionKind.AcceptOrRejectNow => "acceptOrRejectNow",
        SuggestionKind.FollowUpWithSupplier => "followUpWithSupplier",
        SuggestionKind.None => "none",
        SuggestionKind.ForInformation => "forInformation",
        SuggestionKind.DuplicateInBooks => "duplicateInBooks",
    };

    public static string Of(EffectPlacement placement) => placement switch
    {
        EffectPlacement.ItcAvailable => "itcAvailable",
        EffectPlacement.ItcNotAvailable => "itcNotAvailable",
        EffectPlacement.ItcRejected => "itcRejected",
        EffectPlacement.CarriedForward => "carriedForward",
        EffectPlacement.NotInStatement => "notInStatement",
    };

    public static string Of(Ims.Rules.RecordKind kind) => kind switch
    {
        Ims.Rules.RecordKind.Invoice => "invoice",
        Ims.Rules.RecordKind.DebitNote => "debitNote",
        Ims.Rules.RecordKind.CreditNote => "creditNote",
        Ims.Rules.RecordKind.BillOfEntry => "billOfEntry",
        Ims.Rules.RecordKind.IsdInvoice => "isdInvoice",
        Ims.Rules.RecordKind.IsdCreditNote => "isdCreditNote",
    };

    public static string Of(ActionKind action) => action switch
    {
        ActionKind.NoAction => "none",
        ActionKind.Accept => "accept",
        ActionKind.Reject => "reject",
        ActionKind.Pending => "pending",
    };
}
