using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Internal;
using Ims.Rules.Reconciliation.Matching;
using Ims.Rules.Reconciliation.Suggestions;
using NodaTime;

namespace Ims.Rules.Reconciliation;

/// <summary>
/// Reconciles the recipient's books with the records of its IMS case: pairs documents by named
/// rules (<see cref="MatchRule"/>), gives each line a status (<see cref="MatchStatus"/>), and
/// suggests the IMS action for it with its effect on the GSTR-2B statement.
/// </summary>
/// <remarks>
/// Pure and deterministic: no clock, no I/O; the result never depends on the order of the books
/// or of the case's records (ties are broken by the documents' own data). Matching hashes
/// documents by supplier PAN and normalised number, so its cost grows linearly with the input.
/// </remarks>
public static class Reconciler
{
    /// <summary>Pairs book entries with the case's records and gives each line its status, without suggestions.</summary>
    /// <param name="books">The book entries.</param>
    /// <param name="imsCase">The case whose records are the IMS side.</param>
    /// <param name="policy">The tolerances; <see langword="null"/> for the defaults.</param>
    /// <returns>The lines in a stable order (<see cref="ReconciliationReport.Lines"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="books"/>, an entry, or <paramref name="imsCase"/> (or its recipient) is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance of the policy is negative.</exception>
    public static ImmutableArray<ReconciliationLine> Match(IEnumerable<BookEntry> books, ImsCase imsCase, ReconciliationPolicy? policy = null) =>
        Match(books, imsCase, policy, []);

    /// <summary>Pairs book entries with the case's records, the user's manual decisions first, and gives each line its status, without suggestions.</summary>
    /// <param name="books">The book entries.</param>
    /// <param name="imsCase">The case whose records are the IMS side.</param>
    /// <param name="policy">The tolerances; <see langword="null"/> for the defaults.</param>
    /// <param name="manual">Links (rule <see cref="MatchRule.Manual"/>) and pairs never to make; a decision naming an unknown document is ignored (<see cref="Reconcile"/> reports it).</param>
    /// <returns>The lines in a stable order (<see cref="ReconciliationReport.Lines"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument, an entry or a decision, or the case's recipient is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance of the policy is negative.</exception>
    public static ImmutableArray<ReconciliationLine> Match(IEnumerable<BookEntry> books, ImsCase imsCase, ReconciliationPolicy? policy, IEnumerable<ManualDecision> manual)
    {
        var list = Checked(books, imsCase);
        var decisions = Checked(manual);
        policy ??= ReconciliationPolicy.Default;
        policy.Validate();
        return MatchRun.Lines(list, ImsEngine.Create(imsCase), policy, decisions, []);
    }

    /// <summary>Matches, then suggests an IMS action for every line with its statement effect.</summary>
    /// <param name="books">The book entries.</param>
    /// <param name="imsCase">The case whose records are the IMS side; its actions are the recipient's so far.</param>
    /// <param name="options">The suggestion instant, the statement to show effects on, and the policy.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument, an entry, or the case's recipient is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the years 2000–8999, or a tolerance is negative.</exception>
    public static ReconciliationReport Reconcile(IEnumerable<BookEntry> books, ImsCase imsCase, ReconciliationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = Checked(books, imsCase);
        var policy = options.Policy ?? ReconciliationPolicy.Default;
        policy.Validate();
        if (!IndianTime.IsSupported(options.At))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.At, "Suggestions are made for instants of the years 2000–8999.");
        }

        var manual = Checked(options.Manual);
        var booksAlone = Task.Run(() => (DuplicateIds(list), policy.BooksCompleteThrough ?? CompleteThrough(list))); // beside the engine's preparation
        var engine = ImsEngine.Create(imsCase);
        var (duplicateIds, complete) = booksAlone.GetAwaiter().GetResult();
        var findings = new List<Finding>();
        var lines = MatchRun.Lines(list, engine, policy, manual, findings, options.At, out var decisions);
        var landings = new Landings(engine, options.At);
        landings.PrepareClosed(decisions);
        var landed = new Landing?[lines.Length];
        Parallel.For(0, lines.Length, i =>
        {
            if (lines[i].Ims is { } record)
            {
                landed[i] = landings.Of(record.Id, decisions[i]);
            }
        });
        var maker = new SuggestionMaker(engine, new Eligibility(engine), new CurrentActions(engine, options.At), options.At, policy, complete);
        var suggestions = new Suggestion[lines.Length];
        Parallel.For(0, lines.Length, i => suggestions[i] = maker.For(lines[i], decisions[i], landed[i]));
        var effects = new EffectCalculator(engine, landings, suggestions, landed, options.Period);
        var reconciled = new ReconciliationLine[lines.Length];
        Parallel.For(0, lines.Length, i =>
        {
            var suggestion = suggestions[i].Effect is null && effects.EffectOf(i, suggestions[i]) is { } effect ? suggestions[i] with { Effect = effect } : suggestions[i];
            reconciled[i] = lines[i] with { Suggestion = suggestion };
        });

        var report = ImmutableCollectionsMarshal.AsImmutableArray(reconciled);
        var (totals, suppliers) = SupplierView.Of(report);
        return new ReconciliationReport
        {
            Recipient = imsCase.Recipient.Gstin,
            At = options.At,
            Period = options.Period,
            Policy = policy,
            BooksCompleteThrough = complete,
            Lines = report,
            Totals = totals,
            Suppliers = suppliers,
            Findings = [.. duplicateIds, .. findings],
        };
    }

    private static List<ManualDecision> Checked(IEnumerable<ManualDecision> manual)
    {
        ArgumentNullException.ThrowIfNull(manual);
        var list = manual.ToList();
        if (list.Exists(d => d is null || d.BookId is null || d.RecordId is null))
        {
            throw new ArgumentNullException(nameof(manual), "A manual decision, its book id or its record id is null.");
        }

        return list;
    }

    private static List<BookEntry> Checked(IEnumerable<BookEntry> books, ImsCase imsCase)
    {
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(imsCase);
        ArgumentNullException.ThrowIfNull(imsCase.Recipient, nameof(imsCase) + "." + nameof(ImsCase.Recipient));
        var list = books.ToList();
        if (list.Exists(entry => entry is null || entry.Id is null || entry.Number is null))
        {
            throw new ArgumentNullException(nameof(books), "A book entry, its id or its number is null.");
        }

        return list;
    }

    /// <summary>The latest booking date, or the latest document date when no entry has one; none without books.</summary>
    private static LocalDate? CompleteThrough(List<BookEntry> books)
    {
        if (books.Count == 0)
        {
            return null;
        }

        var booked = books.Where(b => b.BookedOn is not null).Select(b => b.BookedOn!.Value).ToList();
        return booked.Count > 0 ? booked.Max() : books.Max(b => b.Date);
    }

    /// <summary>A warning for each id that more than one book entry has, in id order.</summary>
    private static ImmutableArray<Finding> DuplicateIds(List<BookEntry> books)
    {
        var seen = new HashSet<string>(books.Count, StringComparer.Ordinal);
        Dictionary<string, int>? counts = null;
        foreach (var book in books)
        {
            if (!seen.Add(book.Id))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[book.Id] = (counts.TryGetValue(book.Id, out var count) ? count : 1) + 1;
            }
        }

        return counts is null ? [] : [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Finding(ReconciliationFindingCodes.BooksDuplicateId, Severity.Warning, null,
                $"{c.Value} book entries have the id '{c.Key}'; each is kept, and ties between them are broken by their data."))];
    }
}
