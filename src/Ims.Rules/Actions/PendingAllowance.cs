using NodaTime;

namespace Ims.Rules;

/// <summary>Whether a record may be kept Pending at an instant, until when, and the rule that says so (R22–R27, R37, R51, R54).</summary>
/// <param name="Allowed">Whether a Pending action taken then would count.</param>
/// <param name="Until">The last day Pending is allowed under the one-period allowance (R25); <see langword="null"/> where only section 16(4) bounds it or where it is not allowed.</param>
/// <param name="Reason">Why, naming the rule.</param>
public sealed record PendingAllowance(bool Allowed, LocalDate? Until, string Reason);
