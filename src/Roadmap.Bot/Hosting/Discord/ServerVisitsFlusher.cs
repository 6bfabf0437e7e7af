using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Writes the servers members used the bot in (<see cref="ServerVisits"/>) every
/// <see cref="Interval"/>, and once more when the bot stops, after the worker has answered its last
/// interaction (it is registered before the worker, so it stops after it). A failed write is logged
/// and retried at the next tick.
/// </summary>
internal sealed partial class ServerVisitsFlusher(ServerVisits visits, DatabaseStartup startup, TimeProvider time, ILogger<ServerVisitsFlusher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The table exists once the database has migrated; if start-up failed, the program reports
        // it and stops, and there is nothing to write to.
        var ready = startup.ReadyAsync();
        await ready.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!ready.IsCompletedSuccessfully)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush runs in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (visits.PendingCount > 0 && startup.ReadyAsync().IsCompletedSuccessfully)
        {
            await FlushAsync(cancellationToken);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await visits.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or IOException)
        {
            LogFlushFailed(logger, ex, visits.PendingCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record which servers members used the bot in; {Count} visits are kept for the next try")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int count);
}
