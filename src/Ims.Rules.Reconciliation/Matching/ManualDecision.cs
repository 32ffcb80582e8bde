namespace Ims.Rules.Reconciliation.Matching;

/// <summary>
/// A decision the user made about one book entry and one IMS record, applied before every
/// automatic rule: link them (rule <see cref="MatchRule.Manual"/>) or never pair them.
/// </summary>
/// <param name="BookId">The book entry's id.</param>
/// <param name="RecordId">The IMS record's id (any version of an amended document: the latest is linked).</param>
/// <param name="Kind">Link or do not pair.</param>
public sealed record ManualDecision(string BookId, string RecordId, ManualDecisionKind Kind);
