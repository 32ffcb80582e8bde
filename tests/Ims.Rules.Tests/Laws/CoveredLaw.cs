using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Ims.Rules.Tests.Laws;

/// <summary>
/// A law that shows how often its interesting path was reached and fails when it was reached too rarely.
/// Each case reports its paths through <see cref="Covered"/>: FsCheck's classification prints the share of
/// cases that reached each path in the test output ("Ok, passed 1000 tests. 23% a Pending record acted on
/// later."), and when a full run ends with a path reached by fewer than <see cref="MinimumShare"/> of the
/// cases the law fails, so it cannot pass because its interesting cases never occur. xunit creates one
/// instance per test and FsCheck.Xunit disposes it after the run, which is when the shares are checked.
/// </summary>
public abstract class CoveredLaw : IDisposable
{
    /// <summary>The least share of cases that must reach each interesting path: 5 %.</summary>
    public const double MinimumShare = 0.05;

    private readonly Dictionary<string, (int Cases, int Reached)> _paths = new(StringComparer.Ordinal);

    /// <summary>The law's verdict for one case, classified by each interesting path it reached.</summary>
    protected Property Covered(bool holds, params (bool Reached, string Path)[] reached)
    {
        ArgumentNullException.ThrowIfNull(reached);
        var property = holds.ToProperty();
        foreach (var (hit, path) in reached)
        {
            var (cases, hits) = _paths.GetValueOrDefault(path);
            _paths[path] = (cases + 1, hits + (hit ? 1 : 0));
            property = property.Classify(hit, path);
        }

        return property;
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        // Only a run that checked exactly its cases has shares to judge: a failing run stops early or shrinks,
        // and its own failure is the message that matters.
        var starved = _paths
            .Where(p => p.Value.Cases == LawRuns.Count && p.Value.Reached < MinimumShare * p.Value.Cases)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p.Key}' reached by {p.Value.Reached} of {p.Value.Cases} cases"))
            .ToList();
        if (starved.Count > 0)
        {
            throw new InvalidOperationException(
                $"The law's interesting path is reached by fewer than {MinimumShare:P0} of its cases, so it tests too little: "
                + string.Join("; ", starved) + ". Make the generators reach it more often.");
        }
    }
}
