using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ims.Rules.Gstn.Internal;

/// <summary>Collects findings in the order they arise; some are stated only once per read.</summary>
internal sealed class FindingLog
{
    private readonly List<Finding> _findings = [];
    private readonly HashSet<string> _said = new(StringComparer.Ordinal);

    public int Count => _findings.Count;

    /// <summary>How many error findings were added: a record read while it grows is left out.</summary>
    public int ErrorCount { get; private set; }

    public void Add(string code, Severity severity, string? recordId, string message)
    {
        ErrorCount += severity == Severity.Error ? 1 : 0;
        _findings.Add(new Finding(code, severity, recordId, message));
    }

    /// <summary>Adds the finding only the first time <paramref name="key"/> is seen.</summary>
    /// <returns>Whether it was added.</returns>
    public bool Once(string key, string code, Severity severity, string? recordId, string message)
    {
        if (!_said.Add(key))
        {
            return false;
        }

        Add(code, severity, recordId, message);
        return true;
    }

    public void AddRange(IEnumerable<Finding> findings) => _findings.AddRange(findings);

    public ImmutableArray<Finding> ToImmutable() => [.. _findings];
}
