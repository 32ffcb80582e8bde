
namespace Ims.Rules.Gstn.Internal;

/// <summary>The portal's letter codes for the engine's enums.</summary>
internal static class PortalCodes
{
    public static string Of(InvoiceType type) => type switch
    {
        InvoiceType.Regular => "R",
        InvoiceType.SezWithPayment => "SEZWP",
        InvoiceType.SezWithoutPayment => "SEZWOP",
        InvoiceType.DeemedExport => "DE",
        InvoiceType.CustomsBondedWarehouse => "CBW",
    };

    public static string Of(ActionKind action) => action switch
    {
        ActionKind.Accept => "A",
        ActionKind.Reject => "R",
        ActionKind.Pending => "P",
        ActionKind.NoAction => "N",
    };
}
