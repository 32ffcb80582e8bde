using System.Collections.Generic;

namespace Ims.Rules.Cli.Views;

/// <summary>
/// A result laid out for a person: headings, sentences and sheets, in reading order (summaries
/// first). One view is rendered as a terminal table, Markdown or CSV by the renderers.
/// </summary>
/// <param name="Blocks">The parts, in order.</param>
/// <param name="Rows">The sheet that <c>--format csv</c> writes (the one whose rows fit a CSV file).</param>
internal sealed record View(IReadOnlyList<Block> Blocks, Sheet Rows);

/// <summary>A part of a <see cref="View"/>.</summary>
internal abstract record Block;

/// <summary>A title above the blocks that follow.</summary>
/// <param name="Text">The title.</param>
internal sealed record Heading(string Text) : Block;

/// <summary>A sentence or two.</summary>
/// <param name="Text">The text.</param>
internal sealed record Paragraph(string Text) : Block;

/// <summary>A column of a <see cref="Sheet"/>; amounts and counts are right-aligned.</summary>
/// <param name="Name">The header.</param>
/// <param name="Numeric">Whether its cells are numbers.</param>
/// <param name="Prose">Whether its cells are sentences, which may wrap (other cells keep to one line in the HTML report).</param>
internal sealed record Column(string Name, bool Numeric = false, bool Prose = false);

/// <summary>
/// Rows under a title. <paramref name="Rows"/> may be long (a million documents): it is read
/// once, and the table and Markdown renderers stop after <paramref name="Limit"/> rows with a line
/// saying how many more there are.
/// </summary>
/// <param name="Title">The title (also the CSV file's meaning).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The cells: strings, or <see cref="decimal"/> and <see cref="int"/> numbers.</param>
/// <param name="Count">How many rows there are.</param>
/// <param name="Limit">At most this many rows are shown in a table (every row goes to CSV).</param>
internal sealed record Sheet(string Title, IReadOnlyList<Column> Columns, IEnumerable<object?[]> Rows, int Count, int Limit = int.MaxValue) : Block;
