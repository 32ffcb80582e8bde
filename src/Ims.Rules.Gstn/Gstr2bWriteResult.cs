using System.Collections.Immutable;

namespace Ims.Rules.Gstn;

/// <summary>What <see cref="Gstr2bWriter"/> wrote.</summary>
/// <param name="Json">The GSTR-2B JSON in the portal's shape, indented.</param>
/// <param name="Findings">What was left out or assumed while writing.</param>
public sealed record Gstr2bWriteResult(string Json, ImmutableArray<Finding> Findings);
