using System;
using Ims.Rules.Json;

namespace Ims.Rules.Orleans.Storage;

/// <summary>
/// A recipient grain's stored state: the case, always as the library's reader made it of its <c>ims-case/1</c>
/// document, so an answer is the same before and after the grain moves to another silo. The document itself is held
/// only from the merge until it is stored (<see cref="CaseDocumentSerializer"/>); a grain keeps the case, not its text.
/// </summary>
internal sealed class RecipientState
{
    /// <summary>The case; <see langword="null"/> before the first accepted batch.</summary>
    public ImsCase? Case { get; private set; }

    /// <summary>The document of <see cref="Case"/> while it waits to be stored; <see langword="null"/> once stored or read.</summary>
    public string? Unstored { get; private set; }

    /// <summary>The state of a document that the library reads without errors, to be stored.</summary>
    public static RecipientState Of(string document, ImsCase imsCase) => new() { Unstored = document, Case = imsCase };

    /// <summary>The state stored as <paramref name="utf8Document"/>.</summary>
    /// <exception cref="InvalidOperationException">The stored document is not a case the library reads.</exception>
    public static RecipientState Read(ReadOnlySpan<byte> utf8Document)
    {
        return CaseReader.Read(utf8Document).Match(
            read: (imsCase, _) => new RecipientState { Case = imsCase },
            unreadable: errors => throw new InvalidOperationException("The stored ims-case/1 document is not readable: " + string.Join("; ", errors)));
    }

    /// <summary>The document to store: the one merged, or the library's writing of the case.</summary>
    public string Document() => Unstored ?? CaseWriter.ToJson(Case ?? throw new InvalidOperationException("An empty recipient is never stored."));

    /// <summary>Forgets the document once stored.</summary>
    public void Stored() => Unstored = null;

    /// <summary>The case, or an empty one for <paramref name="gstin"/> before the first batch.</summary>
    public ImsCase CaseOr(Gstin gstin) => Case ?? new ImsCase { Recipient = new Recipient { Gstin = gstin } };
}
