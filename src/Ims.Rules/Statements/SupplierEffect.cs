
namespace Ims.Rules;

/// <summary>What the recipient's action in this statement does to a supplier (R47, R50).</summary>
/// <param name="RecordId">The record acted on.</param>
/// <param name="SupplierGstin">The supplier.</param>
/// <param name="Effect">Increase or decrease of liability.</param>
/// <param name="Amount">The amount, positive.</param>
/// <param name="Period">The supplier's return period the change falls in: the month after the statement's last month (a subsequent period, R47).</param>
public sealed record SupplierEffect(string RecordId, Gstin? SupplierGstin, SupplierEffectKind Effect, TaxAmounts Amount, ReturnPeriod Period);
