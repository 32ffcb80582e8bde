using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace Ims.Rules.Json.Tests.Docs;

/// <summary>A fenced code block of a Markdown page: its info string ("sh", "json", or empty), its lines, where it is.</summary>
internal sealed record FencedBlock(int StartLine, int EndLine, string Info, ImmutableArray<string> Lines);

/// <summary>
/// The parts of a Markdown page the docs tests read: fenced code blocks (``` or ~~~), headings and the HTML comment
/// that may stand just before a block. Lines are numbered from 1, as an editor shows them.
/// </summary>
internal sealed partial class MarkdownPage
{
    private MarkdownPage(string name, ImmutableArray<string> lines, ImmutableArray<FencedBlock> blocks, ImmutableArray<string> problems)
    {
        Name = name;
        Lines = lines;
        Blocks = blocks;
        Problems = problems;
    }

    public string Name { get; }

    public ImmutableArray<string> Lines { get; }

    public ImmutableArray<FencedBlock> Blocks { get; }

    /// <summary>Fences left open: a block still open at the end of the page, or an opening fence (with a language) inside a block.</summary>
    public ImmutableArray<string> Problems { get; }

    public static MarkdownPage Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToImmutableArray();
        var blocks = ImmutableArray.CreateBuilder<FencedBlock>();
        var problems = ImmutableArray.CreateBuilder<string>();
        (int Line, string Fence, string Info)? open = null;
        var content = new List<string>();
        for (var index = 0; index < lines.Length; index++)
        {
            var fence = Fence().Match(lines[index]);
            if (open is not { } current)
            {
                if (fence.Success)
                {
                    open = (index + 1, fence.Groups["fence"].Value, fence.Groups["info"].Value.Trim());
                    content.Clear();
                }

                continue;
            }

            var closes = fence.Success && fence.Groups["info"].Value.Trim().Length == 0
                && fence.Groups["fence"].Value[0] == current.Fence[0] && fence.Groups["fence"].Value.Length >= current.Fence.Length;
            if (closes)
            {
                blocks.Add(new FencedBlock(current.Line, index + 1, current.Info, [.. content]));
                open = null;
            }
            else if (fence.Success && fence.Groups["fence"].Value[0] == current.Fence[0])
            {
                problems.Add($"{name}:{current.Line}: the block opened here is not closed before the fence '{lines[index].Trim()}' on line {index + 1}");
                content.Add(lines[index]);
            }
            else
            {
                content.Add(lines[index]);
            }
        }

        if (open is { } unclosed)
        {
            problems.Add($"{name}:{unclosed.Line}: the block opened here is never closed");
        }

        return new MarkdownPage(name, lines, blocks.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The HTML comment on the line just before a block, without its markers, or null.</summary>
    public string? CommentBefore(FencedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var line = block.StartLine >= 2 ? Lines[block.StartLine - 2].Trim() : string.Empty;
        return line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal) ? line[4..^3].Trim() : null;
    }

    /// <summary>The block right after <paramref name="block"/>, with only blank lines between, or null.</summary>
    public FencedBlock? BlockAfter(FencedBlock block)
    {
        var next = Blocks.FirstOrDefault(b => b.StartLine > block.EndLine);
        return next is not null && Enumerable.Range(block.EndLine, next.StartLine - block.EndLine - 1).All(i => Lines[i].Trim().Length == 0) ? next : null;
    }

    /// <summary>The anchors GitHub gives the page's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    public ImmutableHashSet<string> HeadingAnchors()
    {
        var inBlock = Blocks.SelectMany(b => Enumerable.Range(b.StartLine, b.EndLine - b.StartLine + 1)).ToHashSet();
        return [.. Lines.Select((line, i) => (line, number: i + 1))
            .Where(l => !inBlock.Contains(l.number) && l.line.StartsWith('#'))
            .Select(l => Anchor(l.line.TrimStart('#').Trim()))];
    }

    private static string Anchor(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');

    [GeneratedRegex("^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();
}
