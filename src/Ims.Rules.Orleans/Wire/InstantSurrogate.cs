using NodaTime;
using Orleans;

namespace Ims.Rules.Orleans.Wire;

/// <summary>An <see cref="Instant"/> on the wire, to the nanosecond: days and nanoseconds since the Unix epoch.</summary>
[GenerateSerializer]
[Alias("ims.instant")]
internal struct InstantSurrogate
{
    [Id(0)] public int Days;
    [Id(1)] public long NanosecondOfDay;
}

/// <summary>Converts <see cref="Instant"/> to and from <see cref="InstantSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class InstantConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) =>
        Instant.FromUnixTimeTicks(0) + Duration.FromDays(surrogate.Days) + Duration.FromNanoseconds(surrogate.NanosecondOfDay);

    public InstantSurrogate ConvertToSurrogate(in Instant value)
    {
        var since = value - Instant.FromUnixTimeTicks(0);
        return new() { Days = since.Days, NanosecondOfDay = since.NanosecondOfDay };
    }
}
