using System.Text.RegularExpressions;

namespace Ims.Rules.Cli;

/// <summary>The command-line parser's messages in the tool's words: no .NET type names, no huge arguments echoed back.</summary>
internal static partial class UsageMessage
{
    /// <summary>The message, with .NET type names put in words and quoted values cut to 64 characters.</summary>
    /// <param name="message">The parser's message.</param>
    /// <returns>The message to show.</returns>
    public static string Plain(string message)
    {
        var plain = TypeName().Replace(message, match => "as " + Kind(match.Groups[1].Value));
        return Quoted().Replace(plain, match => "'" + match.Groups[1].Value + "…'");
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.Decimal" or "System.Double" => "a number",
        "System.Boolean" => "true or false",
        _ => "the kind of value it takes",
    };

    [GeneratedRegex(@"as expected type '([\w.`\[\]]+)'")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"'([^']{64})[^']+'")]
    private static partial Regex Quoted();
}
