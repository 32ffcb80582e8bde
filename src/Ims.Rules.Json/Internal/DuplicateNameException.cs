using System.Text.Json;

namespace Ims.Rules.Json.Internal;

/// <summary>A property name given twice in one object: the parser reports it as <see cref="JsonFindingCodes.DuplicateKey"/> at the object's path.</summary>
internal sealed class DuplicateNameException : JsonException
{
    public DuplicateNameException(string name, int line)
        : base("The name " + IsoTime.Quote(name) + " is given twice in one object.", null, line - 1, null)
    {
        Name = name;
        Line = line;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The 1-based line of its second occurrence.</summary>
    public int Line { get; }
}
