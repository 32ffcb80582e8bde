using System.Collections.Immutable;

namespace Ims.Rules;

/// <summary>Everything the engine needs about one recipient: its profile, filings, inward records, IMS actions and policies.</summary>
public sealed record ImsCase
{
    /// <summary>The recipient.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>The recipient's filings and notified extensions.</summary>
    public Filings Filings { get; init; } = Filings.None;

    /// <summary>The inward records, in any order.</summary>
    public ImmutableArray<InwardRecord> Records { get; init; } = [];

    /// <summary>The recipient's actions, in any order.</summary>
    public ImmutableArray<ImsAction> Actions { get; init; } = [];

    /// <summary>The policies for open points.</summary>
    public ImsPolicies Policies { get; init; } = ImsPolicies.Default;
}
