using NodaTime;

namespace Ims.Rules;

/// <summary>A record carried forward after a statement: kept Pending (R14), or an amendment awaiting its original (R43).</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Since">The period whose statement it first belonged to.</param>
/// <param name="PendingUntil">The last day Pending is allowed (R25); <see langword="null"/> where only section 16(4) bounds it, and for an amendment awaiting its original.</param>
/// <param name="TimeBarredAfter">The section 16(4) deadline that ends the Pending (R35, R37); <see langword="null"/> where it does not apply (credit notes, an amendment awaiting its original).</param>
/// <param name="Remark">The remark given with the Pending action, if any (R20).</param>
/// <param name="Reason">Why it is carried: <see cref="CarryForwardReason.Pending"/> or <see cref="CarryForwardReason.AwaitingOriginal"/>.</param>
public sealed record CarryForwardEntry(string RecordId, ReturnPeriod Since, LocalDate? PendingUntil, LocalDate? TimeBarredAfter, string? Remark = null, CarryForwardReason Reason = CarryForwardReason.Pending);
