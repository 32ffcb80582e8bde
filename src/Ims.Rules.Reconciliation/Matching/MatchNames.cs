namespace Ims.Rules.Reconciliation.Matching;

/// <summary>
/// The names of match rules and differing fields as reasons, reports and the tool's JSON and CSV
/// spell them: one place, so every output agrees.
/// </summary>
public static class MatchNames
{
    /// <summary>The name of a match rule: <c>exact</c>, <c>normalisedNumber</c>, <c>amountTolerance</c>, <c>dateTolerance</c>, <c>panLevel</c>, <c>nearNumber</c>, <c>manual</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its name.</returns>
    public static string Of(MatchRule rule) => rule switch
    {
        MatchRule.Exact => "exact",
        MatchRule.NormalisedNumber => "normalisedNumber",
        MatchRule.AmountTolerance => "amountTolerance",
        MatchRule.DateTolerance => "dateTolerance",
        MatchRule.PanLevel => "panLevel",
        MatchRule.NearNumber => "nearNumber",
        MatchRule.Manual => "manual",
    };

    /// <summary>The name of a field that can differ between books and IMS: <c>supplierGstin</c>, <c>igst</c>, ….</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its name.</returns>
    public static string Of(DifferenceField field) => field switch
    {
        DifferenceField.SupplierGstin => "supplierGstin",
        DifferenceField.Number => "number",
        DifferenceField.Date => "date",
        DifferenceField.TaxableValue => "taxableValue",
        DifferenceField.Igst => "igst",
        DifferenceField.Cgst => "cgst",
        DifferenceField.Sgst => "sgst",
        DifferenceField.Cess => "cess",
        DifferenceField.PlaceOfSupply => "placeOfSupply",
        DifferenceField.ReverseCharge => "reverseCharge",
    };
}
