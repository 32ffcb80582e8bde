using Orleans;

namespace Ims.Rules.Orleans.Wire;

/// <summary>A <see cref="Finding"/> on the wire.</summary>
[GenerateSerializer]
[Alias("ims.finding")]
internal struct FindingSurrogate
{
    [Id(0)] public string Code;
    [Id(1)] public int Severity;
    [Id(2)] public string? RecordId;
    [Id(3)] public string Message;
}

/// <summary>Converts <see cref="Finding"/> to and from <see cref="FindingSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class FindingConverter : IConverter<Finding, FindingSurrogate>
{
    public Finding ConvertFromSurrogate(in FindingSurrogate surrogate) =>
        new(surrogate.Code, (Severity)surrogate.Severity, surrogate.RecordId, surrogate.Message);

    public FindingSurrogate ConvertToSurrogate(in Finding value) =>
        new() { Code = value.Code, Severity = (int)value.Severity, RecordId = value.RecordId, Message = value.Message };
}
