using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Rest;

/// <summary>
/// The fake honours enforce_nonce as Discord does: the same nonce from the same author in the same
/// channel within a few minutes answers with the first message, so a retried send never posts twice.
/// </summary>
public sealed class FakeNonceTests : IAsyncLifetime
{
    private const ulong Channel = 77;
    private RestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreateMessage_SameEnforcedNonceTwice_CreatesOneMessageAndAnswersItsIdTwice()
    {
        var first = await SendAsync("nudge-42-1767261600", enforce: true);
        var second = await SendAsync("nudge-42-1767261600", enforce: true);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, _harness.Fake.Messages.Count);
        Assert.Equal(1, _harness.Fake.Messages.Replays);
        Assert.Single(_harness.Fake.Messages.In(Channel));
    }

    [Fact]
    public async Task CreateMessage_DifferentEnforcedNonces_CreatesTwoMessages()
    {
        var first = await SendAsync("nudge-42-1767261600", enforce: true);
        var second = await SendAsync("nudge-42-1767866400", enforce: true);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, _harness.Fake.Messages.In(Channel).Count);
    }

    [Fact]
    public async Task CreateMessage_SameNonceWithoutEnforceNonce_CreatesTwoMessages()
    {
        var first = await SendAsync("nudge-42-1767261600", enforce: null);
        var second = await SendAsync("nudge-42-1767261600", enforce: false);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, _harness.Fake.Messages.Count);
        Assert.Equal(0, _harness.Fake.Messages.Replays);
    }

    [Fact]
    public async Task CreateMessage_SameEnforcedNonceInAnotherChannel_CreatesASecondMessage()
    {
        var first = await SendAsync("nudge-42-1767261600", enforce: true);
        var elsewhere = await _harness.Client.CreateMessageAsync(Channel + 1, Body("nudge-42-1767261600", enforce: true), CancellationToken.None);

        Assert.NotEqual(first.Id, elsewhere.Id);
        Assert.Equal(2, _harness.Fake.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_SameEnforcedNonceAfterTheWindow_CreatesASecondMessage()
    {
        var first = await SendAsync("nudge-42-1767261600", enforce: true);
        _harness.Time.Advance(_harness.Fake.Messages.NonceWindow);
        var later = await SendAsync("nudge-42-1767261600", enforce: true);

        Assert.NotEqual(first.Id, later.Id);
        Assert.Equal(2, _harness.Fake.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_SameEnforcedNonceAtOnce_CreatesOneMessage()
    {
        // Raw requests side by side, past the client's own pacing: the fake decides under one lock.
        const string body = """{"content":"Your weekly nudge","nonce":"nudge-42-1767261600","enforce_nonce":true}""";

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostRawAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r));
        Assert.Equal(1, _harness.Fake.Messages.Count);
        Assert.Equal(4, _harness.Fake.Messages.Replays);
    }

    [Fact]
    public async Task CreateMessage_RawNonceOver25Characters_Answers400AndCreatesNothing()
    {
        var status = await PostRawAsync("""{"content":"hi","nonce":"12345678901234567890123456","enforce_nonce":true}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, _harness.Fake.Messages.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_NonceLongerThanDiscordAllows_ThrowsBeforeSending()
    {
        var tooLong = new string('n', DiscordLimits.Nonce + 1);

        await Assert.ThrowsAsync<ArgumentException>(() => SendAsync(tooLong, enforce: true));

        Assert.Empty(_harness.Fake.Requests.All);
    }

    private Task<Message> SendAsync(string nonce, bool? enforce) =>
        _harness.Client.CreateMessageAsync(Channel, Body(nonce, enforce), CancellationToken.None);

    private static MessageBody Body(string nonce, bool? enforce) =>
        new() { Content = "Your weekly nudge", Nonce = nonce, EnforceNonce = enforce };

    private async Task<HttpStatusCode> PostRawAsync(string json)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", FakeRest.DefaultToken);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"{_harness.Server.ApiBaseUri}/channels/{Channel}/messages"), content);
        return response.StatusCode;
    }
}
