namespace Ims.Rules;

/// <summary>The four heads of tax a GST document carries.</summary>
public enum TaxHead
{
    /// <summary>Integrated GST (inter-state supplies and imports).</summary>
    Igst,

    /// <summary>Central GST (intra-state supplies).</summary>
    Cgst,

    /// <summary>State or Union-territory GST (intra-state supplies).</summary>
    Sgst,

    /// <summary>Compensation cess.</summary>
    Cess,
}
