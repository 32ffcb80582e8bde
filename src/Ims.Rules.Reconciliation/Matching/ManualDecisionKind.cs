namespace Ims.Rules.Reconciliation.Matching;

/// <summary>What the user decided about a book entry and an IMS record.</summary>
public enum ManualDecisionKind
{
    /// <summary><c>link</c>: they are the same document; pair them (rule <c>manual</c>).</summary>
    Link,

    /// <summary><c>doNotPair</c>: they are different documents; no rule may pair them.</summary>
    DoNotPair,
}
