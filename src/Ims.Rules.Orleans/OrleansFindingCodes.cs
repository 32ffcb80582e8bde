namespace Ims.Rules.Orleans;

/// <summary>The codes of findings only the recipient grain gives, documented in <c>docs/scale-out.md</c>; a batch's other findings are the library reader's own.</summary>
public static class OrleansFindingCodes
{
    /// <summary>An event with the key of one already in the case but different content (a record id, a filing's period, a profile month): the batch is rejected.</summary>
    public const string Conflict = "IMS-ORLEANS-CONFLICT";

    /// <summary>A batch whose recipient is not the grain's GSTIN: the batch is rejected.</summary>
    public const string Recipient = "IMS-ORLEANS-RECIPIENT";
}
