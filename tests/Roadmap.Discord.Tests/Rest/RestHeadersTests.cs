using System.Text.RegularExpressions;
using Roadmap.Discord.Models;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed partial class RestHeadersTests
{
    [GeneratedRegex(@"^DiscordBot \(https?://[^,\s]+, \d+\.\d+\.\d+\)")]
    private static partial Regex DiscordUserAgent();

    [Fact]
    public async Task CreateMessageAsync_AnyCall_SendsBotTokenAndDiscordBotUserAgent()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(7, new MessageBody { Content = "hi" }, CancellationToken.None);

        var request = Assert.Single(harness.Fake.Requests.All);
        Assert.Equal("Bot", request.AuthorizationScheme);
        Assert.True(request.TokenMatched);
        Assert.Matches(DiscordUserAgent(), request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("/api/v10/channels/7/messages", request.Path);
        Assert.DoesNotContain(harness.Options.Token, string.Join("\n", request.Headers.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_Answer_IsReadIntoTheMessageRecord()
    {
        await using var harness = await RestHarness.StartAsync();

        var message = await harness.Client.CreateMessageAsync(7, new MessageBody { Content = "hello" }, CancellationToken.None);

        Assert.Equal(7UL, message.ChannelId);
        Assert.Equal("hello", message.Content);
        Assert.True(message.Author?.Bot);
        Assert.NotEqual(0UL, message.Id);
    }

    [Fact]
    public async Task BulkOverwriteGuildCommandsAsync_Commands_ReturnsThemWithIds()
    {
        await using var harness = await RestHarness.StartAsync();
        ApplicationCommand[] commands = [new() { Name = "next", Description = "What to do now" }];

        var registered = await harness.Client.BulkOverwriteGuildCommandsAsync(11, 22, commands, CancellationToken.None);

        var command = Assert.Single(registered);
        Assert.Equal("next", command.Name);
        Assert.NotNull(command.Id);
        Assert.Equal(22UL, command.GuildId);
        Assert.Equal("next", harness.Fake.State.Commands(11, 22)![0]!["name"]!.GetValue<string>());
        Assert.Equal("PUT", harness.Fake.Requests.ForRoute(FakeRoutes.BulkOverwriteGuildCommands)[0].Method);
    }
}
