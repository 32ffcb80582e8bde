using System.Collections.Immutable;

namespace Ims.Rules.Json;

/// <summary>What the case parser made of its input, before <see cref="CaseReader"/> answers with a <see cref="ReadResult{T}"/>.</summary>
/// <param name="Case">The case; <see langword="null"/> when any finding is an error (nothing half-read is returned).</param>
/// <param name="Findings">Errors that name the JSON path and line, and infos for unknown fields, in input order.</param>
internal sealed record CaseReadResult(ImsCase? Case, ImmutableArray<Finding> Findings)
{
    /// <summary>The answer the public readers give.</summary>
    public ReadResult<ImsCase> ToResult() => Case is { } imsCase ? ReadResult.Read(imsCase, Findings) : ReadResult.Unreadable<ImsCase>(Findings);
}
