using NodaTime;
using Orleans;

namespace Ims.Rules.Orleans.Wire;

/// <summary>A <see cref="StatementMoment"/> on the wire: which case, and the instant of an <see cref="StatementMoment.At"/> moment.</summary>
[GenerateSerializer]
[Alias("ims.moment")]
internal struct StatementMomentSurrogate
{
    [Id(0)] public byte Case;
    [Id(1)] public Instant? Instant;
}

/// <summary>Converts <see cref="StatementMoment"/> to and from <see cref="StatementMomentSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class StatementMomentConverter : IConverter<StatementMoment, StatementMomentSurrogate>
{
    private const byte Generated = 0, Filed = 1, At = 2;

    public StatementMoment ConvertFromSurrogate(in StatementMomentSurrogate surrogate) => surrogate switch
    {
        { Case: At, Instant: { } instant } => StatementMoment.At(instant),
        { Case: Filed } => StatementMoment.Filed,
        _ => StatementMoment.Generated,
    };

    public StatementMomentSurrogate ConvertToSurrogate(in StatementMoment value) =>
        value.Match(
            generated: () => new StatementMomentSurrogate { Case = Generated },
            filed: () => new StatementMomentSurrogate { Case = Filed },
            at: instant => new StatementMomentSurrogate { Case = At, Instant = instant });
}
