using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class GlobalRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_BeyondTheLimit_WaitsUntilASecondAfterAnAnswer()
    {
        var limiter = new GlobalRateLimiter(3, _time);
        var slots = new List<IDisposable>();
        for (var i = 0; i < 3; i++)
        {
            slots.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        slots.ForEach(s => s.Dispose());
        var fourth = limiter.AcquireAsync(CancellationToken.None);
        Assert.False(fourth.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1.01));
        (await fourth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_ARequestStillWaitingForItsAnswer_KeepsItsSlotPastTheSecond()
    {
        // Discord may count a slow request only when it arrives: its slot frees a second after the answer, not after it left.
        var limiter = new GlobalRateLimiter(1, _time);
        var slow = await limiter.AcquireAsync(CancellationToken.None);
        var next = limiter.AcquireAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(next.IsCompleted);
        slow.Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(10));
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_AfterGlobal429_HoldsEveryoneUntilThePauseEnds()
    {
        var limiter = new GlobalRateLimiter(50, _time);
        limiter.PauseFor(TimeSpan.FromSeconds(2));

        var waiting = limiter.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
