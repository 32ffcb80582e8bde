using System;
using System.Collections.Generic;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The user's manual decisions resolved to documents: links, applied before every automatic rule,
/// and pairs no rule may make. A decision naming an unknown document, a document linked twice or a
/// link across document types is left out with a warning.
/// </summary>
internal sealed class ManualDecisions
{
    private ManualDecisions()
    {
    }

    public List<(int Book, int Ims)> Links { get; } = [];

    public HashSet<(int Book, int Ims)> DoNotPair { get; } = [];

    public static ManualDecisions Resolve(IReadOnlyList<ManualDecision> decisions, Doc[] books, Doc[] ims, Func<string, string?> latestVersionOf, List<Finding> findings)
    {
        var resolved = new ManualDecisions();
        if (decisions.Count == 0)
        {
            return resolved;
        }

        var bookIndex = Index(books);
        var imsIndex = Index(ims);
        var linkedBooks = new HashSet<int>();
        var linkedIms = new HashSet<int>();
        foreach (var decision in decisions)
        {
            var what = $"Manual decision {Word(decision.Kind)} {decision.BookId} ↔ {decision.RecordId}";
            if (!bookIndex.TryGetValue(decision.BookId, out var b))
            {
                findings.Add(Warn(decision.RecordId, $"{what}: the books have no entry '{decision.BookId}'; the decision is left out."));
                continue;
            }

            if (latestVersionOf(decision.RecordId) is not { } latest || !imsIndex.TryGetValue(latest, out var m))
            {
                findings.Add(Warn(decision.RecordId, $"{what}: the case has no record '{decision.RecordId}'; the decision is left out."));
                continue;
            }

            if (decision.Kind == ManualDecisionKind.DoNotPair)
            {
                resolved.DoNotPair.Add((b, m));
                continue;
            }

            if (books[b].Kind != ims[m].Kind)
            {
                findings.Add(Warn(decision.RecordId, $"{what}: a {Text.Kind(books[b].Kind)} cannot be linked with a {Text.Kind(ims[m].Kind)}; the link is left out."));
            }
            else if (!linkedBooks.Add(b) || !linkedIms.Add(m))
            {
                findings.Add(Warn(decision.RecordId, $"{what}: the book entry or the record is already linked by an earlier decision; the link is left out."));
            }
            else
            {
                resolved.Links.Add((b, m));
            }
        }

        foreach (var link in resolved.Links)
        {
            if (resolved.DoNotPair.Contains(link))
            {
                findings.Add(Warn(ims[link.Ims].Id, $"Manual decisions both link and keep apart {books[link.Book].Id} ↔ {ims[link.Ims].Id}; the link is kept."));
            }
        }

        return resolved;
    }

    private static string Word(ManualDecisionKind kind) => kind == ManualDecisionKind.Link ? "link" : "doNotPair";

    private static Finding Warn(string recordId, string message) => new(ReconciliationFindingCodes.ManualDecision, Severity.Warning, recordId, message);

    /// <summary>Documents by id; of documents sharing an id, the first by their own data.</summary>
    private static Dictionary<string, int> Index(Doc[] docs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (!index.TryGetValue(doc.Id, out var earlier) || DocOrder.Instance.Compare(doc, docs[earlier]) < 0)
            {
                index[doc.Id] = doc.Index;
            }
        }

        return index;
    }
}
