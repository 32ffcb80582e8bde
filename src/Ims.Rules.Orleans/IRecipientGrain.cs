using System.Collections.Immutable;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.Concurrency;

namespace Ims.Rules.Orleans;

/// <summary>
/// One recipient's IMS case in an Orleans cluster, keyed by the recipient's GSTIN: takes batches of records,
/// actions, filings and profile changes, and answers the same questions as <see cref="ImsEngine"/> does for the case
/// they make up. Writes are serialised by the grain; reads interleave with each other.
/// </summary>
/// <remarks>
/// Statements and timelines come back as the library's documented JSON (<c>ims-2b/1</c> and <c>ims-2b-timeline/1</c>,
/// written by <c>ResultWriter</c> and <c>TimelineWriter</c>): the same text the library writes for the same events,
/// ready to serve over HTTP or to read back with <c>ResultReader</c>.
/// </remarks>
public interface IRecipientGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds a batch of events to the case. Idempotent: records are keyed by id, actions by record, instant and kind,
    /// GSTR-3B filings by period, annual returns by year, profile changes by month, due-date extensions by return and
    /// period, so a batch sent twice, or events sent again in another batch, change nothing. A rejected batch changes
    /// nothing; an accepted one is stored before the answer comes back.
    /// </summary>
    /// <param name="batch">The events, as an <c>ims-case/1</c> document for this recipient.</param>
    /// <returns>Whether the batch was accepted, what it added, and the reader's findings about it.</returns>
    /// <exception cref="BatchNotStoredException">The batch could not be stored; nothing changed, and it may be sent again.</exception>
    Task<BatchAnswer> Add(CaseBatch batch);

    /// <summary>The GSTR-3B statement of <paramref name="period"/> at <paramref name="moment"/>, as <see cref="ImsEngine.Compute(ReturnPeriod, StatementMoment)"/> computes it.</summary>
    /// <param name="period">The period (for a quarterly recipient, the quarter or its first month).</param>
    /// <param name="moment">As generated, as filed, or at an instant.</param>
    /// <returns>The statement as an <c>ims-2b/1</c> document.</returns>
    [ReadOnly]
    Task<string> Statement(ReturnPeriod period, StatementMoment moment);

    /// <summary>Every statement from <paramref name="first"/> to <paramref name="last"/> at <paramref name="moment"/>, as <see cref="ImsEngine.ComputeRange(ReturnPeriod, ReturnPeriod, StatementMoment)"/> computes them.</summary>
    /// <param name="first">The first period.</param>
    /// <param name="last">The last period.</param>
    /// <param name="moment">As generated, as filed, or at an instant.</param>
    /// <returns>The statements as an <c>ims-2b-timeline/1</c> document.</returns>
    [ReadOnly]
    Task<string> Timeline(ReturnPeriod first, ReturnPeriod last, StatementMoment moment);

    /// <summary>What the engine decided about one record at <paramref name="at"/>, and where it stands in each statement of its life.</summary>
    /// <param name="recordId">The record.</param>
    /// <param name="at">The instant for the Pending allowance, the action in force and the statements (each as it stands then).</param>
    /// <returns>The explanation; <see langword="null"/> when the case has no record with that id.</returns>
    [ReadOnly]
    Task<RecordExplanation?> Explain(string recordId, Instant at);

    /// <summary>The case's findings, as <see cref="ImsEngine.CaseFindings"/> gives them.</summary>
    /// <returns>The findings.</returns>
    [ReadOnly]
    Task<ImmutableArray<Finding>> Findings();

    /// <summary>The case as it is stored: the <c>ims-case/1</c> document of every event accepted so far, as the library writes it.</summary>
    /// <returns>The document.</returns>
    [ReadOnly]
    Task<string> CaseDocument();
}
