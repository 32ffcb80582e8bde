using System.Collections.Immutable;

namespace Ims.Rules.Gstn;

/// <summary>What <see cref="ImsActionUpload"/> built.</summary>
/// <param name="Json">The SAVE request body: <c>{"rtin", "reqtyp": "SAVE", "invdata": {…}}</c>, indented.</param>
/// <param name="Included">The actions written into it, by record id.</param>
/// <param name="Findings">Why the other actions were left out, and what was assumed.</param>
public sealed record ImsUploadPayload(string Json, ImmutableArray<ImsAction> Included, ImmutableArray<Finding> Findings);
