using NodaTime;

namespace Ims.Rules.Reconciliation.Matching;

/// <summary>A document of the other side that came close to an unmatched one, and why it was not paired.</summary>
/// <param name="Id">The candidate: an IMS record id for a book entry, a book entry id for an IMS record.</param>
/// <param name="SupplierGstin">The candidate's supplier GSTIN, if any.</param>
/// <param name="Number">The candidate's number as written.</param>
/// <param name="Date">The candidate's date.</param>
/// <param name="Reason">Why it was not paired.</param>
/// <param name="Detail">The reason in words, with the values that decided it.</param>
public sealed record RejectedCandidate(string Id, Gstin? SupplierGstin, string Number, LocalDate Date, RejectionReason Reason, string Detail);
