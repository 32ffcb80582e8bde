using System.IO;
using System.Linq;
using Ims.Rules.Gstn;
using Ims.Rules.Json;

namespace Ims.Rules.Cli;

/// <summary>
/// <c>convert --from gstn-2b</c>: a GSTR-2B download as an <c>ims-2b/1</c> result
/// (<see cref="Gstr2bReader"/>, <see cref="ResultWriter"/>), so that <c>diff</c> can compare it
/// with a computed statement. The reader's findings are in the result and on standard error.
/// </summary>
internal static class Gstr2bConversion
{
    /// <summary>Converts one file.</summary>
    /// <param name="path">The GSTR-2B download.</param>
    /// <param name="output">Standard output, for the result.</param>
    /// <param name="errors">Standard error, for the findings.</param>
    /// <param name="maxFindings">At most this many findings, after one line per code when there are more (<c>--max-findings</c>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string path, TextWriter output, TextWriter errors, int maxFindings = int.MaxValue)
    {
        var bytes = InputFile.Read(path, errors);
        if (bytes is null)
        {
            return ExitCodes.BadInput;
        }

        ReadResult<Gstr2bDownload> read;
        using (var input = new MemoryStream(bytes, writable: false))
        {
            read = Gstr2bReader.Read(input);
        }

        Views.FindingsOutput.WriteSummarisedLines(path, read.Findings, maxFindings, errors);
        if (read.Match<Gstr2bStatement?>((download, _) => download.Statement, _ => null) is not { } statement)
        {
            return ExitCodes.BadInput;
        }

        using (var stream = new TextWriterStream(output))
        {
            ResultWriter.Write(statement, stream);
        }

        output.WriteLine();
        return read.Findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
