using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using NodaTime;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// The suggestion for each line (without its statement effect, which <see cref="EffectCalculator"/>
/// adds), so that no suggestion harms: Matched → Accept; a near-number pair → Accept and correct the
/// books; PartiallyMatched → Pending where the engine allows it, else a warning; ImsOnly → Pending
/// (never Reject) while any book entry may be it, Reject only when the record clearly does not belong
/// (never a bill of entry); BooksOnly → "duplicate in books" when booked twice, else follow up with the
/// supplier; Ineligible → nothing in IMS. A record already in a filed GSTR-3B gets no action at all:
/// "for information", with where it stands.
/// </summary>
internal sealed class SuggestionMaker(ImsEngine engine, Eligibility eligibility, CurrentActions current, Instant at, ReconciliationPolicy policy, LocalDate? booksCompleteThrough)
{
    private readonly Dictionary<string, string> _leftOut = LeftOut(engine);

    /// <summary>The suggestion for a line, given the engine's decision on its IMS record at the instant and where the record stands (<see cref="Landings.Of"/>).</summary>
    public Suggestion For(ReconciliationLine line, Ims.Rules.RecordDecision? decision, Landing? landing)
    {
        if (line.Ims is { } record && _leftOut.TryGetValue(record.Id, out var why))
        {
            return new Suggestion
            {
                Kind = SuggestionKind.None,
                Reason = $"The engine leaves this record out, so no action on it would count: {why} Correct the IMS data first.",
            };
        }

        if (line.Status != MatchStatus.Ineligible && landing is { ClosedAt: not null })
        {
            return ForInformation(line, landing);
        }

        return ByStatus(line, decision);
    }

    private static Suggestion ForInformation(ReconciliationLine line, Landing landing)
    {
        var reason = line.Status == MatchStatus.Matched
            ? landing.Statement!.SharedTexts.GetOrAdd((2, (int)line.Rule!.Value, 0), static (key, landing) => Information(landing, $"It matches the books (rule {MatchNames.Of((MatchRule)key.A)})."), landing)
            : Information(landing, Situation(line));
        return new Suggestion
        {
            Kind = SuggestionKind.ForInformation,
            Reason = reason,
            Effect = EffectCalculator.Closed(landing),
        };
    }

    /// <summary>What the books say of a line that is not a plain match, for a suggestion made for information.</summary>
    private static string Situation(ReconciliationLine line) =>
        line.Status switch
        {
            MatchStatus.PartiallyMatched when line.Rule == MatchRule.NearNumber => $"It is {line.Book!.Id} of the books with another number ({Text.Difference(line.Differences.First(d => d.Field == DifferenceField.Number))}); correct the number in the books.",
            MatchStatus.PartiallyMatched => $"It differs from the books ({line.Book!.Id}, rule {MatchNames.Of(line.Rule!.Value)}): {string.Join(", ", line.Differences.Where(d => !d.WithinTolerance).Select(Text.Difference))}; settle it with the supplier (a credit or debit note) or correct the books.",
            _ => line.RejectedCandidates.IsEmpty
                ? "It is not in the books: if it is not the recipient's, take it up with the supplier and reverse any ITC claimed on it."
                : $"It is not in the books; nearest: {Candidates(line)}.",
        };

    private static string Information(Landing landing, string situation) =>
        $"For information: already in {landing.ClosedText}; no IMS action can change it now, so none is suggested or uploaded (R17). {situation}";

    private static string Candidates(ReconciliationLine line) => string.Join("; ", line.RejectedCandidates.Select(c => $"{c.Id} ({c.Detail})"));

    /// <summary>The records the engine leaves out (an error finding names them), with the first reason.</summary>
    private static Dictionary<string, string> LeftOut(ImsEngine engine)
    {
        var leftOut = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var finding in engine.CaseFindings)
        {
            if (finding.Severity == Ims.Rules.Severity.Error && finding.RecordId is { } id)
            {
                leftOut.TryAdd(id, $"{finding.Code}: {finding.Message}");
            }
        }

        return leftOut;
    }

    private Suggestion ByStatus(ReconciliationLine line, Ims.Rules.RecordDecision? decision) => line.Status switch
    {
        MatchStatus.Matched => Matched(line, decision),
        MatchStatus.PartiallyMatched => Partial(line, decision),
        MatchStatus.ImsOnly => ImsOnly(line, decision),
        MatchStatus.BooksOnly => BooksOnly(line),
        MatchStatus.Ineligible => Ineligible(line),
    };

    private Suggestion Matched(ReconciliationLine line, Ims.Rules.RecordDecision? decision) =>
        AcceptEveryVersion(line, decision, line.Differences.IsEmpty
            ? MatchedReasons[(int)line.Rule!.Value]
            : $"Matches the books (rule {MatchNames.Of(line.Rule!.Value)}; tolerated: {string.Join(", ", line.Differences.Select(Text.Difference))}): accept it (R12).");

    /// <summary>The reason of a match without differences, per rule: written once.</summary>
    private static readonly string[] MatchedReasons = [.. System.Enum.GetValues<MatchRule>().Select(rule => $"Matches the books (rule {MatchNames.Of(rule)}): accept it (R12).")];

    /// <summary>A near-number pair: the same document by supplier, date and amounts, its number mistyped on one side; accepting it keeps the ITC, and the books are corrected.</summary>
    private Suggestion NearNumber(ReconciliationLine line, Ims.Rules.RecordDecision? decision)
    {
        var number = line.Differences.First(d => d.Field == DifferenceField.Number);
        var gstin = line.Differences.FirstOrDefault(d => d.Field == DifferenceField.SupplierGstin);
        var books = DocumentNumber.Normalise(number.Books, line.Book!.Date);
        var ims = DocumentNumber.Normalise(number.Ims, line.Ims!.Date);
        var correct = gstin is null ? "the number" : $"the number and the supplier GSTIN ({Text.Difference(gstin)})";
        return AcceptEveryVersion(line, decision, $"The same document as {line.Book.Id} of the books by supplier, date and amounts; its number differs: {Text.Difference(number)}, {NearNumbers.Describe(books, ims)} (rule nearNumber). Accept it (R12) and correct {correct} in the books.");
    }

    private Suggestion AcceptEveryVersion(ReconciliationLine line, Ims.Rules.RecordDecision? decision, string reason)
    {
        var record = line.Ims!;
        ImmutableArray<ImsAction> actions;
        if (line.EarlierVersions.IsEmpty)
        {
            actions = Current(record.Id, decision) != ActionKind.Accept ? [Action(record.Id, ActionKind.Accept)] : [];
        }
        else
        {
            var builder = ImmutableArray.CreateBuilder<ImsAction>();
            foreach (var id in line.EarlierVersions.Append(record.Id))
            {
                if (Current(id, decision) != ActionKind.Accept)
                {
                    builder.Add(Action(id, ActionKind.Accept));
                }
            }

            actions = builder.ToImmutable();
            reason += $" It amends {string.Join(", ", line.EarlierVersions)}: accepting each version settles the amendment's delta against its original (R41, R42).";
        }

        return new Suggestion
        {
            Kind = SuggestionKind.Accept,
            Actions = actions,
            Reason = actions.IsEmpty ? reason + " It is already accepted; nothing to send." : reason,
        };
    }

    private Suggestion Partial(ReconciliationLine line, Ims.Rules.RecordDecision? decision)
    {
        if (line.Rule == MatchRule.NearNumber)
        {
            return NearNumber(line, decision);
        }

        var beyond = string.Join(", ", line.Differences.Where(d => !d.WithinTolerance).Select(Text.Difference));
        return PendingOrDecide(line.Ims!, decision, $"Differs from the books beyond tolerance (rule {MatchNames.Of(line.Rule!.Value)}): {beyond}.",
            "Keep it Pending while the supplier corrects it or the books are checked", "Accept it if the IMS values are right (and correct the books); reject it if they are wrong");
    }

    private Suggestion ImsOnly(ReconciliationLine line, Ims.Rules.RecordDecision? decision)
    {
        var record = line.Ims!;
        var doesNotBelong = new List<string>();
        if (eligibility.PlaceOfSupplyElsewhere(record))
        {
            doesNotBelong.Add($"its place of supply {Text.State(record.PlaceOfSupply!.Value)} is not the recipient's state {Text.State(eligibility.RecipientState!.Value)}");
        }

        var candidates = line.RejectedCandidates.Where(c => c.Reason != RejectionReason.SupplierDiffers).ToList();
        if (candidates.Count > 0 || line.HasCandidateBook)
        {
            var named = candidates.Count > 0 ? string.Join("; ", candidates.Select(c => $"{c.Id} ({c.Detail})")) : "an entry of the books";
            var ids = candidates.Count > 0 ? string.Join(", ", candidates.Select(c => c.Id).Distinct()) : "the books";
            return PendingOrDecide(record, decision, $"Not paired with the books, but it may be {named}; it is not rejected while a book entry may be it.",
                $"Keep it Pending while {ids} is checked (link it by a manual decision if it is the same document)",
                $"Check {ids}: accept it if it is the same document (and correct the books); reject it only if it is not the recipient's");
        }

        var expected = Expected(record);
        if (policy.OutsideBookingWindow == OutsideBookingWindow.Reject && !expected && booksCompleteThrough is { } complete)
        {
            doesNotBelong.Add($"the books are complete through {Text.Date(complete)} and it is dated {Text.Date(record.Date)}, more than {policy.BookingLagDays} days earlier, yet it is not in them (policy bookingLagDays)");
        }

        if (doesNotBelong.Count > 0 && record.Kind != RecordKind.BillOfEntry)
        {
            var supplier = record.Kind == RecordKind.CreditNote
                ? " Rejecting a credit note keeps the ITC unreduced and raises the supplier's liability in a later period (R47)."
                : string.Empty;
            var reason = $"Not in the books, and it does not belong to the recipient: {string.Join("; ", doesNotBelong)}. Reject it (R13).{supplier}";
            return Current(record.Id, decision) == ActionKind.Reject
                ? new Suggestion { Kind = SuggestionKind.Reject, Reason = reason + " It is already rejected; nothing to send." }
                : new Suggestion { Kind = SuggestionKind.Reject, Actions = [Action(record.Id, ActionKind.Reject)], Reason = reason };
        }

        var why = doesNotBelong.Count > 0
            ? $"Not in the books and it looks foreign ({string.Join("; ", doesNotBelong)}), but a bill of entry cannot be rejected (R51)."
            : expected && booksCompleteThrough is { } through
                ? $"Not in the books yet; dated {Text.Date(record.Date)}, within {policy.BookingLagDays} days of {Text.Date(through)} up to which the books are complete, it may still be booked (policy bookingLagDays)."
                : $"Not in the books{(booksCompleteThrough is null ? " (no books to tell how far they are complete)" : string.Empty)}.";
        return PendingOrDecide(record, decision, why, "Keep it Pending until it is booked or explained",
            record.Kind == RecordKind.BillOfEntry ? "Accept it if the import is the recipient's; a bill of entry cannot be rejected (R51)" : "Accept it if it is genuine (and book it); reject it if it is not the recipient's");
    }

    private static Suggestion BooksOnly(ReconciliationLine line)
    {
        var book = line.Book!;
        if (line.DuplicateOf is { } original)
        {
            return new Suggestion
            {
                Kind = SuggestionKind.DuplicateInBooks,
                Reason = $"Duplicate in books: {book.Id} is the same document as {original} ({Text.Kind(book.Type)} {book.Number} of {Text.Date(book.Date)}, same supplier, number, date and amounts within tolerance). Reverse {book.Id} in the books; the ITC is claimed once. No IMS action.",
            };
        }

        var nearest = line.RejectedCandidates.IsEmpty
            ? string.Empty
            : " Nearest in IMS: " + string.Join("; ", line.RejectedCandidates.Select(c => $"{c.Id} ({c.Detail})")) + ".";
        var reason = book.Type == RecordKind.BillOfEntry
            ? $"Not in IMS: check bill of entry {book.Number} of {Text.Date(book.Date)} with customs (ICEGATE); it reaches IMS by its reference date (R29). No IMS action.{nearest}"
            : $"Not in IMS: ask the supplier {(book.SupplierGstin?.ToString() is { Length: > 0 } gstin ? gstin : "(no GSTIN in the books)")} to report {Text.Kind(book.Type)} {book.Number} of {Text.Date(book.Date)} in GSTR-1, IFF or GSTR-1A; until it reaches GSTR-2B there is no ITC for it (R9). No IMS action.{nearest}";
        return new Suggestion { Kind = SuggestionKind.FollowUpWithSupplier, Reason = reason };
    }

    private static Suggestion Ineligible(ReconciliationLine line)
    {
        var why = line.Ineligibility!.Value switch
        {
            IneligibleReason.ReverseCharge => "A reverse-charge document: it goes straight to GSTR-2B (ITC Available, table 4(A)(3)) and cannot be actioned in IMS (R4); the tax is paid under reverse charge.",
            IneligibleReason.Isd => "An input service distributor's document: it goes straight to GSTR-2B (R4) and cannot be actioned in IMS.",
            IneligibleReason.PlaceOfSupply => "The supplier's state is the place of supply but not the recipient's: ITC Not Available, reason P (R3); it cannot be actioned in IMS. Ask the supplier to correct the place of supply if it is wrong.",
            IneligibleReason.TimeBarred => "Filed after the section 16(4) deadline: ITC Not Available, reason C (R3, R36); it cannot be actioned in IMS.",
            IneligibleReason.Gstr5 => "A non-resident's GSTR-5 document: it goes straight to GSTR-2B (R4) and cannot be actioned in IMS.",
            IneligibleReason.ImportBeforeOctober2025 => "A bill of entry of a period before October 2025: it goes straight to GSTR-2B (R4, R7) and cannot be actioned in IMS.",
            IneligibleReason.BeforeIms => "It belongs to a GSTR-2B period before October 2024, before IMS (R6); there is nothing to action.",
        };
        var books = line.Book is null
            ? " Not in the books."
            : $" In the books as {line.Book.Id} (rule {MatchNames.Of(line.Rule!.Value)}{(line.Differences.Any(d => !d.WithinTolerance) ? "; differs: " + string.Join(", ", line.Differences.Where(d => !d.WithinTolerance).Select(Text.Difference)) : string.Empty)}).";
        return new Suggestion { Kind = SuggestionKind.None, Reason = why + books };
    }

    private Suggestion PendingOrDecide(InwardRecord record, Ims.Rules.RecordDecision? decision, string why, string pendingAdvice, string decideAdvice)
    {
        var allowance = decision?.Pending ?? engine.PendingAllowance(record.Id, at);
        if (allowance.Allowed)
        {
            var reason = $"{why} {pendingAdvice}: {allowance.Reason}";
            return Current(record.Id, decision) == ActionKind.Pending
                ? new Suggestion { Kind = SuggestionKind.Pending, Reason = reason + " It is already Pending; nothing to send." }
                : new Suggestion { Kind = SuggestionKind.Pending, Actions = [Action(record.Id, ActionKind.Pending)], Reason = reason };
        }

        return new Suggestion
        {
            Kind = SuggestionKind.AcceptOrRejectNow,
            Reason = $"{why} It cannot be kept Pending: {allowance.Reason} It must be accepted or rejected now. {decideAdvice}; left without action it is deemed accepted (R11).",
        };
    }

    /// <summary>Whether an IMS-only record may still reach the books (policy bookingLagDays): always, when no date says how far the books are complete.</summary>
    private bool Expected(InwardRecord record) =>
        booksCompleteThrough is not { } complete || record.Date > complete.PlusDays(-policy.BookingLagDays);

    /// <summary>The action in force on a record: from the engine's decision already at hand for the line's record, else asked.</summary>
    private ActionKind Current(string recordId, Ims.Rules.RecordDecision? decision) =>
        decision is not null && string.Equals(decision.RecordId, recordId, System.StringComparison.Ordinal) ? decision.ActionInForce?.Action ?? ActionKind.NoAction : current.Of(recordId);

    private ImsAction Action(string recordId, ActionKind kind) => new() { RecordId = recordId, Action = kind, At = at };
}
