namespace Ims.Rules;

/// <summary>How often a taxpayer files its returns.</summary>
public enum ReturnFrequency
{
    /// <summary>Monthly returns.</summary>
    Monthly,

    /// <summary>Quarterly returns under the QRMP scheme.</summary>
    Quarterly,
}
