
namespace Ims.Rules.Gstn.Internal;

/// <summary>Where a statement document is counted in the portal's <c>itcsumm</c> (R58).</summary>
internal static class SummaryGroups
{
    /// <summary>Groups and their sections in the order they are written.</summary>
    public static readonly (string Group, string[] Sections)[] Layout =
    [
        ("nonrevsup", ["b2b", "b2ba", "cdnr", "cdnra", "ecom", "ecoma"]),
        ("isdsup", ["isd", "isda"]),
        ("revsup", ["b2b", "b2ba", "cdnr", "cdnra"]),
        ("imports", ["impg", "impgsez", "impga", "impgasez"]),
    ];

    /// <summary>The group and section key of a document; reverse-charge B2B documents and notes count under <c>revsup</c>.</summary>
    public static (string Group, string Section) Of(StatementDocument document) => document.Section switch
    {
        Section.B2b or Section.B2ba or Section.Cdnr or Section.Cdnra when document.ReverseCharge => ("revsup", SectionKeys.Of(document.Section)),
        Section.B2b or Section.B2ba or Section.Cdnr or Section.Cdnra or Section.Ecom or Section.Ecoma => ("nonrevsup", SectionKeys.Of(document.Section)),
        Section.Isd or Section.Isda => ("isdsup", SectionKeys.Of(document.Section)),
        Section.Impg or Section.Impga or Section.Impgsez => ("imports", SectionKeys.Of(document.Section)),
        Section.Impgseza => ("imports", "impgasez"),
    };
}
