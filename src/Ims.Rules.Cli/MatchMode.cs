namespace Ims.Rules.Cli;

/// <summary>How <c>diff</c> pairs the documents of two results.</summary>
internal enum MatchMode
{
    /// <summary>By record id: two results computed from the same case.</summary>
    Id,

    /// <summary>By supplier GSTIN, normalised number and section family (<see cref="DocumentKey"/>): a portal download and a computed statement.</summary>
    Document,
}
