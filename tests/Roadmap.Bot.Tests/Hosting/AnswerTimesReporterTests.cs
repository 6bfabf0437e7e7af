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
    private readonly AnswerTimes _times = new();
    private readonly AnswerTimesReporter _reporter;

    public AnswerTimesReporterTests()
    {
        _loggers = new LoggerFactory([new FakeLoggerProvider(_logs)]);
        _reporter = new AnswerTimesReporter(_times, _time, _loggers.CreateLogger<AnswerTimesReporter>());
    }

    [Fact]
    public void Tick_AfterAnHourOfAnswers_SaysHowManyAndHowFast()
    {
        for (var i = 1; i <= 100; i++)
        {
            _times.Record(TimeSpan.FromMicroseconds(i * 20), TimeSpan.FromMicroseconds(i * 30));
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
        _times.Record(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));
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
    public void Tick_EachTime_WritesTheRunningHistogramsAtDebug()
    {
        _times.Record(TimeSpan.FromMilliseconds(0.42), TimeSpan.FromMilliseconds(0.9));

        _reporter.Tick();

        var line = Assert.Single(_logs.Lines, l => l.Contains("Answer times so far: ", StringComparison.Ordinal));
        var sent = AnswerTimeHistogram.Parse(line.Split("sent [")[1].Split(']')[0]);
        var accepted = AnswerTimeHistogram.Parse(line.Split("accepted [")[1].Split(']')[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(0.42), sent.Max);
        Assert.Equal(TimeSpan.FromMilliseconds(0.9), accepted.Percentile(0.5));
    }

    public void Dispose()
    {
        _reporter.Dispose();
        _loggers.Dispose();
    }
}
