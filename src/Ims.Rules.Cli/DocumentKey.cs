using System.Linq;

namespace Ims.Rules.Cli;

/// <summary>
/// What identifies a document in both a portal download and a computed statement, whose record
/// ids differ: the supplier's GSTIN (none for a bill of entry from abroad), the number
/// normalised (white space removed, letters in upper case) and the section family.
/// </summary>
/// <param name="Supplier">The supplier's GSTIN, or <see langword="null"/>.</param>
/// <param name="Number">The normalised number.</param>
/// <param name="Family">The section family.</param>
internal readonly record struct DocumentKey(Gstin? Supplier, string Number, SectionFamily Family)
{
    /// <summary>The key of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its key.</returns>
    public static DocumentKey Of(StatementDocument document) =>
        new(document.SupplierGstin, Normalise(document.Number), FamilyOf(document.Section));

    /// <summary>A document number as compared: without white space, letters in upper case, so <c>inv 1</c> and <c>INV1</c> pair.</summary>
    /// <param name="number">The number as written.</param>
    /// <returns>The normalised number.</returns>
    public static string Normalise(string number) =>
        new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    /// <summary>The family a section belongs to.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Its family.</returns>
    public static SectionFamily FamilyOf(Section section) => section switch
    {
        Section.B2b or Section.B2ba or Section.Ecom or Section.Ecoma => SectionFamily.Invoice,
        Section.Cdnr or Section.Cdnra => SectionFamily.Note,
        Section.Isd or Section.Isda => SectionFamily.Isd,
        Section.Impg or Section.Impga or Section.Impgsez or Section.Impgseza => SectionFamily.Import,
    };
}
