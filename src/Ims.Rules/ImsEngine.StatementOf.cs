using System;

namespace Ims.Rules;

/// <summary>The typed answers: a statement, or why there is none.</summary>
public sealed partial class ImsEngine
{
    /// <summary>The GSTR-2B of a case's period as generated, or why there is none; a shortcut for <c>Create(imsCase).StatementOf(period)</c>.</summary>
    /// <param name="imsCase">The case.</param>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <returns>The statement, or a <see cref="NoStatement"/> with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the years 2000–8999.</exception>
    public static StatementResult StatementOf(ImsCase imsCase, ReturnPeriod period) => Create(imsCase).StatementOf(period);

    /// <summary>The GSTR-2B of a case's period at a moment, or why there is none; a shortcut for <c>Create(imsCase).StatementOf(period, moment)</c>.</summary>
    /// <param name="imsCase">The case.</param>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <param name="moment">As generated, as filed, or at an instant (an <see cref="NodaTime.Instant"/> converts to one).</param>
    /// <returns>The statement, or a <see cref="NoStatement"/> with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imsCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period or instant is outside the years 2000–8999.</exception>
    public static StatementResult StatementOf(ImsCase imsCase, ReturnPeriod period, StatementMoment moment) => Create(imsCase).StatementOf(period, moment);

    /// <summary>The GSTR-2B of <paramref name="period"/> as generated, or why there is none: <c>StatementOf(period, StatementMoment.Generated)</c>.</summary>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <returns>The statement, or a <see cref="NoStatement"/> with its reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the years 2000–8999.</exception>
    public StatementResult StatementOf(ReturnPeriod period) => StatementOf(period, StatementMoment.Generated);

    /// <summary>
    /// The GSTR-2B of <paramref name="period"/> at <paramref name="moment"/>, or a <see cref="NoStatement"/> saying why
    /// there is none: a quarterly recipient's month (R34), an invalid recipient (R3), not yet generated at the instant
    /// asked (R28), or the previous GSTR-3B unfiled when the policy refuses to project (R32). The same statement as
    /// <see cref="Compute(ReturnPeriod, StatementMoment)"/>, which gives the oracle's always-a-document form instead.
    /// </summary>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <param name="moment">As generated, as filed, or at an instant (an <see cref="NodaTime.Instant"/> converts to one).</param>
    /// <returns>The statement, or a <see cref="NoStatement"/> with its reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period or instant is outside the years 2000–8999.</exception>
    public StatementResult StatementOf(ReturnPeriod period, StatementMoment moment) => StatementResult.Of(Compute(period, moment));
}
