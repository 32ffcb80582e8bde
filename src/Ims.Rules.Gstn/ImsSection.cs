namespace Ims.Rules.Gstn;

/// <summary>A section of the portal's IMS invoice data (R60); the JSON key is in brackets.</summary>
public enum ImsSection
{
    /// <summary><c>b2b</c>: invoices.</summary>
    B2b,

    /// <summary><c>b2ba</c>: amended invoices (<c>oinum</c>, <c>oidt</c> name the original).</summary>
    B2ba,

    /// <summary><c>b2bdn</c>: debit notes.</summary>
    B2bdn,

    /// <summary><c>b2bdna</c>: amended debit notes (<c>ont_num</c>, <c>ont_dt</c> name the original).</summary>
    B2bdna,

    /// <summary><c>b2bcn</c>: credit notes.</summary>
    B2bcn,

    /// <summary><c>b2bcna</c>: amended credit notes (<c>ont_num</c>, <c>ont_dt</c> name the original).</summary>
    B2bcna,

    /// <summary><c>ecom</c>: documents an e-commerce operator reported under section 9(5), read as invoices.</summary>
    Ecom,

    /// <summary><c>ecoma</c>: amended e-commerce documents.</summary>
    Ecoma,
}
