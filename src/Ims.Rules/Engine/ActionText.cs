
namespace Ims.Rules.Engine;

/// <summary>
/// "The Accept at 2025-11-12T10:00+05:30": how findings name an action. Formatted only when a
/// finding is made, since most actions make none.
/// </summary>
internal readonly struct ActionText(ImsAction action)
{
    /// <summary>The words without the leading article's capital: "the Accept at …".</summary>
    public string Lowercase => "the" + ToString()[3..];

    /// <inheritdoc />
    public override string ToString() => $"The {CasePreparer.Word(action.Action)} at {CasePreparer.Text(action.At)}";
}
