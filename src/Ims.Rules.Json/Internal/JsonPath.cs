using System.Globalization;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// The path of a JSON value for messages (<c>$.records[3].kind</c>), composed only when a
/// message needs it: a parent as text and up to two steps kept apart (<c>$.records</c>,
/// <c>[3]</c>, <c>.kind</c>), so that reading the fields of a record makes no text at all.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string _parent;
    private readonly Step _first;
    private readonly Step _second;

    /// <summary>A path from its parent's text and one step.</summary>
    /// <param name="parent">The path of the enclosing object or array.</param>
    /// <param name="name">The property name, or <see langword="null"/> for an array item or the parent itself.</param>
    /// <param name="index">The array index, or -1.</param>
    public JsonPath(string parent, string? name = null, int index = -1)
        : this(parent, new Step(name, index), Step.None)
    {
    }

    private JsonPath(string parent, Step first, Step second)
    {
        _parent = parent;
        _first = first;
        _second = second;
    }

    /// <summary>The root, <c>$</c>.</summary>
    public static JsonPath Root => new("$");

    /// <summary>A property of this value.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The path.</returns>
    public JsonPath Field(string name) => Then(new Step(name, -1));

    /// <summary>An item of this array.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The path.</returns>
    public JsonPath Item(int index) => Then(new Step(null, index));

    /// <summary>The path as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _second.After(_first.After(_parent));

    /// <summary>This path and one more step; only a third step makes the first two text.</summary>
    private JsonPath Then(Step step)
    {
        if (_first.IsNone)
        {
            return new JsonPath(_parent, step, Step.None);
        }

        return _second.IsNone ? new JsonPath(_parent, _first, step) : new JsonPath(ToString(), step, Step.None);
    }

    /// <summary>One step down: a property name, or an array index when the name is null (-1: no step).</summary>
    private readonly record struct Step(string? Name, int Index)
    {
        public static Step None => new(null, -1);

        public bool IsNone => Name is null && Index < 0;

        /// <summary>The path <paramref name="parent"/> with this step after it.</summary>
        public string After(string parent)
        {
            if (Name is not null)
            {
                return IsPlain(Name) ? parent + "." + Name : parent + "['" + Name.Replace("'", "\\'", System.StringComparison.Ordinal) + "']";
            }

            return Index >= 0 ? parent + "[" + Index.ToString(CultureInfo.InvariantCulture) + "]" : parent;
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
}
