namespace Ims.Rules;

/// <summary>The names GSTR-2B (and the result contract) gives its sections: <c>b2b</c>, <c>cdnra</c>, <c>impgseza</c>.</summary>
public static class SectionNames
{
    /// <summary>The section's name.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The lower-case name, as in <see cref="Section"/>'s documentation.</returns>
    public static string Of(Section section) => section switch
    {
        Section.B2b => "b2b",
        Section.B2ba => "b2ba",
        Section.Cdnr => "cdnr",
        Section.Cdnra => "cdnra",
        Section.Ecom => "ecom",
        Section.Ecoma => "ecoma",
        Section.Isd => "isd",
        Section.Isda => "isda",
        Section.Impg => "impg",
        Section.Impga => "impga",
        Section.Impgsez => "impgsez",
        Section.Impgseza => "impgseza",
    };
}
