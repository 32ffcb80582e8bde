using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Cases;
using Ims.Rules.Findings;

namespace Ims.Rules.Json;

/// <summary>What <see cref="CaseReader"/> read: the case, or nothing when the input had errors, and every finding.</summary>
/// <param name="Case">The case; <see langword="null"/> when any finding is an error (nothing half-read is returned).</param>
/// <param name="Findings">Errors that name the JSON path and line, and infos for unknown fields, in input order.</param>
public sealed record CaseReadResult(ImsCase? Case, ImmutableArray<Finding> Findings)
{
    /// <summary>Whether a case was read (no error finding).</summary>
    public bool Succeeded => Case is not null;

    /// <summary>The error findings.</summary>
    public ImmutableArray<Finding> Errors => [.. Findings.Where(f => f.Severity == Severity.Error)];
}
