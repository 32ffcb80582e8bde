using System;
using System.IO;
using Ims.Rules.Cli;

namespace Ims.Rules.Json.Tests.Support;

/// <summary>The outcome of one in-process run of ims-rules.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {Exit}{Environment.NewLine}--- stdout{Environment.NewLine}{Out}--- stderr{Environment.NewLine}{Err}";
}

/// <summary>A folder of temporary files, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ims-rules-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file and returns its full name.</summary>
    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
