using System.IO;
using System.Text;
using Ims.Rules.Cli;

namespace Ims.Rules.Json.Tests.Cli;

public sealed class TextWriterStreamTests
{
    [Fact]
    public void Write_MultiByteCharactersSplitAcrossWrites_AreDecodedWhole()
    {
        const string text = "₹ 180.00 — “ok” 😀";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new StringWriter();
        using var stream = new TextWriterStream(output);

        foreach (var b in bytes)
        {
            stream.Write([b], 0, 1);
        }

        stream.Flush();
        output.ToString().Should().Be(text);
    }
}
