using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ims.Rules;

/// <summary>One record as it appears in one statement, with the rule IDs that placed it. Compares by value, <see cref="Rules"/> item by item.</summary>
public sealed record StatementDocument
{
    /// <summary>The record's id.</summary>
    public required string RecordId { get; init; }

    /// <summary>The supplier's (or SEZ unit's, or distributor's) GSTIN; <see langword="null"/> for a bill of entry of goods from abroad.</summary>
    public Gstin? SupplierGstin { get; init; }

    /// <summary>The document (or bill of entry) number.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The document date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>ITC Available, Not Available or Rejected.</summary>
    public required Bucket Bucket { get; init; }

    /// <summary>The GSTR-2B section.</summary>
    public required Section Section { get; init; }

    /// <summary>Whether it is a reverse-charge document.</summary>
    public bool ReverseCharge { get; init; }

    /// <summary>In ITC Not Available: P or C; else <see langword="null"/> (also for an ISD's ineligible distribution).</summary>
    public NotAvailableReason? Reason { get; init; }

    /// <summary>
    /// The record's effect on ITC: negative for a credit note that reduces ITC, the delta for
    /// an amendment, zero where nothing is availed (rejected, accepted with no reduction).
    /// In ITC Not Available: the ITC shown as not available.
    /// </summary>
    public required TaxAmounts Itc { get; init; }

    /// <summary>
    /// ITC taken on earlier versions of the record that this amendment reverses because it is ineligible under the
    /// place-of-supply rule (policy <see cref="ImsPolicies.IneligibleAmendment"/>, R3, R41); zero otherwise.
    /// It lowers the statement's ITC Available and is shown in table 4(B)(2).
    /// </summary>
    public TaxAmounts ItcReversed { get; init; }

    /// <summary>The record's own tax, signed (negative for credit notes), before any delta or declaration.</summary>
    public TaxAmounts Tax { get; init; }

    /// <summary>The action that decided it (No action when deemed accepted or when the record bypasses IMS).</summary>
    public ActionKind Action { get; init; }

    /// <summary>The remark of the deciding action, if any (R20).</summary>
    public string? Remark { get; init; }

    /// <summary>The period whose statement the record first belonged to; earlier than the statement's for a record carried forward as Pending.</summary>
    public ReturnPeriod Since { get; init; }

    /// <summary>The catalogue rule IDs that decided the placement, deciding rule first.</summary>
    public required ImmutableArray<string> Rules { get; init; }

    /// <summary>Whether two documents are the same in every field, the rule IDs item by item in order.</summary>
    /// <param name="other">The other document.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(StatementDocument? other) =>
        ReferenceEquals(this, other) || (other is not null
            && RecordId == other.RecordId && Equals(SupplierGstin, other.SupplierGstin) && Number == other.Number && Date == other.Date
            && Bucket == other.Bucket && Section == other.Section && ReverseCharge == other.ReverseCharge && Reason == other.Reason
            && Itc == other.Itc && ItcReversed == other.ItcReversed && Tax == other.Tax && Action == other.Action
            && Remark == other.Remark && Since == other.Since && Values.Equal(Rules, other.Rules));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordId, Bucket, Section, Itc, Action, Since, Values.Hash(Rules));
}
