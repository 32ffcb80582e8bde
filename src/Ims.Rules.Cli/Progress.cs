using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace Ims.Rules.Cli;

/// <summary>
/// A spinner on standard error for work that takes more than a moment, only when standard
/// error is a terminal; redirected or captured output stays plain.
/// </summary>
internal static class Progress
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="work"/>, showing <paramref name="label"/> if it takes longer than two seconds.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="errors">The error writer the command was given.</param>
    /// <param name="label">What is being done.</param>
    /// <param name="work">The work.</param>
    /// <returns>Its result.</returns>
    public static T Run<T>(TextWriter errors, string label, Func<T> work)
    {
        if (!ReferenceEquals(errors, Console.Error) || Console.IsErrorRedirected)
        {
            return work();
        }

        var task = Task.Run(work);
        if (Task.WaitAny([task], Patience) < 0)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Status().Start(Markup.Escape(label) + "...", _ => Task.WaitAny(task));
        }

        return task.GetAwaiter().GetResult();
    }
}
