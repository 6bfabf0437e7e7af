using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AcquireAsync_RegularFrames_StopAtTheLimitMinusTheHeartbeatReserve()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock, 120, Window);
        limiter.ReserveForHeartbeats(TimeSpan.FromMilliseconds(41250));

        var granted = await AcquireRegularAsync(limiter, 130);

        // 60 s / 41.25 s = 2 heartbeats per window, plus one for an op 1: 3 reserved, 117 for the rest.
        Assert.Equal(117, granted);
    }

    [Fact]
    public async Task AcquireAsync_RegularFramesExhausted_HeartbeatStillGoesOut()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock, 120, Window);
        limiter.ReserveForHeartbeats(TimeSpan.FromMilliseconds(41250));
        await AcquireRegularAsync(limiter, 117);

        var heartbeats = 0;
        for (var i = 0; i < 5 && limiter.AcquireAsync(isHeartbeat: true, CancellationToken.None).IsCompleted; i++)
        {
            heartbeats++;
        }

        Assert.Equal(3, heartbeats);
    }

    [Fact]
    public async Task AcquireAsync_WindowFull_WaitsUntilTheOldestFrameLeavesTheWindow()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock, 120, Window);
        limiter.ReserveForHeartbeats(TimeSpan.FromMilliseconds(41250));
        await limiter.AcquireAsync(isHeartbeat: false, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10));
        await AcquireRegularAsync(limiter, 116);

        var waiting = limiter.AcquireAsync(isHeartbeat: false, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(49.9));
        var earlyCompletion = waiting.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(earlyCompletion);
    }

    [Fact]
    public async Task AcquireAsync_AnyMinute_NeverGrantsMoreThan120()
    {
        var clock = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(clock, 120, Window);
        limiter.ReserveForHeartbeats(TimeSpan.FromMilliseconds(41250));
        var grants = new List<TimeSpan>();
        for (var second = 0; second < 180; second++)
        {
            for (var i = 0; i < 5; i++)
            {
                if (limiter.AcquireAsync(isHeartbeat: i == 0, CancellationToken.None).IsCompleted)
                {
                    grants.Add(TimeSpan.FromSeconds(second));
                }
            }

            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var busiest = grants.Max(start => grants.Count(t => t >= start && t < start + Window));
        Assert.Equal(120, busiest);
        await Task.CompletedTask;
    }

    private static async Task<int> AcquireRegularAsync(GatewaySendLimiter limiter, int attempts)
    {
        var granted = 0;
        for (var i = 0; i < attempts; i++)
        {
            var acquire = limiter.AcquireAsync(isHeartbeat: false, CancellationToken.None);
            if (!acquire.IsCompleted)
            {
                break;
            }

            await acquire;
            granted++;
        }

        return granted;
    }
}
