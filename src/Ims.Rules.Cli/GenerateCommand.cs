using System;
using System.CommandLine;
using System.IO;
using Ims.Rules.Json;
using Ims.Rules.Testing;

namespace Ims.Rules.Cli;

/// <summary><c>generate --records N --seed S</c>: a large synthetic case file, the same for the same seed on every machine.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var records = new Option<int>("--records") { Description = "How many inward records.", Required = true, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "The seed; the same seed gives the same case.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var actioned = new Option<int>("--actioned") { Description = "The percentage of records acted on.", DefaultValueFactory = _ => 30, HelpName = "PERCENT" };
        var file = new Option<string?>("--out") { Description = "Write the case to this file instead of standard output.", HelpName = "FILE" };
        var cases = new Option<int?>("--cases")
        {
            Description = "Write this many cases as JSON lines, one case a line, with the seeds S, S+1, …: the input of 'compute --batch -'.",
            HelpName = "N",
        };
        var command = new Command("generate", """
            Writes a synthetic ims-case/1 case: a monthly recipient's year (April 2025 to March 2026) of realistic
            records, a share of them acted on, every GSTR-3B filed. The same options give the same file on every
            machine, so benchmarks and load tests can be reproduced anywhere.

            Example:
              ims-rules generate --records 1000000 --seed 42 --out year.json
              ims-rules generate --records 20 --cases 10000 --out cases.jsonl
            """)
        {
            records, seed, actioned, file, cases,
        };
        command.SetAction(parse => parse.GetValue(cases) is { } count
            ? ExecuteMany(parse.GetValue(records), count, parse.GetValue(seed), parse.GetValue(actioned), parse.GetValue(file), output, errors)
            : Execute(parse.GetValue(records), parse.GetValue(seed), parse.GetValue(actioned), parse.GetValue(file), output, errors));
        return command;
    }

    private static int Execute(int records, ulong seed, int actioned, string? path, TextWriter output, TextWriter errors)
    {
        if (records < 0 || actioned is < 0 or > 100)
        {
            errors.WriteLine("ims-rules: --records must be 0 or more and --actioned from 0 to 100.");
            return ExitCodes.BadInput;
        }

        var imsCase = Progress.Run(errors, $"Generating {Views.Cells.Readable(records)} records", () => SyntheticCases.Generate(new SyntheticCaseOptions { Records = records, Seed = seed, ActionedPercent = actioned }));
        if (path is null)
        {
            using var stdout = new TextWriterStream(output);
            Write(imsCase, stdout, "Writing", errors);
            return ExitCodes.Ok;
        }

        try
        {
            using var stream = File.Create(path);
            Write(imsCase, stream, "Writing " + path, errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"ims-rules: cannot write {InputFile.Quote(path)}: {InputFile.Why(e)}");
            return ExitCodes.BadInput;
        }

        errors.WriteLine($"ims-rules: wrote {records} records to {path}.");
        return ExitCodes.Ok;
    }

    /// <summary>Many small cases as JSON lines (each case the same as <c>generate</c> with its seed prints, on one line).</summary>
    private static int ExecuteMany(int records, int count, ulong seed, int actioned, string? path, TextWriter output, TextWriter errors)
    {
        if (records < 0 || actioned is < 0 or > 100 || count < 0)
        {
            errors.WriteLine("ims-rules: --records and --cases must be 0 or more and --actioned from 0 to 100.");
            return ExitCodes.BadInput;
        }

        try
        {
            using var stream = path is null ? new TextWriterStream(output) : (Stream)File.Create(path);
            using var lines = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            using var one = new MemoryStream();
            for (var i = 0; i < count; i++)
            {
                var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = records, Seed = seed + (ulong)i, ActionedPercent = actioned });
                one.SetLength(0);
                CaseWriter.Write(imsCase, one);
                using var document = System.Text.Json.JsonDocument.Parse(one.GetBuffer().AsMemory(0, (int)one.Length));
                document.RootElement.WriteTo(lines);
                lines.Flush();
                lines.Reset();
                stream.WriteByte((byte)'\n');
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"ims-rules: cannot write {InputFile.Quote(path ?? "-")}: {InputFile.Why(e)}");
            return ExitCodes.BadInput;
        }

        return ExitCodes.Ok;
    }

    private static void Write(Ims.Rules.ImsCase imsCase, Stream stream, string label, TextWriter errors) =>
        Progress.Run(errors, label, null, Counter.Bytes, counter =>
        {
            CaseWriter.Write(imsCase, new CountingStream(stream, counter));
            return true;
        });
}
