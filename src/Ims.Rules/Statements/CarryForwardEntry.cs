using Ims.Rules.Periods;
using NodaTime;

namespace Ims.Rules.Statements;

/// <summary>A record still Pending after a statement (R14).</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Since">The period whose statement it first belonged to.</param>
/// <param name="PendingUntil">The last day Pending is allowed (R25); <see langword="null"/> where only section 16(4) bounds it.</param>
/// <param name="TimeBarredAfter">The section 16(4) deadline (R35); <see langword="null"/> where it does not apply (credit notes).</param>
/// <param name="Remark">The remark given with the Pending action, if any (R20).</param>
public sealed record CarryForwardEntry(string RecordId, ReturnPeriod Since, LocalDate? PendingUntil, LocalDate? TimeBarredAfter, string? Remark = null);
