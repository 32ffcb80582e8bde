using NodaTime;

namespace Ims.Rules;

/// <summary>
/// The recipient's return frequency from a month on. A change to or from quarterly takes
/// effect only at the start of a quarter (April, July, October, January); a change given
/// for another month applies from the next quarter start, with a finding.
/// </summary>
/// <param name="From">The first month the frequency applies to.</param>
/// <param name="Frequency">Monthly or quarterly (QRMP).</param>
/// <param name="StateGroup">For quarterly filers: the group that sets the GSTR-3B due date; <see langword="null"/> to derive it from the GSTIN's state.</param>
public sealed record FrequencyChange(YearMonth From, ReturnFrequency Frequency, StateGroup? StateGroup = null);
