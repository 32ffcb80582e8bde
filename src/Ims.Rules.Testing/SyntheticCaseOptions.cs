using NodaTime;

namespace Ims.Rules.Testing;

/// <summary>What <see cref="SyntheticCases.Generate"/> builds.</summary>
public sealed record SyntheticCaseOptions
{
    /// <summary>How many inward records. Default 10,000.</summary>
    public int Records { get; init; } = 10_000;

    /// <summary>The seed: the same seed and options give the same case on every machine. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The percentage of records the recipient acts on (one to three actions each). Default 30.</summary>
    public int ActionedPercent { get; init; } = 30;

    /// <summary>The first month records are filed for; a year of months follows. Default April 2025.</summary>
    public YearMonth FirstMonth { get; init; } = new(2025, 4);

    /// <summary>How many months records are filed over. Default 12.</summary>
    public int Months { get; init; } = 12;

    /// <summary>The recipient's GSTIN; <see langword="null"/> (the default) for 27AAPFU0939F1ZV. For many recipients, <see cref="SyntheticCases.RecipientGstin"/>.</summary>
    public Ims.Rules.Gstin? RecipientGstin { get; init; }
}
