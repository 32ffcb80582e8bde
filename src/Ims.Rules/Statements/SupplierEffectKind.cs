namespace Ims.Rules;

/// <summary>What a recipient's action does to a supplier's liability (R47, R50).</summary>
public enum SupplierEffectKind
{
    /// <summary><c>liabilityIncrease</c>: a rejected credit note or rejected downward amendment.</summary>
    LiabilityIncrease,

    /// <summary><c>liabilityDecrease</c>: a re-furnished credit note accepted after a wrong rejection, netting the earlier increase.</summary>
    LiabilityDecrease,
}
