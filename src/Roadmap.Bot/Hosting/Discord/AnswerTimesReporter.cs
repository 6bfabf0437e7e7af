using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Says how fast the bot answers, from <see cref="BotMetrics"/>' answer-time histograms read with a
/// <see cref="MeterListener"/>: every <see cref="SummaryEvery"/> one Information line (how many
/// interactions, median, 99th percentile and slowest, frame to callback sent), and at Debug, every
/// second, the running histograms as text, in all and for each command (the answer times'
/// <see cref="BotMetrics.CommandTag"/>), which the load benchmark reads from the bot's output
/// (the <c>Roadmap.Bot.Hosting.Discord.AnswerTimesReporter</c> category turned up to Debug). A
/// Meter histogram only passes measurements on, so the reporter counts them itself into
/// <see cref="AnswerTimeHistogram"/>s to read percentiles from. No line is written per interaction.
/// </summary>
internal sealed partial class AnswerTimesReporter : BackgroundService
{
    public static readonly TimeSpan SummaryEvery = TimeSpan.FromHours(1);

    private static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(1);

    /// <summary>Commands timed apart; the bot has about a dozen, so this only guards against a surprise.</summary>
    private const int MostCommands = 64;

    private readonly TimeProvider _time;
    private readonly ILogger<AnswerTimesReporter> _logger;
    private readonly MeterListener _listener = new();
    private readonly AnswerTimeHistogram _sent = new();
    private readonly AnswerTimeHistogram _accepted = new();
    private readonly ConcurrentDictionary<string, AnswerTimeHistogram> _sentByCommand = new(StringComparer.Ordinal);
    private readonly CommandHistograms _byCommandText;
    private AnswerTimeHistogram _sentAtLastSummary = new();
    private DateTimeOffset _lastSummary;

    public AnswerTimesReporter(BotMetrics metrics, TimeProvider time, ILogger<AnswerTimesReporter> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _time = time;
        _logger = logger;
        _lastSummary = time.GetUtcNow();
        _byCommandText = new CommandHistograms(_sentByCommand);
        // Listening starts here, not when the host starts the service, so no answer goes uncounted.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument == metrics.AnswerTime)
            {
                listener.EnableMeasurementEvents(instrument, this);
            }
            else if (instrument == metrics.AcceptedTime)
            {
                listener.EnableMeasurementEvents(instrument, _accepted);
            }
        };
        _listener.SetMeasurementEventCallback<double>(static (_, seconds, tags, state) =>
        {
            var duration = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
            if (state is AnswerTimesReporter reporter)
            {
                reporter.AddSent(duration, tags);
            }
            else
            {
                ((AnswerTimeHistogram)state!).Add(duration);
            }
        });
        _listener.Start();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TickEvery, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Tick();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void AddSent(TimeSpan duration, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        _sent.Add(duration);
        if (CommandIn(tags) is { } command && HistogramFor(command) is { } histogram)
        {
            histogram.Add(duration);
        }
    }

    private AnswerTimeHistogram? HistogramFor(string command) =>
        _sentByCommand.TryGetValue(command, out var histogram) ? histogram
        : _sentByCommand.Count < MostCommands ? _sentByCommand.GetOrAdd(command, static _ => new AnswerTimeHistogram())
        : null;

    private static string? CommandIn(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var (key, value) in tags)
        {
            if (key == BotMetrics.CommandTag)
            {
                return value as string;
            }
        }

        return null;
    }

    /// <summary>One tick: the Debug histograms, and the summary when it is due.</summary>
    internal void Tick()
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogHistograms(_logger, _sent, _accepted, _byCommandText);
        }

        var now = _time.GetUtcNow();
        if (now - _lastSummary < SummaryEvery)
        {
            return;
        }

        var minutes = (now - _lastSummary).TotalMinutes;
        _lastSummary = now;
        var sentNow = _sent.Snapshot();
        var sent = sentNow.Since(_sentAtLastSummary);
        _sentAtLastSummary = sentNow;
        if (sent.Count is var count and > 0)
        {
            var median = sent.Percentile(0.5).TotalMilliseconds;
            var p99 = sent.Percentile(0.99).TotalMilliseconds;
            var slowest = sent.Max.TotalMilliseconds;
            LogSummary(_logger, count, minutes, median, p99, slowest);
        }
    }

    public override void Dispose()
    {
        _listener.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Count} interactions in the last {Minutes:0} minutes: median {MedianMilliseconds:0.00} ms, 99th percentile {P99Milliseconds:0.00} ms, slowest {MaxMilliseconds:0.0} ms from the gateway frame to the callback sent")]
    private static partial void LogSummary(ILogger logger, long count, double minutes, double medianMilliseconds, double p99Milliseconds, double maxMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer times so far: sent [{Sent}] accepted [{Accepted}] sent by command: {ByCommand}")]
    private static partial void LogHistograms(ILogger logger, AnswerTimeHistogram sent, AnswerTimeHistogram accepted, CommandHistograms byCommand);

    /// <summary>Written as "/next [max=… 42:1,…]; /step [max=…]" in name order, only when a line is logged.</summary>
    private sealed class CommandHistograms(ConcurrentDictionary<string, AnswerTimeHistogram> histograms)
    {
        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (var (command, histogram) in histograms.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                text.Append(text.Length == 0 ? "" : "; ").Append(command).Append(" [").Append(histogram).Append(']');
            }

            return text.ToString();
        }
    }
}
