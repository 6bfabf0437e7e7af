using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class InvalidRequestCounterTests
{
    [Fact]
    public void Record_ThresholdMultiples_ReportsEachOnce()
    {
        var counter = new InvalidRequestCounter(2, 0, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)));

        var reports = Enumerable.Range(0, 5).Select(_ => counter.Record()).ToList();

        Assert.Equal([null, 2, null, 4, null], reports);
    }

    [Fact]
    public void Count_AfterTenMinutes_ForgetsOldResponses()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var counter = new InvalidRequestCounter(1000, 0, time);
        counter.Record();
        time.Advance(TimeSpan.FromMinutes(9));
        counter.Record();

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public void StoppedUntil_ReachingTheStopThreshold_IsTenMinutesFromThenAndEnds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var counter = new InvalidRequestCounter(1000, 3, time);
        counter.Record();
        time.Advance(TimeSpan.FromMinutes(4));
        counter.Record();
        Assert.Null(counter.StoppedUntil);

        time.Advance(TimeSpan.FromMinutes(1));
        counter.Record();

        var reachedAt = time.GetUtcNow();
        Assert.Equal(reachedAt + TimeSpan.FromMinutes(10), counter.StoppedUntil);
        // Older responses leave the window meanwhile; the stop holds to its end all the same.
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(reachedAt + TimeSpan.FromMinutes(10), counter.StoppedUntil);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(counter.StoppedUntil);
    }
}
