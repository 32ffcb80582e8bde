using System;
using System.Text.Json;

namespace Ims.Rules.Json.Internal;

/// <summary>A JSON syntax error in the reader's words: the parser's sentence without its position suffix or its internals.</summary>
internal static class JsonErrorText
{
    /// <summary>The message, without a trailing full stop.</summary>
    /// <param name="e">The error.</param>
    /// <returns>The text.</returns>
    public static string Of(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the input is empty: expected a JSON object";
        }

        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        message = message
            .Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal)
            .Replace(" when isFinalBlock is true", string.Empty, StringComparison.Ordinal);
        return message.TrimEnd('.', ' ');
    }
}
