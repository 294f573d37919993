using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>
/// A database that is slow on purpose, when a test says so: while a table is held, every query of the
/// application that reads it waits until the test lets go, or until the query's own cancellation token is
/// cancelled (the request's, with its time budget), as a query on a busy server would. So a test knows a
/// heavy analysis is still running — it cannot finish without its crimes — instead of racing it.
/// </summary>
public sealed class HeldQueries : DbCommandInterceptor
{
    private readonly Lock gate = new();
    private SemaphoreSlim arrivals = new(0);
    private (string Table, TaskCompletionSource Release)? held;

    /// <summary>Holds the queries that read <paramref name="table"/> until the result is disposed.</summary>
    public IDisposable Hold(string table)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (held is not null) throw new InvalidOperationException("A table is already held.");
            held = (table, release);
            arrivals = new SemaphoreSlim(0);
        }
        return new Release(this, release);
    }

    /// <summary>Completes when another query has started waiting on the held table.</summary>
    public async Task ArrivedAsync()
    {
        SemaphoreSlim counted;
        lock (gate) counted = arrivals;
        if (!await counted.WaitAsync(TimeSpan.FromSeconds(60))) throw new TimeoutException("No query reached the held table within a minute.");
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    private async Task WaitAsync(DbCommand command, CancellationToken ct)
    {
        Task release;
        lock (gate)
        {
            if (held is not { } h || !command.CommandText.Contains($"\"{h.Table}\"", StringComparison.Ordinal)) return;
            release = h.Release.Task;
            arrivals.Release();
        }
        await release.WaitAsync(ct);
    }

    private sealed class Release(HeldQueries owner, TaskCompletionSource release) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate)
            {
                if (owner.held?.Release == release) owner.held = null;
            }
            release.TrySetResult();
        }
    }
}
