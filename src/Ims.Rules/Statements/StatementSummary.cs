
namespace Ims.Rules;

/// <summary>Sums of the documents' ITC effect per bucket, and the GSTR-3B figures.</summary>
public sealed record StatementSummary
{
    /// <summary>Sum over ITC Available.</summary>
    public TaxAmounts ItcAvailable { get; init; }

    /// <summary>Sum over ITC Not Available.</summary>
    public TaxAmounts ItcNotAvailable { get; init; }

    /// <summary>Sum over ITC Rejected (zero: rejected records give no ITC).</summary>
    public TaxAmounts ItcRejected { get; init; }

    /// <summary>The GSTR-3B table 4 figures.</summary>
    public Gstr3bFigures Gstr3b { get; init; } = Gstr3bFigures.Zero;
}
