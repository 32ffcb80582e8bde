using System;
using Orleans;

namespace Ims.Rules.Orleans;

/// <summary>
/// A batch that the grain accepted but could not store (the database failed or was unreachable): nothing changed, and
/// sending the batch again is safe. Carries the database's reason in its message, never the database's own exception.
/// </summary>
[GenerateSerializer]
[Alias("ims.batch-not-stored")]
public sealed class BatchNotStoredException : Exception
{
    /// <summary>An exception with no message.</summary>
    public BatchNotStoredException()
    {
    }

    /// <summary>An exception with a message.</summary>
    /// <param name="message">Why the batch was not stored.</param>
    public BatchNotStoredException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause (which must be serializable by Orleans to cross the wire).</summary>
    /// <param name="message">Why the batch was not stored.</param>
    /// <param name="innerException">The cause.</param>
    public BatchNotStoredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
