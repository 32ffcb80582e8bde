using System.Collections.Immutable;
using Ims.Rules.Findings;
using Ims.Rules.Statements;

namespace Ims.Rules.Json;

/// <summary>What <see cref="ResultReader"/> read: the statement, or nothing when the input had errors, and every finding.</summary>
/// <param name="Statement">The statement; <see langword="null"/> when any finding is an error.</param>
/// <param name="Findings">Errors naming the JSON path (and the line for syntax errors), and infos for unknown fields.</param>
public sealed record ResultReadResult(Gstr2bStatement? Statement, ImmutableArray<Finding> Findings)
{
    /// <summary>Whether a statement was read (no error finding).</summary>
    public bool Succeeded => Statement is not null;
}
