namespace Ims.Rules.Cli;

/// <summary>The exit codes of <c>ims-rules</c> (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The results differ (<c>diff</c>), or the result holds error findings.</summary>
    public const int Findings = 1;

    /// <summary>Unreadable input or bad usage; the reasons are on standard error.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in ims-rules itself; the message is on standard error.</summary>
    public const int InternalError = 3;
}
