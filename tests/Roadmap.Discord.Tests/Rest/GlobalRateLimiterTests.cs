using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class GlobalRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_BeyondTheLimitInOneSecond_WaitsForTheWindowToSlide()
    {
        var limiter = new GlobalRateLimiter(3, _time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        var fourth = limiter.WaitAsync(CancellationToken.None);
        Assert.False(fourth.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_AfterGlobal429_HoldsEveryoneUntilThePauseEnds()
    {
        var limiter = new GlobalRateLimiter(50, _time);
        limiter.PauseFor(TimeSpan.FromSeconds(2));

        var waiting = limiter.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
