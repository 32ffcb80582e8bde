using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Ims.Rules.Reconciliation;

/// <summary>The outcome of <see cref="Reconciler.Reconcile"/>: every line with its suggestion, totals per status and findings.</summary>
public sealed record ReconciliationReport
{
    /// <summary>The recipient.</summary>
    public required Gstin Recipient { get; init; }

    /// <summary>The instant the suggestions are for.</summary>
    public required Instant At { get; init; }

    /// <summary>The statement the effects are shown on, when one was asked for.</summary>
    public ReturnPeriod? Period { get; init; }

    /// <summary>The policy used.</summary>
    public required ReconciliationPolicy Policy { get; init; }

    /// <summary>The date up to which the books were taken as complete (the policy's, or derived from the books).</summary>
    public LocalDate? BooksCompleteThrough { get; init; }

    /// <summary>The lines by status (Matched, PartiallyMatched, BooksOnly, ImsOnly, Ineligible), then supplier, date and number.</summary>
    public ImmutableArray<ReconciliationLine> Lines { get; init; } = [];

    /// <summary>One total per status, in status order, including statuses without lines.</summary>
    public ImmutableArray<StatusTotal> Totals { get; init; } = [];

    /// <summary>The supplier view: one summary per supplier GSTIN, the most ITC at risk first, then by GSTIN.</summary>
    public ImmutableArray<SupplierSummary> Suppliers { get; init; } = [];

    /// <summary>Findings about the books and the manual decisions.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Every suggested IMS action, by record id: the upload and the case with actions are built from them (<see cref="ReconciliationOutput"/>).</summary>
    /// <returns>The actions.</returns>
    public ImmutableArray<ImsAction> SuggestedActions() =>
        [.. Lines.Where(l => l.Suggestion is not null).SelectMany(l => l.Suggestion!.Actions).OrderBy(a => a.RecordId, StringComparer.Ordinal)];
}
