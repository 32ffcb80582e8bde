using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class JsonPathTests
{
    [Fact]
    public void ToString_Root_IsDollar()
    {
        JsonPath.Root.ToString().Should().Be("$");
    }

    [Fact]
    public void ToString_TwoSteps_AreKeptApartAndJoined()
    {
        new JsonPath("$.records").Item(3).Field("kind").ToString().Should().Be("$.records[3].kind");
    }

    [Fact]
    public void ToString_MoreThanTwoSteps_JoinsEveryStepInOrder()
    {
        var path = JsonPath.Root.Field("records").Item(3).Field("revisedAt").Item(1);

        path.ToString().Should().Be("$.records[3].revisedAt[1]");
    }

    [Theory]
    [InlineData("gstr3b:2025-11", "$.filings['gstr3b:2025-11']")]
    [InlineData("it's", "$.filings['it\\'s']")]
    [InlineData("4A1", "$.filings['4A1']")]
    [InlineData("", "$.filings['']")]
    [InlineData("snake_case", "$.filings.snake_case")]
    public void ToString_NameThatIsNotAnIdentifier_IsQuoted(string name, string expected)
    {
        new JsonPath("$").Field("filings").Field(name).ToString().Should().Be(expected);
    }

    [Fact]
    public void ToString_PathFromTextWithOneStep_IsTheTextAndTheStep()
    {
        new JsonPath("$.actions", null, 2).ToString().Should().Be("$.actions[2]");
        new JsonPath("$.actions[2]", "at").ToString().Should().Be("$.actions[2].at");
        new JsonPath("$.actions[2]").ToString().Should().Be("$.actions[2]");
    }
}
