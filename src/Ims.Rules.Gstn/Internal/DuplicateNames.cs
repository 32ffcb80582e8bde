using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Ims.Rules.Gstn.Internal;

/// <summary>
/// Finds where a name is given twice in one object, for the message: <see cref="JsonDocument"/>
/// refuses such text but does not say where. Run only after it has refused.
/// </summary>
internal static class DuplicateNames
{
    /// <summary>The first name given twice in one object, with its 1-based line.</summary>
    /// <param name="utf8Json">The text.</param>
    /// <param name="name">The name.</param>
    /// <param name="line">Its line.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFind(ReadOnlySpan<byte> utf8Json, out string name, out int line)
    {
        name = string.Empty;
        line = 0;
        var open = new Stack<HashSet<string>>();
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        open.Pop();
                        break;
                    case JsonTokenType.PropertyName when !open.Peek().Add(reader.GetString() ?? string.Empty):
                        name = reader.GetString() ?? string.Empty;
                        line = LineOf(utf8Json, (int)reader.TokenStartIndex);
                        return true;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Another fault comes first; the caller reports the parser's message.
        }

        return false;
    }

    private static int LineOf(ReadOnlySpan<byte> utf8Json, int index) => utf8Json[..index].Count((byte)'\n') + 1;
}
