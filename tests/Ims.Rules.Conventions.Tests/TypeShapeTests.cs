using System;
using System.Linq;
using System.Reflection;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// Every public class of the published libraries is closed: sealed, static, or abstract with no
/// constructor visible outside its assembly (a closed hierarchy with a private protected constructor).
/// </summary>
public sealed class TypeShapeTests
{
    [Fact]
    public void PublicClasses_AreSealedStaticOrClosedAbstract()
    {
        var violations = Libraries.PublicTypes
            .Where(type => type.IsClass && !IsClosed(type))
            .Select(type => PublicApi.NameOf(type) + (type.IsAbstract ? " is abstract with a public or protected constructor" : " is neither sealed, static nor abstract"));

        violations.Should().BeEmpty("a public class is sealed, static, or abstract with no public constructor, so no one outside can extend it");
    }

    [Theory]
    [InlineData(typeof(string), true)] // sealed
    [InlineData(typeof(Math), true)] // static
    [InlineData(typeof(object), false)]
    [InlineData(typeof(System.IO.Stream), false)] // abstract with a protected constructor
    [InlineData(typeof(Closed), true)]
    public void IsClosed_TellsClosedClassesApart(Type type, bool expected) => IsClosed(type).Should().Be(expected);

    private static bool IsClosed(Type type) =>
        type.IsSealed || (type.IsAbstract && !type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(PublicApi.IsVisible));

    /// <summary>A closed hierarchy: abstract, with a private protected constructor.</summary>
    public abstract class Closed
    {
        private protected Closed()
        {
        }
    }
}
