using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Cases;
using Ims.Rules.Findings;
using Ims.Rules.Money;
using Ims.Rules.Periods;
using Ims.Rules.Reconciliation.Books;
using Ims.Rules.Reconciliation.Internal;
using Ims.Rules.Reconciliation.Matching;
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
    public static ImmutableArray<ReconciliationLine> Match(IEnumerable<BookEntry> books, ImsCase imsCase, ReconciliationPolicy? policy = null)
    {
        var list = Checked(books, imsCase);
        policy ??= ReconciliationPolicy.Default;
        policy.Validate();
        return MatchRun.Lines(list, ImsEngine.Create(imsCase), policy);
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

        var engine = ImsEngine.Create(imsCase);
        var lines = MatchRun.Lines(list, engine, policy);
        var complete = policy.BooksCompleteThrough ?? CompleteThrough(list);
        var maker = new SuggestionMaker(engine, new Eligibility(engine), new CurrentActions(engine, options.At), options.At, policy, complete);
        var suggestions = lines.Select(maker.For).ToList();
        var effects = new EffectCalculator(imsCase, engine, suggestions, options.At, options.Period);
        var builder = ImmutableArray.CreateBuilder<ReconciliationLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Add(lines[i] with { Suggestion = suggestions[i] with { Effect = effects.EffectOf(suggestions[i]) } });
        }

        return new ReconciliationReport
        {
            Recipient = imsCase.Recipient.Gstin,
            At = options.At,
            Period = options.Period,
            Policy = policy,
            BooksCompleteThrough = complete,
            Lines = builder.MoveToImmutable(),
            Totals = Totals(lines),
            Findings = DuplicateIds(list),
        };
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

    private static ImmutableArray<StatusTotal> Totals(ImmutableArray<ReconciliationLine> lines)
    {
        var builder = ImmutableArray.CreateBuilder<StatusTotal>();
        foreach (var status in Enum.GetValues<MatchStatus>())
        {
            var count = 0;
            decimal booksValue = 0, imsValue = 0;
            TaxAmounts booksTax = TaxAmounts.Zero, imsTax = TaxAmounts.Zero;
            foreach (var line in lines)
            {
                if (line.Status != status)
                {
                    continue;
                }

                count++;
                if (line.Book is { } book)
                {
                    booksValue += book.TaxableValue;
                    booksTax += book.Tax;
                }

                if (line.Ims is { } ims)
                {
                    imsValue += ims.TaxableValue;
                    imsTax += ims.Tax;
                }
            }

            builder.Add(new StatusTotal(status, count, booksValue, booksTax, imsValue, imsTax));
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<Finding> DuplicateIds(List<BookEntry> books) =>
        [.. books.GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Finding(ReconciliationFindingCodes.BooksDuplicateId, Severity.Warning, null,
                $"{g.Count()} book entries have the id '{g.Key}'; each is kept, and ties between them are broken by their data."))];
}
