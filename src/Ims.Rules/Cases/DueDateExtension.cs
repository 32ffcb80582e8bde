using NodaTime;

namespace Ims.Rules;

/// <summary>
/// A notified extension of a return's due date for a period: <c>gstr3b:2025-11 → 2025-12-27</c>.
/// Everything tied to the due date moves with it (the inclusion window, the Pending deadline).
/// </summary>
/// <param name="Return">The return extended.</param>
/// <param name="Period">The period's month (a quarter is named by its first month for GSTR-3B, by its last month for a quarterly GSTR-1).</param>
/// <param name="DueDate">The new due date.</param>
public sealed record DueDateExtension(ExtendedReturn Return, YearMonth Period, LocalDate DueDate);
