using System.Text;
using Ims.Rules.Json.Internal;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class NameTableTests
{
    private static readonly NameTable Names = new("id", "at", "kind", "form", "taxableValue");

    [Theory]
    [InlineData("id")]
    [InlineData("at")]
    [InlineData("kind")]
    [InlineData("form")]
    [InlineData("taxableValue")]
    public void Find_KnownName_GivesItsSpelling(string name)
    {
        Names.Find(Encoding.UTF8.GetBytes(name)).Should().Be(name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ID")]
    [InlineData("kinds")]
    [InlineData("fork")]
    [InlineData("taxableValueOfTheRecord")]
    public void Find_OtherName_GivesNull(string name)
    {
        Names.Find(Encoding.UTF8.GetBytes(name)).Should().BeNull();
    }
}
