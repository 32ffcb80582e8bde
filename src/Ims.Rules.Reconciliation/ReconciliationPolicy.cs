using System;
using NodaTime;

namespace Ims.Rules.Reconciliation;

/// <summary>
/// The tolerances of matching and the booking window that decides which IMS-only records are
/// still expected in the books. Every setting has a documented default (<see cref="Default"/>);
/// see docs/reconciliation.md.
/// </summary>
public sealed record ReconciliationPolicy
{
    /// <summary>Every setting at its default.</summary>
    public static ReconciliationPolicy Default { get; } = new();

    /// <summary><c>taxTolerance</c>: the largest difference, in rupees, tolerated in each tax head (IGST, CGST, SGST, cess). Default 1.00.</summary>
    public decimal TaxTolerance { get; init; } = 1.00m;

    /// <summary><c>taxableValueTolerance</c>: the largest difference, in rupees, tolerated in the taxable value. Default 1.00.</summary>
    public decimal TaxableValueTolerance { get; init; } = 1.00m;

    /// <summary><c>dateToleranceDays</c>: the most days two dates of one document may be apart and still match (rule <c>dateTolerance</c>). Default 3.</summary>
    public int DateToleranceDays { get; init; } = 3;

    /// <summary>
    /// <c>booksCompleteThrough</c>: the date up to which the books are complete. Default
    /// <see langword="null"/>: the latest <see cref="Books.BookEntry.BookedOn"/> of the books, or their
    /// latest document date when no entry has a booking date; no books, no date.
    /// </summary>
    public LocalDate? BooksCompleteThrough { get; init; }

    /// <summary>
    /// <c>bookingLagDays</c>: how many days a document may take to reach the books. An IMS-only
    /// record is <em>expected</em> (it may still be booked) when its date is later than
    /// <see cref="BooksCompleteThrough"/> minus this many days. Default 30.
    /// </summary>
    public int BookingLagDays { get; init; } = 30;

    /// <summary>
    /// <c>rejectOutsideBookingWindow</c>: what to suggest for an IMS-only record that is not expected (the books are
    /// complete well past its date and it is not in them). Default <see cref="Reconciliation.OutsideBookingWindow.Reject"/>;
    /// with <see cref="Reconciliation.OutsideBookingWindow.Pending"/>, only a place of supply in another state than the
    /// recipient's leads to Reject.
    /// </summary>
    public OutsideBookingWindow OutsideBookingWindow { get; init; } = OutsideBookingWindow.Reject;

    /// <summary><c>nearestCandidates</c>: how many rejected candidates an unmatched document lists. Default 3.</summary>
    public int NearestCandidates { get; init; } = 3;

    /// <summary>Throws when a setting is out of range: API misuse, not data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance or count is negative, or a setting is not one of its enum's values.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(TaxTolerance, nameof(TaxTolerance));
        ArgumentOutOfRangeException.ThrowIfNegative(TaxableValueTolerance, nameof(TaxableValueTolerance));
        ArgumentOutOfRangeException.ThrowIfNegative(DateToleranceDays, nameof(DateToleranceDays));
        ArgumentOutOfRangeException.ThrowIfNegative(BookingLagDays, nameof(BookingLagDays));
        ArgumentOutOfRangeException.ThrowIfNegative(NearestCandidates, nameof(NearestCandidates));
        if (!Enum.IsDefined(OutsideBookingWindow))
        {
            throw new ArgumentOutOfRangeException(nameof(OutsideBookingWindow), OutsideBookingWindow, "Not an OutsideBookingWindow value.");
        }
    }
}
