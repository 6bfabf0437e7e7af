using System.Text.Json;
using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Json;
using Roadmap.Testing;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>
/// The bot as its own process, configured only through environment variables as the README says,
/// against the fake Discord: the whole program (settings, logging, start-up, the gateway, shutdown)
/// as an operator runs it. CI runs these against the NativeAOT publish (<see cref="BotUnderTest"/>).
/// </summary>
public sealed class BotProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-process-").FullName;
    private FakeDiscordServer? _discord;

    private FakeDiscordServer Discord => _discord!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    [Fact]
    public async Task StartedAsTheReadmeSays_RegistersTheSameCommandsTheTestsBuild()
    {
        using var bot = Start();

        var registration = await Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Wait);
        var milestones = ContentLoader.LoadValid(RepositoryPaths.Content).Milestones.Count;
        await bot.WaitForLineAsync($"Roadmap Coach is ready: {milestones} milestones loaded", Wait);

        await using var reference = await BotHarness.StartAsync();
        using var body = JsonDocument.Parse(registration.Body);
        Assert.Equal(JsonSerializer.Serialize(reference.Router.Definitions, DiscordJson.Options), body.RootElement.GetRawText());
    }

    [Fact]
    public async Task AMember_RunsNextDoneAndProgress_AndSeesTheirProgress()
    {
        using var bot = Start();
        await Discord.Gateway.WaitForIdentifiesAsync(1, Wait);

        var next = await InteractAsync(Command("next"));
        var done = await InteractAsync(Command("done", Option("milestone", "how-the-internet-works")));
        var progress = await InteractAsync(Command("progress"));

        using var nextJson = JsonDocument.Parse(next.Body);
        var data = nextJson.RootElement.GetProperty("data");
        Assert.Equal(4, nextJson.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal("Next: How the internet works", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.StartsWith("✅ Marked **How the internet works** as done.", Content(done), StringComparison.Ordinal);
        Assert.Contains("**1** done · **0** skipped", Embeds(progress), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_ClosesTheGatewayWith1000AndExits0_WithNoTokenInItsOutput()
    {
        using var bot = Start();
        await Discord.Gateway.WaitForIdentifiesAsync(1, Wait);
        var interaction = DiscordBotHarness.Prepare(Command("next"));
        await InteractAsync(interaction, prepared: true);

        var exitCode = await bot.StopAsync(Wait);

        Assert.Equal(0, exitCode);
        Assert.Equal(1000, Discord.Gateway.Closes[^1].Code);
        Assert.True(Discord.Gateway.Closes[^1].ByClient);
        Assert.NotEmpty(bot.Lines);
        Assert.DoesNotContain(bot.Lines, l => l.Contains(FakeRest.DefaultToken, StringComparison.Ordinal) || l.Contains(interaction.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FatalGatewayClose4004_SaysOnceWhatToFix_WithoutATrace_AndExits1()
    {
        using var bot = Start();
        await Discord.Gateway.WaitForIdentifiesAsync(1, Wait);

        await Discord.Gateway.CloseConnectionAsync(4004, "Authentication failed.");
        var exitCode = await bot.WaitForExitAsync(Wait);

        var lines = bot.Lines;
        var line = Assert.Single(lines, l => l.Contains("4004", StringComparison.Ordinal));
        Assert.Equal(1, exitCode);
        Assert.Contains("Roadmap Coach stopped: Discord closed the gateway with 4004 (authentication failed: the bot token is invalid)", line, StringComparison.Ordinal);
        Assert.Contains("reset it in the Developer Portal", line, StringComparison.Ordinal);
        Assert.Contains("set Discord__Token", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
        Assert.Equal(1, Discord.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task WrongToken_SaysSoOnce_WithoutATrace_AndExits1()
    {
        // Discord answers a wrong token with 401 on GET /gateway/bot, before any gateway connection.
        Discord.Gateway.ExpectedToken = "the-real-token";
        Discord.Rest.Token = "the-real-token";
        using var bot = Start();

        var exitCode = await bot.WaitForExitAsync(Wait);

        var lines = bot.Lines;
        var line = Assert.Single(lines, l => l.Contains("token", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, exitCode);
        Assert.Contains("Discord rejected the bot token (401)", line, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
        Assert.Equal(0, Discord.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task ExpiredInteraction_IsOneWarningLine_WithoutATrace()
    {
        using var bot = Start();
        await Discord.Gateway.WaitForIdentifiesAsync(1, Wait);
        var interaction = DiscordBotHarness.Prepare(Command("next"));
        Discord.Rest.Faults.ExpireInteraction(interaction.Id);

        await InteractAsync(interaction, prepared: true);
        await bot.WaitForLineAsync("10062", Wait);
        var exitCode = await bot.StopAsync(Wait);

        var lines = bot.Lines.ToList();
        var line = lines.FindIndex(l => l.Contains("10062", StringComparison.Ordinal));
        Assert.Equal(0, exitCode);
        Assert.Single(lines, l => l.Contains("10062", StringComparison.Ordinal));
        Assert.Contains($"Interaction {interaction.Id} (next) expired before its answer reached Discord", lines[line], StringComparison.Ordinal);
        // The console writes the level and category on the line above the message.
        Assert.StartsWith("warn: Roadmap.Bot.Hosting.Discord.InteractionResponder", lines[line - 1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await Discord.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private RunningBot Start() => RunningBot.Start(_folder, new Dictionary<string, string>
    {
        ["Discord__Token"] = FakeRest.DefaultToken,
        ["Discord__ApiBaseUrl"] = Discord.ApiBaseUri.ToString(),
        ["Database__Path"] = Path.Combine(_folder, "data", "roadmap.db"),
        ["Content__Folder"] = RepositoryPaths.Content,
    });

    private async Task<RecordedRequest> InteractAsync(Roadmap.Discord.Models.Interaction interaction, bool prepared = false)
    {
        var sent = prepared ? interaction : DiscordBotHarness.Prepare(interaction);
        await Discord.Gateway.DispatchAsync("INTERACTION_CREATE", JsonSerializer.SerializeToElement(sent, DiscordJson.Options));
        return await Discord.Rest.Requests.WaitForCallbackAsync(sent.Id, Wait);
    }

    private static string Content(RecordedRequest callback)
    {
        using var json = JsonDocument.Parse(callback.Body);
        return json.RootElement.GetProperty("data").GetProperty("content").GetString()!;
    }

    /// <summary>Every text in the reply's embeds (titles, descriptions, fields), as the member reads them.</summary>
    private static string Embeds(RecordedRequest callback)
    {
        using var json = JsonDocument.Parse(callback.Body);
        return string.Join('\n', Texts(json.RootElement.GetProperty("data").GetProperty("embeds")));

        static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
            _ => [],
        };
    }
}
