using System.Globalization;
using ShellProgressBar;

namespace CitizenFocus.Cli;

/// <summary>
/// Progress for long commands: a progress bar when a person is watching a terminal, otherwise
/// plain lines that read well in a log.
/// </summary>
internal sealed class CliProgress : IDisposable
{
    private readonly CliContext context;
    private readonly ProgressBar? bar;

    public CliProgress(CliContext context, int maxTicks, string message)
    {
        this.context = context;
        if (context.IsTerminal)
            bar = new ProgressBar(maxTicks, message, new ProgressBarOptions
            {
                ProgressCharacter = '─',
                ProgressBarOnBottom = true,
                CollapseWhenFinished = false,
                DisplayTimeInRealTime = false,
            });
        else
            context.Out.WriteLine(message);
    }

    /// <summary>
    /// Moves the bar to <paramref name="ticks"/>, stretching it when the work turns out longer than
    /// expected; without a terminal, writes the message as a line.
    /// </summary>
    public void Update(int ticks, string message, bool line = true)
    {
        if (bar is not null)
        {
            if (ticks > bar.MaxTicks) bar.MaxTicks = ticks;
            bar.Tick(ticks, message);
        }
        else if (line) context.Out.WriteLine(message);
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public void Dispose() => bar?.Dispose();
}
