using System.Globalization;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The path of a JSON value for messages (<c>$.records[3].kind</c>), composed only when a
/// message needs it: the parent is text, the last step is kept apart.
/// </summary>
/// <param name="Parent">The path of the enclosing object or array.</param>
/// <param name="Name">The property name, or <see langword="null"/> for an array item or the parent itself.</param>
/// <param name="Index">The array index, or -1.</param>
internal readonly record struct JsonPath(string Parent, string? Name = null, int Index = -1)
{
    /// <summary>The root, <c>$</c>.</summary>
    public static JsonPath Root => new("$");

    /// <summary>A property of this value.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The path.</returns>
    public JsonPath Field(string name) => new(ToString(), name);

    /// <summary>An item of this array.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The path.</returns>
    public JsonPath Item(int index) => new(ToString(), null, index);

    /// <summary>The path as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Name is not null)
        {
            return IsPlain(Name) ? Parent + "." + Name : Parent + "['" + Name.Replace("'", "\\'", System.StringComparison.Ordinal) + "']";
        }

        return Index >= 0 ? Parent + "[" + Index.ToString(CultureInfo.InvariantCulture) + "]" : Parent;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
