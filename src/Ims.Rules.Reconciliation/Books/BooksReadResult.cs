using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Findings;

namespace Ims.Rules.Reconciliation.Books;

/// <summary>What <see cref="BooksCsvReader"/> read: the entries it could read, and a finding for everything else.</summary>
/// <param name="Entries">The entries, in file order; rows with errors are left out.</param>
/// <param name="Findings">Errors name the row and the column; warnings and infos say what was assumed or ignored.</param>
public sealed record BooksReadResult(ImmutableArray<BookEntry> Entries, ImmutableArray<Finding> Findings)
{
    /// <summary>Whether nothing was left out: no finding is an error.</summary>
    public bool Succeeded => !Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The error findings.</summary>
    public ImmutableArray<Finding> Errors => [.. Findings.Where(f => f.Severity == Severity.Error)];
}
