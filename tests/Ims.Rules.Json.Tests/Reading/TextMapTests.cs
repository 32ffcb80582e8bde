using System.Text;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class TextMapTests
{
    [Theory]
    [InlineData("invoice")]
    [InlineData("billOfEntry")]
    [InlineData("isdCreditNote")]
    [InlineData("Invoice")]
    [InlineData("invoice ")]
    [InlineData("invoic")]
    [InlineData("")]
    public void TryParse_Utf8_AgreesWithTheText(string text)
    {
        var read = Vocabulary.Kind.TryParse(Encoding.UTF8.GetBytes(text), out var kind);

        read.Should().Be(Vocabulary.Kind.TryParse(text, out var expected));
        kind.Should().Be(expected);
    }

    [Fact]
    public void TryParse_Utf8_ReadsEverySpelling()
    {
        foreach (var kind in System.Enum.GetValues<RecordKind>())
        {
            Vocabulary.Kind.TryParse(Encoding.UTF8.GetBytes(Vocabulary.Kind.Text(kind)), out var read).Should().BeTrue();
            read.Should().Be(kind);
        }
    }
}
