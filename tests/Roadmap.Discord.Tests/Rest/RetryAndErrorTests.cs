using System.Net;
using Microsoft.Extensions.Logging;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.Rest;

public sealed class RetryAndErrorTests
{
    private static readonly MessageBody Hello = new() { Content = "hello" };

    [Fact]
    public async Task CreateMessageAsync_Two503sThenSuccess_RetriesWithGrowingBackoff()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.InjectServerErrors(2, 503);

        var message = await harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));

        Assert.Equal("hello", message.Content);
        var requests = harness.Fake.Requests.All;
        Assert.Equal([503, 503, 200], requests.Select(r => r.Status));
        var waits = harness.ServerErrorDelays();
        Assert.InRange(waits[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000));
        Assert.InRange(waits[1], TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(2000));
        // The fake stamps a request once it has read it, which on a busy machine can be a clock step
        // after it was sent; a retry that did not wait would arrive within that step.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= waits[0] - RestHarness.Step);
        Assert.True(requests[2].ReceivedAt - requests[1].ReceivedAt >= waits[1] - RestHarness.Step);
    }

    [Fact]
    public async Task CreateMessageAsync_502sBeyondTheRetryBound_ThrowsWithTheStatus()
    {
        await using var harness = await RestHarness.StartAsync(configure: o => o.MaxServerErrorRetries = 3);
        harness.Fake.Faults.InjectServerErrors(10, 502);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.AdvanceUntilDoneAsync(harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None)));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, harness.Fake.Requests.All.Count);
    }

    [Fact]
    public async Task CreateFollowupMessageAsync_FileAfterA503_ResendsTheWholeMultipartBody()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.CreateInteractionResponseAsync(3, "tok", InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        harness.Fake.Faults.InjectServerErrors(1, 503);
        var file = new DiscordFile("export.json", "{}"u8.ToArray(), "application/json");

        await harness.AdvanceUntilDoneAsync(harness.Client.CreateFollowupMessageAsync(1, "tok", new MessageBody { Content = "Your data" }, file, CancellationToken.None));

        var attempts = harness.Fake.Requests.All.Skip(1).ToList();
        Assert.Equal([503, 200], attempts.Select(r => r.Status));
        Assert.All(attempts, r => Assert.Equal("export.json", Assert.Single(r.Files).FileName));
        Assert.All(attempts, r => Assert.Contains("\"filename\":\"export.json\"", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyCall_InvalidToken_ThrowsClearlyAndSendsNothingMore()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.InvalidateToken();

        var first = await Assert.ThrowsAsync<DiscordInvalidTokenException>(() => harness.Client.CreateMessageAsync(7, Hello, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordInvalidTokenException>(() => harness.Client.CreateDmChannelAsync(5, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordInvalidTokenException>(
            () => harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Pong(), CancellationToken.None));

        Assert.Single(harness.Fake.Requests.All);
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Contains("Discord:Token", first.Message, StringComparison.Ordinal);
        Assert.True(harness.Client.IsTokenRejected);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Critical && e.Message.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMessageAsync_DmsClosed_ThrowsTypedErrorWithCode50007()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.CloseDirectMessages(42);
        var dm = await harness.Client.CreateDmChannelAsync(42, CancellationToken.None);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(dm.Id, Hello, CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, error.Code);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("POST /channels/{channel_id}/messages", error.RouteTemplate);
        Assert.Equal(42UL, Assert.Single(dm.Recipients!).Id);
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_InvalidFormBody_CarriesTheErrorTree()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.InjectErrorBody(400, File.ReadAllText(DiscordTestData.Fixture("errors/array-error.json")));

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.BulkOverwriteGlobalCommandsAsync(1, [], CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.InvalidFormBody, error.Code);
        Assert.Equal("Invalid Form Body", error.DiscordMessage);
        Assert.Equal(["activities.0.platform", "activities.0.type"], error.FieldErrors.Select(e => e.Path));
        Assert.Equal("Value must be one of ('desktop', 'android', 'ios').", error.FieldErrors[0].Message);
        Assert.True(error.Errors?.TryGetProperty("activities", out _));
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_SecondCallback_Throws40060()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.CreateInteractionResponseAsync(9, "tok", InteractionResponse.Pong(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.CreateInteractionResponseAsync(9, "tok", InteractionResponse.Pong(), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.InteractionAlreadyAcknowledged, error.Code);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_ExpiredInteraction_Throws10062()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Fake.Faults.ExpireInteraction(9);

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.CreateInteractionResponseAsync(9, "tok", InteractionResponse.Pong(), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.UnknownInteraction, error.Code);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Client_ForbiddenResponsesReachStopThreshold_SaysStopForTenMinutesAndCountsEach()
    {
        await using var harness = await RestHarness.StartAsync(configure: o => o.InvalidRequestStopThreshold = 3);
        using var invalid = harness.Collect("roadmap.discord.rest.invalid_requests");
        harness.Fake.Faults.CloseDirectMessages(42);
        var dm = await harness.Client.CreateDmChannelAsync(42, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(harness.Client.InvalidRequestStopUntil);
            await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(dm.Id, Hello, CancellationToken.None));
        }

        Assert.Equal(harness.Time.GetUtcNow() + TimeSpan.FromMinutes(10), harness.Client.InvalidRequestStopUntil);
        var counted = invalid.GetMeasurementSnapshot();
        Assert.Equal(3, counted.Count);
        Assert.All(counted, m => Assert.Equal(403, m.Tags["http.response.status_code"]));
        Assert.All(counted, m => Assert.Equal("POST /channels/{channel_id}/messages", m.Tags["discord.route"]));
    }

    [Fact]
    public async Task Client_ForbiddenResponsesReachThreshold_LogsAWarning()
    {
        await using var harness = await RestHarness.StartAsync(configure: o => o.InvalidRequestWarningThreshold = 3);
        harness.Fake.Faults.CloseDirectMessages(42);
        var dm = await harness.Client.CreateDmChannelAsync(42, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(dm.Id, Hello, CancellationToken.None));
        }

        Assert.Equal(3, harness.Client.RecentInvalidRequests);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.StartsWith("3 responses with status 401, 403 or 429", StringComparison.Ordinal));
    }
}
