using System.Collections.Immutable;

namespace Ims.Rules.Reconciliation;

/// <summary>
/// One supplier's side of a reconciliation: its lines counted and summed per status, the ITC its
/// books claim that IMS does not back, and what is suggested Pending or Reject.
/// </summary>
public sealed record SupplierSummary
{
    /// <summary>The supplier's GSTIN (the books', or the IMS record's on a line without a book entry); <see langword="null"/> for imports without one.</summary>
    public Gstin? Gstin { get; init; }

    /// <summary>The supplier's name from the books, if they give one.</summary>
    public string? Name { get; init; }

    /// <summary>One total per status, in status order, including statuses without lines.</summary>
    public ImmutableArray<StatusTotal> Totals { get; init; } = [];

    /// <summary>
    /// ITC at risk: per head, the tax of the books not available in IMS — all of a books-only entry (a duplicate
    /// included), what a paired record falls short of its book entry, and all of a book entry whose record is
    /// ITC Not Available (place of supply, section 16(4)).
    /// </summary>
    public TaxAmounts ItcAtRisk { get; init; }

    /// <summary>The IMS tax of the records suggested Pending.</summary>
    public TaxAmounts PendingTax { get; init; }

    /// <summary>The IMS tax of the records suggested Reject.</summary>
    public TaxAmounts RejectedTax { get; init; }
}
