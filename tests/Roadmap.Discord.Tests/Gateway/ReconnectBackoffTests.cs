using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void NextDelay_ConsecutiveFailures_DoublesUpToTheMaximum()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 1.0);

        var delays = new double[6];
        for (var i = 0; i < delays.Length; i++)
        {
            delays[i] = backoff.NextDelay().TotalSeconds;
        }

        Assert.Equal([1, 2, 4, 8, 10, 10], delays);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.5, 0.75)]
    [InlineData(0.999, 0.9995)]
    public void NextDelay_Jitter_DrawsFromTheUpperHalfOfTheCeiling(double random, double expectedSeconds)
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => random);

        Assert.Equal(expectedSeconds, backoff.NextDelay().TotalSeconds, precision: 6);
    }

    [Fact]
    public void NextDelay_AfterReset_StartsFromTheBase()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 1.0);
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.NextDelay());
    }

    [Fact]
    public void NextDelay_ManyFailures_NeverOverflows()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1.0);

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 200; i++)
        {
            delays.Add(backoff.NextDelay());
        }

        Assert.Equal(TimeSpan.FromSeconds(60), delays[^1]);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
    }
}
