using NodaTime;
using Orleans;

namespace Ims.Rules.Orleans.Wire;

/// <summary>A <see cref="ReturnPeriod"/> on the wire: its first month, and whether it is a quarter.</summary>
[GenerateSerializer]
[Alias("ims.period")]
internal struct ReturnPeriodSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int Month;
    [Id(2)] public bool Quarter;
}

/// <summary>Converts <see cref="ReturnPeriod"/> to and from <see cref="ReturnPeriodSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class ReturnPeriodConverter : IConverter<ReturnPeriod, ReturnPeriodSurrogate>
{
    public ReturnPeriod ConvertFromSurrogate(in ReturnPeriodSurrogate surrogate)
    {
        var month = new YearMonth(surrogate.Year, surrogate.Month);
        return surrogate.Quarter ? ReturnPeriod.QuarterOf(month) : ReturnPeriod.Month(month);
    }

    public ReturnPeriodSurrogate ConvertToSurrogate(in ReturnPeriod value) =>
        new() { Year = value.Start.Year, Month = value.Start.Month, Quarter = value.IsQuarter };
}
