namespace Ims.Rules;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing was left out.</summary>
    Info,

    /// <summary>Something was ignored or assumed (an action, a declaration, a policy's projection).</summary>
    Warning,

    /// <summary>A record or input was left out, or the statement could not be computed.</summary>
    Error,
}
