using System.Text.Json;
using System.Text.Json.Nodes;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Json;
using Roadmap.Testing;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// A nudge through the bot's own process on Discord (the native binary under ROADMAP_BOT_UNDER_TEST),
/// against the fake Discord on loopback and on the real clock: a member turns nudges on through the
/// gateway, the test brings the due time to a second from now in the database (the one thing it
/// cannot wait a week for), and the sweep that runs every second sends the DM.
/// </summary>
public sealed class NudgeDiscordProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-nudge-discord-").FullName;
    private FakeDiscordServer? _discord;

    private FakeDiscordServer Discord => _discord!;

    private string DatabasePath => Path.Combine(_folder, "data", "roadmap.db");

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    [Fact]
    public async Task NudgeComingDue_ArrivesAsOneDm_WithTheNextMilestone_ANonceAndNoMentions()
    {
        using var bot = RunningBot.Start(_folder, new Dictionary<string, string>
        {
            ["Discord__Token"] = FakeRest.DefaultToken,
            ["Discord__ApiBaseUrl"] = Discord.ApiBaseUri.ToString(),
            ["Database__Path"] = DatabasePath,
            ["Content__Folder"] = RepositoryPaths.Content,
            ["Nudges__SweepInterval"] = "00:00:01",
        });
        await Discord.Gateway.WaitForIdentifiesAsync(1, Wait);
        await InteractAsync(Command("done", Option("milestone", "how-the-internet-works")));
        await InteractAsync(Command("profile", Option("timezone", "UTC")));
        var next = JsonNode.Parse((await InteractAsync(Command("next"))).Body)!["data"]!["embeds"]![0]!["title"]!.GetValue<string>();
        await InteractAsync(Command("nudges", Sub("on")));

        var due = await NudgeDueTime.SetAsync(DatabasePath, MemberId, DateTimeOffset.UtcNow.AddSeconds(1));
        var send = await Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.CreateMessage && JsonNode.Parse(r.Body)!["nonce"] is not null, Wait);
        Assert.Equal(0, await bot.StopAsync(Wait));

        var body = JsonNode.Parse(send.Body)!;
        Assert.Equal(200, send.Status);
        Assert.Equal($"/api/v10/channels/{Discord.Rest.State.DmChannelOf(MemberId)}/messages", send.Path);
        Assert.Equal(NudgeNonce.For(MemberId, due), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Equal("This week: " + next["Next: ".Length..], body["embeds"]![0]!["title"]!.GetValue<string>());
        // The confirmation of /nudges on and the nudge, nothing more, up to the moment the bot stopped.
        Assert.Equal(2, Discord.Rest.Messages.Count);
    }

    public async Task DisposeAsync()
    {
        await Discord.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<RecordedRequest> InteractAsync(Roadmap.Discord.Models.Interaction interaction)
    {
        var sent = DiscordBotHarness.Prepare(interaction);
        await Discord.Gateway.DispatchAsync("INTERACTION_CREATE", JsonSerializer.SerializeToElement(sent, DiscordJson.Options));
        return await Discord.Rest.Requests.WaitForCallbackAsync(sent.Id, Wait);
    }
}
