using System;
using NodaTime;
using OneOf;

namespace Ims.Rules;

/// <summary>
/// When a statement is taken: <see cref="Generated"/> (the portal's draft), <see cref="Filed"/> (frozen at the
/// period's own GSTR-3B) or <see cref="At"/> an instant. A closed union: <see cref="Match{TResult}"/> names every case.
/// The default value is <see cref="Generated"/>.
/// </summary>
/// <remarks>
/// On a statement, <see cref="Gstr2bStatement.Moment"/> says which of these it actually is: a statement asked for as
/// filed whose period's GSTR-3B is unfiled says <see cref="Generated"/> (with a finding), and one asked for at an
/// instant after its period's GSTR-3B says <see cref="Filed"/>.
/// </remarks>
public readonly struct StatementMoment : IEquatable<StatementMoment>
{
    private readonly OneOf<GeneratedCase, FiledCase, Instant> _value;

    private StatementMoment(OneOf<GeneratedCase, FiledCase, Instant> value) => _value = value;

    /// <summary>As generated (R28, R32): 00:00 IST on the 14th after the period, or the previous period's GSTR-3B filing if later.</summary>
    public static StatementMoment Generated => default;

    /// <summary>As filed (R17): frozen at the period's own GSTR-3B filing (at its generation if filed earlier).</summary>
    public static StatementMoment Filed => new(new FiledCase());

    /// <summary>Whether this is <see cref="Generated"/>.</summary>
    public bool IsGenerated => _value.IsT0;

    /// <summary>Whether this is <see cref="Filed"/>.</summary>
    public bool IsFiled => _value.IsT1;

    /// <summary>The instant of an <see cref="At"/> moment; <see langword="null"/> for the other two.</summary>
    public Instant? Instant => _value.IsT2 ? _value.AsT2 : null;

    /// <summary>As it stands at <paramref name="instant"/>: a recompute after actions, frozen once the period's GSTR-3B is filed (R17).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The moment.</returns>
    public static StatementMoment At(Instant instant) => new(instant);

    /// <summary>The moment at <paramref name="instant"/>, like <see cref="At"/>.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator StatementMoment(Instant instant) => At(instant);

    /// <summary>The result for whichever case this is.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="generated">For <see cref="Generated"/>.</param>
    /// <param name="filed">For <see cref="Filed"/>.</param>
    /// <param name="at">For <see cref="At"/>, given its instant.</param>
    /// <returns>What the chosen function returns.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(Func<TResult> generated, Func<TResult> filed, Func<Instant, TResult> at)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(at);
        return _value.Match(_ => generated(), _ => filed(), at);
    }

    /// <inheritdoc/>
    public bool Equals(StatementMoment other) => _value.Index == other._value.Index && (!_value.IsT2 || _value.AsT2 == other._value.AsT2);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatementMoment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.IsT2 ? _value.AsT2.GetHashCode() : _value.Index;

    /// <summary><c>generated</c>, <c>filed</c>, or <c>at</c> and the instant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.Match(_ => "generated", _ => "filed", instant => "at " + instant.ToString());

    /// <summary>Whether two moments are the same case (and instant).</summary>
    /// <param name="left">One moment.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(StatementMoment left, StatementMoment right) => left.Equals(right);

    /// <summary>Whether two moments differ.</summary>
    /// <param name="left">One moment.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(StatementMoment left, StatementMoment right) => !left.Equals(right);

    private readonly struct GeneratedCase;

    private readonly struct FiledCase;
}
