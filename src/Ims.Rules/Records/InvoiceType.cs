namespace Ims.Rules;

/// <summary>The portal's invoice type (<c>typ</c>/<c>inv_typ</c>).</summary>
public enum InvoiceType
{
    /// <summary><c>R</c>: regular.</summary>
    Regular,

    /// <summary><c>SEZWP</c>: supply to an SEZ with payment of tax.</summary>
    SezWithPayment,

    /// <summary><c>SEZWOP</c>: supply to an SEZ without payment of tax.</summary>
    SezWithoutPayment,

    /// <summary><c>DE</c>: deemed export.</summary>
    DeemedExport,

    /// <summary><c>CBW</c>: intra-state supply in a customs bonded warehouse.</summary>
    CustomsBondedWarehouse,
}
