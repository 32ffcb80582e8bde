namespace Ims.Rules;

/// <summary>
/// The generation of rules that decides a statement, chosen by the statement's period
/// (never by a document's date).
/// </summary>
public enum RuleSet
{
    /// <summary>Before the October 2024 period: no IMS; GSTR-2B is built straight from the suppliers' returns (R6).</summary>
    PreIms,

    /// <summary>October 2024 to September 2025: IMS actions decide the statement (R10–R23).</summary>
    Ims2024,

    /// <summary>From October 2025: the one-period Pending allowance, ITC reduction declarations and imports in IMS (R24–R26, R7, R61).</summary>
    Ims2025,
}
