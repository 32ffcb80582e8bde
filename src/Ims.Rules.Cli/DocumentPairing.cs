using System.Collections.Generic;
using System.Linq;

namespace Ims.Rules.Cli;

/// <summary>
/// The documents of two results paired by <see cref="DocumentKey"/>: with the same key, a
/// document of the same section first (an invoice with an invoice, before its amendment), then
/// any left, in the order of the result. What finds no partner is on one side only.
/// </summary>
internal sealed class DocumentPairing
{
    private DocumentPairing(
        IReadOnlyList<(StatementDocument Expected, StatementDocument Actual)> pairs,
        IReadOnlyList<StatementDocument> expectedOnly,
        IReadOnlyList<StatementDocument> actualOnly)
    {
        Pairs = pairs;
        ExpectedOnly = expectedOnly;
        ActualOnly = actualOnly;
    }

    /// <summary>The pairs, in the order of the expected documents.</summary>
    public IReadOnlyList<(StatementDocument Expected, StatementDocument Actual)> Pairs { get; }

    /// <summary>Expected documents without a partner.</summary>
    public IReadOnlyList<StatementDocument> ExpectedOnly { get; }

    /// <summary>Actual documents without a partner.</summary>
    public IReadOnlyList<StatementDocument> ActualOnly { get; }

    /// <summary>Pairs two lists of documents.</summary>
    /// <param name="expected">The expected documents.</param>
    /// <param name="actual">The actual documents.</param>
    /// <returns>The pairing.</returns>
    public static DocumentPairing Of(IReadOnlyList<StatementDocument> expected, IReadOnlyList<StatementDocument> actual)
    {
        var candidates = actual.GroupBy(DocumentKey.Of).ToDictionary(g => g.Key, g => g.ToList());
        var partners = new StatementDocument?[expected.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (partners[i] is not null || !candidates.TryGetValue(DocumentKey.Of(expected[i]), out var left))
                {
                    continue;
                }

                var partner = pass == 0 ? left.Find(a => a.Section == expected[i].Section) : left.FirstOrDefault();
                if (partner is not null)
                {
                    left.Remove(partner);
                    partners[i] = partner;
                }
            }
        }

        var pairs = new List<(StatementDocument, StatementDocument)>();
        var expectedOnly = new List<StatementDocument>();
        for (var i = 0; i < expected.Count; i++)
        {
            if (partners[i] is { } partner)
            {
                pairs.Add((expected[i], partner));
            }
            else
            {
                expectedOnly.Add(expected[i]);
            }
        }

        var unpaired = candidates.Values.SelectMany(left => left).ToHashSet(ReferenceEqualityComparer.Instance);
        return new DocumentPairing(pairs, expectedOnly, [.. actual.Where(unpaired.Contains)]);
    }
}
