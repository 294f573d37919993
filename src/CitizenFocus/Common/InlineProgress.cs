namespace CitizenFocus.Common;

/// <summary>
/// Reports progress on the reporting thread, in order. <see cref="Progress{T}"/> posts to the thread
/// pool when there is no synchronisation context (the command line, background work), so its reports
/// can arrive late, out of order, or after the work they describe has finished.
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
