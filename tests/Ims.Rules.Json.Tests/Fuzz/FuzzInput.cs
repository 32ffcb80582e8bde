using System.Text;

namespace Ims.Rules.Json.Tests.Fuzz;

/// <summary>What a fuzz input must give.</summary>
internal enum Expect
{
    /// <summary>Unreadable: an error finding with a location (the tool exits 2).</summary>
    Malformed,

    /// <summary>Readable but wrong or unlikely: a warning or error finding (the tool exits 0 or 1, never 3).</summary>
    Implausible,
}

/// <summary>One input of the fuzz corpus: its class, a name, the bytes and what it must give.</summary>
internal sealed record FuzzInput(string Class, string Name, byte[] Bytes, Expect Expect, string? Code = null)
{
    public static FuzzInput Text(string @class, string name, string text, Expect expect, string? code = null) =>
        new(@class, name, Encoding.UTF8.GetBytes(text), expect, code);

    public override string ToString() => Class + "/" + Name;
}
