using System;
using System.Collections.Immutable;
using System.Linq;
using OneOf;

namespace Ims.Rules;

/// <summary>Makes <see cref="ReadResult{T}"/>s, for readers.</summary>
public static class ReadResult
{
    /// <summary>An input that was read.</summary>
    /// <typeparam name="T">What is read.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="findings">The findings about it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static ReadResult<T> Read<T>(T value, ImmutableArray<Finding> findings)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, findings);
    }

    /// <summary>An input that could not be read.</summary>
    /// <typeparam name="T">What would have been read.</typeparam>
    /// <param name="findings">The findings, at least one an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No finding is an error.</exception>
    public static ReadResult<T> Unreadable<T>(ImmutableArray<Finding> findings)
        where T : notnull
    {
        if (findings.IsDefault || !findings.Any(f => f.Severity == Severity.Error))
        {
            throw new ArgumentException("An unreadable input has at least one error finding.", nameof(findings));
        }

        return new(default(ReadResult<T>.Unread), findings);
    }
}

/// <summary>
/// What a reader made of its input: <em>read</em> (the value and the findings about it) or <em>unreadable</em> (the
/// findings, at least one an error, that prevent it). A closed union: handle both with <see cref="Match{TResult}"/> or
/// <see cref="Switch"/>; there is no nullable value to dereference. Every reader of the libraries answers this way.
/// </summary>
/// <typeparam name="T">What is read.</typeparam>
/// <remarks>
/// The case and result readers are strict: any error makes the input unreadable, so a read has no error finding. The
/// portal and books readers leave out a record or row they cannot read, with an error finding naming it, and read the
/// rest; only an input that cannot be read as a whole (not JSON, the wrong kind of file, a required column missing)
/// is unreadable.
/// </remarks>
public sealed class ReadResult<T>
    where T : notnull
{
    private readonly OneOf<T, Unread> _value;

    internal ReadResult(OneOf<T, Unread> value, ImmutableArray<Finding> findings)
    {
        _value = value;
        Findings = findings.IsDefault ? [] : findings;
    }

    /// <summary>Whether the input was read.</summary>
    public bool IsRead => _value.IsT0;

    /// <summary>Every finding, in either case, in the order the reader made them.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The error findings: none for a read by a strict reader, at least one for an unreadable input.</summary>
    public ImmutableArray<Finding> Errors => [.. Findings.Where(f => f.Severity == Severity.Error)];

    /// <summary>The result for whichever case this is.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="read">For an input that was read, given the value and <see cref="Findings"/>.</param>
    /// <param name="unreadable">For an input that could not be read, given <see cref="Findings"/>.</param>
    /// <returns>What the chosen function returns.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(Func<T, ImmutableArray<Finding>, TResult> read, Func<ImmutableArray<Finding>, TResult> unreadable)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(unreadable);
        var findings = Findings;
        return _value.Match(value => read(value, findings), _ => unreadable(findings));
    }

    /// <summary>Runs the action for whichever case this is.</summary>
    /// <param name="read">For an input that was read, given the value and <see cref="Findings"/>.</param>
    /// <param name="unreadable">For an input that could not be read, given <see cref="Findings"/>.</param>
    /// <exception cref="ArgumentNullException">An action is null.</exception>
    public void Switch(Action<T, ImmutableArray<Finding>> read, Action<ImmutableArray<Finding>> unreadable)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(unreadable);
        var findings = Findings;
        _value.Switch(value => read(value, findings), _ => unreadable(findings));
    }

    /// <summary>The value read, for input known to be good (tests, samples); otherwise use <see cref="Match{TResult}"/>.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The input was unreadable; the message lists the errors.</exception>
    public T GetValueOrThrow() => _value.IsT0
        ? _value.AsT0
        : throw new InvalidOperationException("The input could not be read: " + string.Join(" ", Errors.Select(f => f.ToString())));

    /// <summary><c>read</c> or <c>unreadable</c>, and the number of findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(IsRead ? "read" : "unreadable")}, {Findings.Length} finding(s)";

    /// <summary>The case without a value.</summary>
    internal readonly struct Unread;
}
