namespace Ims.Rules.Reconciliation.Matching;

/// <summary>Why a near candidate was not paired with an unmatched document.</summary>
public enum RejectionReason
{
    /// <summary>It was already paired with another document (each document pairs at most once).</summary>
    AlreadyMatched,

    /// <summary>Same supplier and number, another document type.</summary>
    TypeDiffers,

    /// <summary>Same supplier and number, another financial year, dates beyond the date tolerance.</summary>
    FinancialYearDiffers,

    /// <summary>Same supplier, type, date and amounts (within tolerance), another number.</summary>
    NumberDiffers,

    /// <summary>Same normalised number and type, a supplier of another PAN.</summary>
    SupplierDiffers,

    /// <summary>Numbers near each other (rule <c>nearNumber</c>), but one of the two has another near partner, so neither is paired.</summary>
    AmbiguousNearNumber,

    /// <summary>Same normalised number, another GSTIN of the same PAN, with dates or amounts beyond tolerance: a pair across registrations needs both within it.</summary>
    OtherRegistration,

    /// <summary>The user's manual decisions keep the two apart (<see cref="ManualDecisionKind.DoNotPair"/>).</summary>
    KeptApartManually,
}
