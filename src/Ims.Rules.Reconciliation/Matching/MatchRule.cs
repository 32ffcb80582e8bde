namespace Ims.Rules.Reconciliation.Matching;

/// <summary>
/// The rules that pair a book entry with an IMS record, applied in this order; a pair carries the
/// first rule that accepts it. Every rule needs the same document type; see docs/reconciliation.md.
/// </summary>
public enum MatchRule
{
    /// <summary><c>exact</c>: same GSTIN, number as written (ignoring surrounding spaces), financial year, date and amounts.</summary>
    Exact,

    /// <summary><c>normalisedNumber</c>: as <see cref="Exact"/>, but the numbers agree only once normalised (<see cref="DocumentNumber.Normalise(string, NodaTime.LocalDate)"/>); also the rule of a same-GSTIN pair whose values differ beyond tolerance.</summary>
    NormalisedNumber,

    /// <summary><c>amountTolerance</c>: same GSTIN, normalised number, financial year and date; taxable value and each tax head within the policy's tolerance.</summary>
    AmountTolerance,

    /// <summary><c>dateTolerance</c>: same GSTIN and normalised number; dates apart by no more than the policy's days (even across a financial year); amounts within tolerance.</summary>
    DateTolerance,

    /// <summary><c>panLevel</c>: the GSTINs differ but share the PAN (another registration of the same supplier); same normalised number; dates and amounts within tolerance.</summary>
    PanLevel,

    /// <summary>
    /// <c>nearNumber</c>: same GSTIN (or PAN), type and financial year, dates and amounts within tolerance, and numbers one edit
    /// apart (a character inserted, deleted, substituted, or two adjacent ones swapped) or apart by an alphabetic prefix
    /// dropped or added; only when neither document has another such partner. Always <see cref="MatchStatus.PartiallyMatched"/>.
    /// </summary>
    NearNumber,

    /// <summary><c>manual</c>: linked by the user's manual decisions, before every automatic rule.</summary>
    Manual,
}
