namespace Ims.Rules.Cli;

/// <summary>The kind of document a GSTR-2B section holds, originals and amendments alike.</summary>
internal enum SectionFamily
{
    /// <summary><c>b2b</c>, <c>b2ba</c>, <c>ecom</c>, <c>ecoma</c>.</summary>
    Invoice,

    /// <summary><c>cdnr</c>, <c>cdnra</c>: credit and debit notes.</summary>
    Note,

    /// <summary><c>isd</c>, <c>isda</c>.</summary>
    Isd,

    /// <summary><c>impg</c>, <c>impga</c>, <c>impgsez</c>, <c>impgseza</c>: bills of entry.</summary>
    Import,
}
