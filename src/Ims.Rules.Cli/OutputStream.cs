using System;
using System.IO;

namespace Ims.Rules.Cli;

/// <summary>Where a command streams UTF-8 (JSON) it writes to standard output.</summary>
internal static class OutputStream
{
    /// <summary>
    /// The process's standard output itself, buffered, when <paramref name="output"/> is the console's writer (no
    /// decoding to text and encoding back, no flush per write); otherwise a stream into <paramref name="output"/>.
    /// </summary>
    /// <param name="output">Standard output as the command was given it.</param>
    /// <returns>The stream; disposing it flushes it and leaves standard output open.</returns>
    public static Stream For(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out))
        {
            return new TextWriterStream(output);
        }

        output.Flush();
        return new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
    }
}
