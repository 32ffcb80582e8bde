using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace Ims.Rules.Cli;

/// <summary>
/// Progress on standard error for work that takes more than a moment: what is being done, the count
/// so far, the percentage where the total is known, and the elapsed time. Shown only when standard
/// error is a terminal and <c>--quiet</c> was not given (<see cref="StatusWriter"/>); redirected or
/// captured output stays exactly as it was.
/// </summary>
internal static class Progress
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/>, showing <paramref name="label"/> and the elapsed time if it takes longer than a second.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="errors">The error writer the command was given.</param>
    /// <param name="label">What is being done.</param>
    /// <param name="work">The work.</param>
    /// <returns>Its result.</returns>
    public static T Run<T>(TextWriter errors, string label, Func<T> work) => Run(errors, label, null, null, _ => work());

    /// <summary>Runs <paramref name="work"/>, which counts what it has done on the <see cref="Counter"/> it is given.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="errors">The error writer the command was given.</param>
    /// <param name="label">What is being done.</param>
    /// <param name="total">How many there are, when known (for the percentage).</param>
    /// <param name="unit">What is counted (<c>statements</c>, or <see cref="Counter.Bytes"/> for sizes).</param>
    /// <param name="work">The work.</param>
    /// <returns>Its result.</returns>
    public static T Run<T>(TextWriter errors, string label, long? total, string? unit, Func<Counter, T> work)
    {
        var counter = new Counter();
        if (errors is not StatusWriter { ShowsProgress: true } status)
        {
            return work(counter);
        }

        var task = Task.Run(() => work(counter));
        if (Task.WaitAny([task], Patience) < 0)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(status.Inner) });
            var columns = total is null
                ? new ProgressColumn[] { new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn() }
                : [new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()];
            console.Progress().AutoClear(true).HideCompleted(true).Columns(columns).Start(context =>
            {
                var shown = context.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total ?? 1));
                shown.IsIndeterminate = total is null;
                while (!task.Wait(100))
                {
                    var done = counter.Value;
                    shown.Value = total is null ? 0 : Math.Min(done, total.Value);
                    shown.Description = Markup.Escape(label + Describe(done, total, unit));
                    context.Refresh();
                }
            });
        }

        return task.GetAwaiter().GetResult();
    }

    private static string Describe(long done, long? total, string? unit)
    {
        if (unit is null || (done == 0 && total is null))
        {
            return "…";
        }

        return unit == Counter.Bytes
            ? $": {Megabytes(done)}{(total is { } all ? " of " + Megabytes(all) : string.Empty)}"
            : $": {Number(done)}{(total is { } of ? " of " + Number(of) : string.Empty)} {unit}";
    }

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("#,##0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Number(long count) => count.ToString("#,##0", CultureInfo.InvariantCulture);
}

/// <summary>How much of some work is done; counted by the work, read by the progress display.</summary>
internal sealed class Counter
{
    /// <summary>The unit of a counter of bytes, shown in megabytes.</summary>
    public const string Bytes = "bytes";

    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Add(long count) => Interlocked.Add(ref _value, count);
}

/// <summary>
/// Standard error as the commands get it: everything is written through to <see cref="Inner"/>;
/// <see cref="ShowsProgress"/> says whether progress may be drawn there (a terminal, no <c>--quiet</c>).
/// </summary>
internal sealed class StatusWriter(TextWriter inner) : TextWriter
{
    public TextWriter Inner => inner;

    public bool ShowsProgress { get; set; }

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value);

    public override void Write(string? value) => inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    public override void WriteLine(string? value) => inner.WriteLine(value);

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();
}

/// <summary>A stream that counts the bytes read from or written to the stream it wraps.</summary>
internal sealed class CountingStream(Stream inner, Counter counter) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        counter.Add(read);
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        counter.Add(buffer.Length);
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);
}
