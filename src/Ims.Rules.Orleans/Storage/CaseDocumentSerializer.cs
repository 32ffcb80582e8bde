using System;
using System.Text;
using Orleans.Storage;

namespace Ims.Rules.Orleans.Storage;

/// <summary>Stores a <see cref="RecipientState"/> as its <c>ims-case/1</c> document in UTF-8, the documented form, and reads it back with the library's reader.</summary>
internal sealed class CaseDocumentSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => input is RecipientState state
        ? new BinaryData(Encoding.UTF8.GetBytes(state.Document()))
        : throw new NotSupportedException($"This storage holds recipient cases, not {typeof(T)}.");

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return typeof(T) == typeof(RecipientState)
            ? (T)(object)RecipientState.Read(input.ToMemory().Span)
            : throw new NotSupportedException($"This storage holds recipient cases, not {typeof(T)}.");
    }
}
