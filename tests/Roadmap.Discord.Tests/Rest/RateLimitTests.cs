using Roadmap.Discord.Models;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly MessageBody Hello = new() { Content = "hello" };

    [Fact]
    public async Task CreateMessageAsync_Bucket429_WaitsRetryAfterThenSucceeds()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ForceRateLimit(1, TimeSpan.FromSeconds(2.5), FakeRoutes.CreateMessage);

        await harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));

        var requests = harness.Fake.Requests.ForRoute(FakeRoutes.CreateMessage);
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_Callback429_WaitsRetryAfterThenSucceeds()
    {
        // A callback's bucket lives for the one call; the pause from the 429 must still hold the retry.
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ForceRateLimit(1, TimeSpan.FromSeconds(1.5), FakeRoutes.InteractionCallback);

        var before = harness.Time.GetTimestamp();

        var timing = await harness.AdvanceUntilDoneAsync(harness.Client.CreateInteractionResponseAsync(42, "token-42", InteractionResponse.DeferUpdate(), CancellationToken.None));

        var requests = harness.Fake.Requests.ForRoute(FakeRoutes.InteractionCallback);
        Assert.Equal([429, 204], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(1.5));
        // The timing is the attempt that got through: sent after the wait, accepted after being sent.
        Assert.True(harness.Time.GetElapsedTime(before, timing.SentAt) >= TimeSpan.FromSeconds(1.5));
        Assert.True(timing.SentAt <= timing.AcceptedAt);
    }

    [Fact]
    public async Task CreateMessageAsync_SharedScope429_RetriesWithoutCountingAsInvalid()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ForceRateLimit(1, TimeSpan.FromSeconds(1), FakeRoutes.CreateMessage, scope: "shared");

        await harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));

        Assert.Equal([429, 200], harness.Fake.Requests.All.Select(r => r.Status));
        Assert.Equal(0, harness.Client.RecentInvalidRequests);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketSpentPerHeaders_WaitsForResetInsteadOfHitting429()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Limits.SetRouteLimit(FakeRoutes.CreateMessage, 2, TimeSpan.FromSeconds(3));

        for (var i = 0; i < 5; i++)
        {
            await harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));
        }

        var requests = harness.Fake.Requests.All;
        Assert.All(requests, r => Assert.Equal(200, r.Status));
        Assert.True(requests[2].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(3));
        Assert.True(requests[4].ReceivedAt - requests[2].ReceivedAt >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task CreateMessageAsync_OneChannelSpent_OtherChannelIsNotHeldBack()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Limits.SetRouteLimit(FakeRoutes.CreateMessage, 1, TimeSpan.FromSeconds(5));
        await harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None);

        var blocked = harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None);
        await harness.Client.CreateMessageAsync(8, Hello, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(blocked.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(harness.Fake.Requests.All, r => Assert.Equal(200, r.Status));
    }

    [Fact]
    public async Task CreateMessageAsync_Global429_PausesThenRetries()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ForceRateLimit(1, TimeSpan.FromSeconds(1.5), global: true);

        await harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));

        var requests = harness.Fake.Requests.All;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Client_SixtyRequestsAtOnce_SendsFiftyPerSecondButInteractionCallbacksAreExempt()
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;
        var start = harness.Time.GetUtcNow();

        var messages = Enumerable.Range(1, 60).Select(i => client.CreateMessageAsync((ulong)i, Hello, CancellationToken.None)).ToList();
        var callbacks = Enumerable.Range(1, 60).Select(i => client.CreateInteractionResponseAsync((ulong)i, $"t{i}", InteractionResponse.DeferUpdate(), CancellationToken.None));
        await Task.WhenAll(callbacks).WaitAsync(TimeSpan.FromSeconds(20));
        await WaitUntilAsync(() => messages.Count(m => m.IsCompleted) >= 50);
        // A slot frees 1.01 s after its answer (GlobalRateLimiter says why the 10 ms).
        harness.Time.Advance(TimeSpan.FromSeconds(1.01));
        await Task.WhenAll(messages).WaitAsync(TimeSpan.FromSeconds(20));

        // The fake Discord stamps each request with the shared clock, which stood still until the
        // test moved it once: what arrived at the start got through without waiting, the rest waited.
        var sent = harness.Fake.Requests.ForRoute(FakeRoutes.CreateMessage);
        Assert.Equal(50, sent.Count(r => r.ReceivedAt == start));
        Assert.All(sent.Where(r => r.ReceivedAt != start), r => Assert.Equal(start + TimeSpan.FromSeconds(1.01), r.ReceivedAt));
        Assert.All(harness.Fake.Requests.ForRoute(FakeRoutes.InteractionCallback), r => Assert.Equal(start, r.ReceivedAt));
        Assert.Equal(60, sent.Count);
        Assert.DoesNotContain(harness.Fake.Requests.All, r => r.Status == 429);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
