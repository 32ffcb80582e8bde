namespace Ims.Rules;

/// <summary>The GSTR-2B section a document is shown in (R56, R59).</summary>
public enum Section
{
    /// <summary><c>b2b</c>: invoices.</summary>
    B2b,

    /// <summary><c>b2ba</c>: amended invoices.</summary>
    B2ba,

    /// <summary><c>cdnr</c>: credit and debit notes.</summary>
    Cdnr,

    /// <summary><c>cdnra</c>: amended credit and debit notes.</summary>
    Cdnra,

    /// <summary><c>ecom</c>: documents of e-commerce operators under section 9(5).</summary>
    Ecom,

    /// <summary><c>ecoma</c>: amended e-commerce documents.</summary>
    Ecoma,

    /// <summary><c>isd</c>: ISD invoices and credit notes.</summary>
    Isd,

    /// <summary><c>isda</c>: amended ISD documents.</summary>
    Isda,

    /// <summary><c>impg</c>: bills of entry for imports from abroad.</summary>
    Impg,

    /// <summary><c>impga</c>: amended bills of entry for imports from abroad.</summary>
    Impga,

    /// <summary><c>impgsez</c>: bills of entry for goods from an SEZ.</summary>
    Impgsez,

    /// <summary><c>impgseza</c>: amended bills of entry for goods from an SEZ.</summary>
    Impgseza,
}
