using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Hosting;

public sealed class AnswerTimesReporterTests : IDisposable
{
    private readonly FakeLogCollector _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly BotMetrics _metrics;
    private readonly AnswerTimesReporter _reporter;

    public AnswerTimesReporterTests()
    {
        _loggers = new LoggerFactory([new FakeLoggerProvider(_logs)]);
        _metrics = new BotMetrics(_services.GetRequiredService<IMeterFactory>());
        _reporter = new AnswerTimesReporter(_metrics, _time, _loggers.CreateLogger<AnswerTimesReporter>());
    }

    [Fact]
    public void Tick_AfterAnHourOfAnswers_SaysHowManyAndHowFast()
    {
        for (var i = 1; i <= 100; i++)
        {
            _metrics.RecordAnswer(TimeSpan.FromMicroseconds(i * 20), TimeSpan.FromMicroseconds(i * 30), "/next");
        }

        _time.Advance(AnswerTimesReporter.SummaryEvery);
        _reporter.Tick();

        Assert.Contains(_logs.Lines, l => l.Contains(
            "Answered 100 interactions in the last 60 minutes: median 1.01 ms, 99th percentile 1.99 ms, slowest 2.0 ms from the gateway frame to the callback sent",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_BeforeTheHour_SaysNothingAtInformation()
    {
        _metrics.RecordAnswer(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), "/next");
        _time.Advance(TimeSpan.FromMinutes(59));

        _reporter.Tick();

        Assert.DoesNotContain(_logs.Lines, l => l.Contains("Answered", StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_AnHourWithNoAnswers_SaysNothingAtInformation()
    {
        _time.Advance(AnswerTimesReporter.SummaryEvery);

        _reporter.Tick();

        Assert.DoesNotContain(_logs.Lines, l => l.Contains("Answered", StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_AnswersTimedByAnotherHost_AreNotCounted()
    {
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        new BotMetrics(other.GetRequiredService<IMeterFactory>()).RecordAnswer(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), "/next");
        _metrics.RecordAnswer(TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(4), "/next");
        _time.Advance(AnswerTimesReporter.SummaryEvery);

        _reporter.Tick();

        Assert.Contains(_logs.Lines, l => l.Contains("Answered 1 interactions in the last 60 minutes: median 3.00 ms", StringComparison.Ordinal));
    }

    [Fact]
    public void Tick_EachTime_WritesTheRunningHistogramsAtDebug()
    {
        _metrics.RecordAnswer(TimeSpan.FromMilliseconds(0.42), TimeSpan.FromMilliseconds(0.9), "/next");
        _metrics.RecordAnswer(TimeSpan.FromMilliseconds(5.2), TimeSpan.FromMilliseconds(6), "/roadmap");
        _metrics.RecordAnswer(TimeSpan.FromMilliseconds(0.31), TimeSpan.FromMilliseconds(0.5), "autocomplete /step");

        _reporter.Tick();

        // The form the load benchmark's BotAnswerTimes reads: max and bucket:count (bucket 42 is 420-430
        // µs), in all, then each command's apart in name order.
        var line = Assert.Single(_logs.Lines, l => l.Contains("Answer times so far: ", StringComparison.Ordinal));
        Assert.Contains(
            "Answer times so far: sent [max=5200 31:1,42:1,520:1] accepted [max=6000 50:1,90:1,600:1] sent by command: "
            + "/next [max=420 42:1]; /roadmap [max=5200 520:1]; autocomplete /step [max=310 31:1]",
            line,
            StringComparison.Ordinal);
    }

    [Fact]
    public void CommandOf_NamesTheCommand_AndNeverAButtonsMilestone()
    {
        Assert.Equal("/next", InteractionResponder.CommandOf(InteractionFactory.Command("next")));
        Assert.Equal("/mod", InteractionResponder.CommandOf(InteractionFactory.Command("mod", InteractionFactory.Sub("leaderboard"))));
        Assert.Equal("autocomplete /step", InteractionResponder.CommandOf(InteractionFactory.Autocomplete("step", InteractionFactory.Option("milestone", "gi", focused: true))));
        Assert.Equal("button", InteractionResponder.CommandOf(InteractionFactory.Click("done:git-basics")));
    }

    public void Dispose()
    {
        _reporter.Dispose();
        _loggers.Dispose();
        _services.Dispose();
    }
}
