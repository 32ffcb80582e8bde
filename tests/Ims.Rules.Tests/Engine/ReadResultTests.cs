using System;
using System.Collections.Immutable;
using System.Linq;

namespace Ims.Rules.Tests.Engine;

/// <summary>The one answer of every reader: read (the value and its findings) or unreadable (the findings that prevent it).</summary>
public sealed class ReadResultTests
{
    private static readonly Finding Info = new("X-INFO", Severity.Info, null, "an unknown field");
    private static readonly Finding Error = new("X-ERROR", Severity.Error, "r1", "a missing field");

    [Fact]
    public void Read_Match_GivesTheValueAndItsFindings()
    {
        var result = ReadResult.Read("case", [Info]);

        result.IsRead.Should().BeTrue();
        result.Match((value, findings) => $"{value} {findings.Length}", _ => "unreadable").Should().Be("case 1");
        result.GetValueOrThrow().Should().Be("case");
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Unreadable_Match_GivesTheFindingsAndNoValue()
    {
        var result = ReadResult.Unreadable<string>([Info, Error]);

        result.IsRead.Should().BeFalse();
        result.Match((value, _) => value, findings => string.Join(",", findings.Select(f => f.Code))).Should().Be("X-INFO,X-ERROR");
        result.Errors.Should().Equal(Error);
    }

    [Fact]
    public void Switch_RunsOnlyTheActionOfItsCase()
    {
        var ran = string.Empty;

        ReadResult.Unreadable<string>([Error]).Switch((_, _) => ran += "read", _ => ran += "unreadable");
        ReadResult.Read("x", []).Switch((_, _) => ran += " read", _ => ran += " unreadable");

        ran.Should().Be("unreadable read");
    }

    [Fact]
    public void GetValueOrThrow_Unreadable_ThrowsNamingTheErrors()
    {
        FluentActions.Invoking(() => ReadResult.Unreadable<string>([Error]).GetValueOrThrow())
            .Should().Throw<InvalidOperationException>().WithMessage("*X-ERROR r1: a missing field*");
    }

    [Fact]
    public void Unreadable_WithoutAnError_IsApiMisuse()
    {
        FluentActions.Invoking(() => ReadResult.Unreadable<string>([Info])).Should().Throw<ArgumentException>().WithParameterName("findings");
        FluentActions.Invoking(() => ReadResult.Unreadable<string>(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ReadResult.Read<string>(null!, [])).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Read_DefaultFindings_ReadAsNone()
    {
        ReadResult.Read("x", default(ImmutableArray<Finding>)).Findings.Should().BeEmpty();
    }
}
