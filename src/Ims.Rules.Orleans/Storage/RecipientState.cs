using System;
using Ims.Rules.Cases;
using Ims.Rules.Json;
using Ims.Rules.Registration;

namespace Ims.Rules.Orleans.Storage;

/// <summary>
/// A recipient grain's stored state: the <c>ims-case/1</c> document of every accepted event, and the case read from it.
/// The document is what is stored (<see cref="CaseDocumentSerializer"/>); the case is always the one the library's
/// reader makes of that document, so an answer is the same before and after the grain moves to another silo.
/// </summary>
internal sealed class RecipientState
{
    /// <summary>The stored document; <see langword="null"/> before the first accepted batch.</summary>
    public string? Document { get; private set; }

    /// <summary>The case read from <see cref="Document"/>; <see langword="null"/> before the first accepted batch.</summary>
    public ImsCase? Case { get; private set; }

    /// <summary>The state of a document that the library reads without errors.</summary>
    public static RecipientState Of(string document, ImsCase imsCase) => new() { Document = document, Case = imsCase };

    /// <summary>The state stored as <paramref name="utf8Document"/>.</summary>
    /// <exception cref="InvalidOperationException">The stored document is not a case the library reads.</exception>
    public static RecipientState Read(ReadOnlySpan<byte> utf8Document)
    {
        var read = CaseReader.Read(utf8Document);
        if (read.Case is not { } imsCase)
        {
            throw new InvalidOperationException("The stored ims-case/1 document is not readable: " + string.Join("; ", read.Errors));
        }

        return new RecipientState { Document = System.Text.Encoding.UTF8.GetString(utf8Document), Case = imsCase };
    }

    /// <summary>The case, or an empty one for <paramref name="gstin"/> before the first batch.</summary>
    public ImsCase CaseOr(Gstin gstin) => Case ?? new ImsCase { Recipient = new Recipient { Gstin = gstin } };
}
