using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class InteractionFlowTests
{
    private const string InteractionToken = "aW50ZXJhY3Rpb24tc2VjcmV0LXRva2Vu";

    [Fact]
    public async Task DeferThenEditThenFollowupThenDelete_ReachTheWebhookRoutesInOrder()
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;

        await client.CreateInteractionResponseAsync(77, InteractionToken, InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        var edited = await client.EditOriginalResponseAsync(5, InteractionToken, new MessageBody { Content = "ready" }, CancellationToken.None);
        var followup = await client.CreateFollowupMessageAsync(5, InteractionToken, new MessageBody { Content = "more", Flags = MessageFlags.Ephemeral }, CancellationToken.None);
        await client.DeleteOriginalResponseAsync(5, InteractionToken, CancellationToken.None);

        var callback = await harness.Fake.Requests.WaitForCallbackAsync(77);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", callback.Body);
        Assert.Equal("ready", edited.Content);
        Assert.Equal("more", followup.Content);
        Assert.Equal(
            [FakeRoutes.InteractionCallback, FakeRoutes.EditOriginal, FakeRoutes.CreateFollowup, FakeRoutes.DeleteOriginal],
            harness.Fake.Requests.All.Select(r => r.Route));
        Assert.Equal($"/api/v10/webhooks/5/{InteractionToken}/messages/@original", harness.Fake.Requests.All[1].Path);
    }

    [Fact]
    public async Task EditOriginalResponseAsync_FailuresAndRetries_NeverLogOrThrowTheTokens()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.InjectServerErrors(1, 504);

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.AdvanceUntilDoneAsync(harness.Client.EditOriginalResponseAsync(5, InteractionToken, new MessageBody { Content = "x" }, CancellationToken.None)));

        Assert.Equal(DiscordErrorCodes.UnknownWebhook, error.Code);
        Assert.NotEmpty(harness.Logger.Collector.GetSnapshot());
        var everything = string.Join("\n", harness.Logger.Collector.GetSnapshot().Select(e => e.Message).Append(error.Message).Append(error.ToString()));
        Assert.DoesNotContain(InteractionToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Options.Token, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForCallbackAsync_CallbackArrivesLater_CompletesWithIt()
    {
        await using var harness = await RestHarness.StartAsync();

        var waiting = harness.Fake.Requests.WaitForCallbackAsync(31, TimeSpan.FromSeconds(10));
        Assert.False(waiting.IsCompleted);
        await harness.Client.CreateInteractionResponseAsync(
            31, InteractionToken, InteractionResponse.Reply(new() { Content = "hi" }), CancellationToken.None);

        var callback = await waiting;
        Assert.Equal("""{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]}}}""", callback.Body);
        Assert.True(harness.Fake.State.WasAnswered(31));
    }
}
