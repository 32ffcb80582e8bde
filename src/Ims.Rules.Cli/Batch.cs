using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Ims.Rules.Cli.Views;

namespace Ims.Rules.Cli;

/// <summary>
/// <c>--batch</c>: one command (compute, validate, diff) over many cases in one process. The case argument names a
/// source instead of a case: a folder (its <c>*.json</c> files, by name), a list file, or <c>-</c> for standard input;
/// a list holds one case a line, as a path, a JSON string holding a path, or the case itself as one line of JSON
/// (named <c>SOURCE:LINE</c>).
/// Each case runs exactly as its own <c>ims-rules</c> run would, on all cores, and gives one JSON line, in the order
/// of the source: <c>{"case", "exit", "output", "messages"}</c>. The exit code is the worst of the cases'.
/// </summary>
internal static class Batch
{
    /// <summary>How many cases are run before their lines are written: enough to keep every core busy, few enough to stream.</summary>
    private const int ChunkSize = 1024;

    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>--batch</c> flag.</summary>
    /// <param name="sources">What the case arguments then name.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Option(string sources) => new("--batch")
    {
        Description = $"Run over many cases in one process: {sources} then names a folder (its *.json files, in name order), a list file, "
            + "or - for standard input, with one case a line (a path, or the case as one line of JSON). Prints one JSON line per case "
            + "in that order, {\"case\", \"exit\", \"output\", \"messages\"}, exactly what separate runs print; exits with the worst exit code. See docs/cli.md.",
    };

    /// <summary>Runs the parsed command once per case of its source (compute, validate) and prints one line each.</summary>
    /// <param name="parse">The parsed command line, with <c>--batch</c>.</param>
    /// <param name="source">The case argument, which names the source.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="errors">Standard error.</param>
    /// <returns>The worst exit code.</returns>
    public static int Run(ParseResult parse, Argument<string> source, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = OptionsOf(parse, errors);
        if (options is null)
        {
            return ExitCodes.BadInput;
        }

        var command = parse.CommandResult.Command.Name;
        var items = Items(parse.GetValue(source)!, errors);
        return items is null ? ExitCodes.BadInput : RunAll(items.Select(item => item.With(command, options)), output);
    }

    /// <summary>Runs <c>diff</c> over pairs: two folders paired by file name, or two list files paired line by line.</summary>
    /// <param name="parse">The parsed command line, with <c>--batch</c>.</param>
    /// <param name="expected">The expected argument.</param>
    /// <param name="actual">The result argument.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="errors">Standard error.</param>
    /// <returns>The worst exit code.</returns>
    public static int RunPairs(ParseResult parse, Argument<string> expected, Argument<string> actual, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = OptionsOf(parse, errors);
        if (options is null)
        {
            return ExitCodes.BadInput;
        }

        var left = parse.GetValue(expected)!;
        var right = parse.GetValue(actual)!;
        if (Directory.Exists(left) && Directory.Exists(right))
        {
            var names = Files(left).Select(Path.GetFileName).Concat(Files(right).Select(Path.GetFileName)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return RunAll(names.Select(name => new Job(name!, ["diff", Path.Combine(left, name!), Path.Combine(right, name!), .. options], null)), output);
        }

        var lefts = Items(left, errors);
        var rights = Items(right, errors);
        if (lefts is null || rights is null)
        {
            return ExitCodes.BadInput;
        }

        return RunAll(Pairs(lefts, rights, options), output);
    }

    private static IEnumerable<Job> Pairs(IEnumerable<Item> lefts, IEnumerable<Item> rights, string[] options)
    {
        using var left = lefts.GetEnumerator();
        using var right = rights.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft && !hasRight)
            {
                yield break;
            }

            // A line without its partner, or an inline result (diff reads two files), is a bad pair, not the end of the batch.
            var l = hasLeft ? left.Current : null;
            var r = hasRight ? right.Current : null;
            var name = l?.Name ?? r!.Name;
            if (l is not { Content: null } || r is not { Content: null })
            {
                yield return new Job(name, [], null, "ims-rules: diff --batch pairs two folders by file name, or two lists of result files line by line; "
                    + (l is null || r is null ? "this line has no partner in the other list." : "a result given inline cannot be paired: give its path."));
                continue;
            }

            yield return new Job(l.Name == r.Name ? l.Name : l.Name + " " + r.Name, ["diff", l.Name, r.Name, .. options], null);
        }
    }

    /// <summary>The options of the command as given, without <c>--batch</c>, with <c>--format</c> checked to be JSON.</summary>
    private static string[]? OptionsOf(ParseResult parse, TextWriter errors)
    {
        var options = new List<string>();
        foreach (var option in parse.CommandResult.Children.OfType<OptionResult>().Where(o => !o.Implicit && o.Option.Name != "--batch"))
        {
            if (option.Option.Name == "--format" && option.Tokens is [{ Value: var format }, ..] && format is not (OutputFormat.Json or "gstn"))
            {
                errors.WriteLine($"ims-rules: --batch prints JSON lines; --format {format} is not taken with it (json is the default).");
                return null;
            }

            options.Add(option.IdentifierToken?.Value ?? option.Option.Name);
            options.AddRange(option.Tokens.Select(t => t.Value));
        }

        if (!options.Contains("--format"))
        {
            options.AddRange(["--format", OutputFormat.Json]);
        }

        return [.. options];
    }

    /// <summary>The cases a source names, lazily in order; <see langword="null"/> (reported) when the source cannot be read.</summary>
    private static IEnumerable<Item>? Items(string source, TextWriter errors)
    {
        if (source != InputFile.StandardInputPath && Directory.Exists(source))
        {
            return Files(source).Select(path => new Item(path, null));
        }

        var stream = InputFile.Open(source, errors);
        return stream is null ? null : Lines(stream, source);
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal);

    private static IEnumerable<Item> Lines(Stream stream, string source)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            yield return text[0] switch
            {
                '{' => new Item(source + ":" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(text)),
                '"' => new Item(PathIn(text), null),
                _ => new Item(text, null),
            };
        }
    }

    /// <summary>A path written as a JSON string; a line that is not one is taken as it is (the run then says it cannot read it).</summary>
    private static string PathIn(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.GetString() ?? text;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return text;
        }
    }

    /// <summary>Runs every case, a chunk at a time on all cores, and writes their lines in order.</summary>
    private static int RunAll(IEnumerable<Job> runs, TextWriter output)
    {
        var worst = ExitCodes.Ok;
        using var stream = OutputStream.For(output);
        foreach (var chunk in runs.Chunk(ChunkSize))
        {
            var lines = new byte[chunk.Length][];
            var exits = new int[chunk.Length];
            Parallel.For(0, chunk.Length, i => (exits[i], lines[i]) = chunk[i].Execute());
            foreach (var line in lines)
            {
                stream.Write(line);
                stream.WriteByte((byte)'\n');
            }

            stream.Flush();
            worst = Math.Max(worst, exits.Max());
        }

        return worst;
    }

    /// <summary>One case of a source: a path, or the case itself (one line of JSON).</summary>
    private sealed record Item(string Name, byte[]? Content)
    {
        public Job With(string command, string[] options) =>
            new(Name, [command, Content is null ? Name : InputFile.StandardInputPath, .. options], Content);
    }

    /// <summary>One run of the tool, in-process, with its standard output and error captured.</summary>
    private sealed record Job(string Name, string[] Args, byte[]? Input, string? Refusal = null)
    {
        public (int Exit, byte[] Line) Execute()
        {
            if (Refusal is not null)
            {
                return (ExitCodes.BadInput, Line(ExitCodes.BadInput, string.Empty, Refusal + "\n"));
            }

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            using var stdin = Input is null ? null : new MemoryStream(Input, writable: false);
            var exit = Program.Run(Args, stdin ?? Stream.Null, stdout, stderr);
            return (exit, Line(exit, stdout.ToString(), stderr.ToString()));
        }

        /// <summary>The case's line: its name, exit code, the JSON it printed (on one line) and what it said on standard error.</summary>
        private byte[] Line(int exit, string printed, string said)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
            using (var json = new Utf8JsonWriter(buffer, LineOptions))
            {
                json.WriteStartObject();
                json.WriteString("case", Name);
                json.WriteNumber("exit", exit);
                if (printed.Length > 0)
                {
                    json.WritePropertyName("output");
                    try
                    {
                        using var document = JsonDocument.Parse(printed);
                        document.RootElement.WriteTo(json);
                    }
                    catch (JsonException)
                    {
                        json.WriteStringValue(printed);
                    }
                }

                json.WriteStartArray("messages");
                foreach (var message in said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    json.WriteStringValue(message);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
