using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class StateCodesTests
{
    [Fact]
    public void TryParse_EveryTwoBytes_AgreesWithStateCode()
    {
        for (var first = 0; first < 256; first++)
        {
            for (var second = 0; second < 256; second++)
            {
                var text = new string([(char)first, (char)second]);

                var read = StateCodes.TryParse([(byte)first, (byte)second], out var code);

                read.Should().Be(StateCode.TryParse(text, out var expected), text);
                code.Should().Be(expected, text);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("007")]
    public void TryParse_NotTwoBytes_IsFalse(string text)
    {
        StateCodes.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }
}
