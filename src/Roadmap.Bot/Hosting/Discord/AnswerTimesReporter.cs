using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Says how fast the bot answers: every <see cref="SummaryEvery"/> one Information line (how many
/// interactions, median, 99th percentile and slowest, frame to callback sent), and at Debug, every
/// second, the running histograms as text, which the load benchmark reads (the
/// <c>Roadmap.Bot.Hosting.Discord.AnswerTimesReporter</c> category turned up to Debug). No line is
/// written per interaction: counting one is an atomic increment.
/// </summary>
internal sealed partial class AnswerTimesReporter(AnswerTimes times, TimeProvider time, ILogger<AnswerTimesReporter> logger) : BackgroundService
{
    public static readonly TimeSpan SummaryEvery = TimeSpan.FromHours(1);

    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);

    private DateTimeOffset _lastSummary = time.GetUtcNow();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TickEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                Tick();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One tick: the Debug histograms, and the summary when it is due.</summary>
    internal void Tick()
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogHistograms(logger, times.Sent, times.Accepted);
        }

        var now = time.GetUtcNow();
        if (now - _lastSummary < SummaryEvery)
        {
            return;
        }

        var minutes = (now - _lastSummary).TotalMinutes;
        _lastSummary = now;
        var (sent, _) = times.TakeSinceLastSummary();
        if (sent.Count is var count and > 0)
        {
            var median = sent.Percentile(0.5).TotalMilliseconds;
            var p99 = sent.Percentile(0.99).TotalMilliseconds;
            var slowest = sent.Max.TotalMilliseconds;
            LogSummary(logger, count, minutes, median, p99, slowest);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Count} interactions in the last {Minutes:0} minutes: median {MedianMilliseconds:0.00} ms, 99th percentile {P99Milliseconds:0.00} ms, slowest {MaxMilliseconds:0.0} ms from the gateway frame to the callback sent")]
    private static partial void LogSummary(ILogger logger, long count, double minutes, double medianMilliseconds, double p99Milliseconds, double maxMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer times so far: sent [{Sent}] accepted [{Accepted}]")]
    private static partial void LogHistograms(ILogger logger, AnswerTimeHistogram sent, AnswerTimeHistogram accepted);
}
