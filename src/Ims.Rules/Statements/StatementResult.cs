using System;
using OneOf;

namespace Ims.Rules;

/// <summary>
/// The answer to "the GSTR-2B of this period at this moment": the <see cref="Gstr2bStatement"/> when it exists, or a
/// <see cref="NoStatement"/> with its <see cref="NoStatementReason"/> when it does not. A closed union: handle both
/// with <see cref="Match{TResult}"/> or <see cref="Switch"/>; there is no empty statement to mistake for a real one.
/// </summary>
public sealed class StatementResult
{
    private readonly OneOf<Gstr2bStatement, NoStatement> _value;

    private StatementResult(OneOf<Gstr2bStatement, NoStatement> value) => _value = value;

    /// <summary>Whether the statement exists.</summary>
    public bool IsStatement => _value.IsT0;

    /// <summary>
    /// The typed answer for a statement document (<see cref="ImsEngine.Compute(ReturnPeriod, StatementMoment)"/>'s
    /// always-a-document form, or one read back from a result): the statement when generated, else the
    /// <see cref="NoStatement"/> with <see cref="Gstr2bStatement.NotGeneratedReason"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The document is not generated but holds no finding that says why, so it did not come from the engine.</exception>
    public static StatementResult Of(Gstr2bStatement document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Status switch
        {
            StatementStatus.Generated => new(document),
            StatementStatus.NotGenerated => document.NotGeneratedReason is { } reason
                ? new(new NoStatement
                {
                    Gstin = document.Gstin,
                    Period = document.Period,
                    AsOf = document.AsOf,
                    Moment = document.Moment,
                    RuleSet = document.RuleSet,
                    Reason = reason,
                    Findings = document.Findings,
                })
                : throw new ArgumentException("The statement is not generated, but no finding says why.", nameof(document)),
        };
    }

    /// <summary>The result for whichever case this is.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="statement">For a statement that exists.</param>
    /// <param name="noStatement">For no statement, given why.</param>
    /// <returns>What the chosen function returns.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(Func<Gstr2bStatement, TResult> statement, Func<NoStatement, TResult> noStatement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(noStatement);
        return _value.Match(statement, noStatement);
    }

    /// <summary>Runs the action for whichever case this is.</summary>
    /// <param name="statement">For a statement that exists.</param>
    /// <param name="noStatement">For no statement, given why.</param>
    /// <exception cref="ArgumentNullException">An action is null.</exception>
    public void Switch(Action<Gstr2bStatement> statement, Action<NoStatement> noStatement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(noStatement);
        _value.Switch(statement, noStatement);
    }

    /// <summary>The always-a-document form, as <see cref="ImsEngine.Compute(ReturnPeriod, StatementMoment)"/> gives it.</summary>
    /// <returns>The statement, or the not-generated document.</returns>
    public Gstr2bStatement ToDocument() => _value.Match(statement => statement, none => none.ToDocument());

    /// <summary><c>generated</c> or <c>notGenerated</c>, and the period and reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.Match(s => $"{s.Period}: generated", n => $"{n.Period}: not generated ({n.Reason})");
}
