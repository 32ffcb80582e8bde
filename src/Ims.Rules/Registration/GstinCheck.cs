namespace Ims.Rules;

/// <summary>What <see cref="Gstin.Check"/> found in a piece of text.</summary>
public enum GstinCheck
{
    /// <summary>A well-formed GSTIN with a correct check character.</summary>
    Valid,

    /// <summary>Not the shape of a GSTIN (length, state code, PAN, entity code or the <c>Z</c>).</summary>
    InvalidFormat,

    /// <summary>Well-formed, but the 15th character is not the mod-36 check character of the first 14.</summary>
    InvalidCheckCharacter,
}
