using System.Collections.Immutable;

namespace Ims.Rules.Json;

/// <summary>What the result parser made of its input, before <see cref="ResultReader"/> answers with a <see cref="ReadResult{T}"/>.</summary>
/// <param name="Statement">The statement; <see langword="null"/> when any finding is an error.</param>
/// <param name="Findings">Errors naming the JSON path (and the line for syntax errors), and infos for unknown fields.</param>
internal sealed record ResultReadResult(Gstr2bStatement? Statement, ImmutableArray<Finding> Findings)
{
    /// <summary>The answer the public readers give.</summary>
    public ReadResult<Gstr2bStatement> ToResult() =>
        Statement is { } statement ? ReadResult.Read(statement, Findings) : ReadResult.Unreadable<Gstr2bStatement>(Findings);
}
