using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Testing;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>The real host against the fake Discord: what members do, and exactly what Discord receives.</summary>
public sealed class DiscordEndToEndTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Ready_RegistersCommandsToTheDevServer_AndSkipsWhenUnchanged()
    {
        await using var bot = await DiscordBotHarness.StartAsync(devGuildId: 4242);

        var first = await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.BulkOverwriteGuildCommands, Wait);
        using var body = JsonDocument.Parse(first.Body);
        var expected = JsonSerializer.Serialize(bot.Router.Definitions, DiscordJson.Options);
        Assert.Equal($"/api/v10/applications/{FakeGateway.ApplicationId}/guilds/4242/commands", first.Path);
        Assert.Equal(expected, body.RootElement.GetRawText());
        await WaitForLogAsync(bot, $"Registered {bot.Router.Definitions.Count} commands (guild:4242)");

        await bot.StopBotAsync();
        await bot.StartBotAsync(devGuildId: 4242);
        await WaitForLogAsync(bot, "are already registered; skipping the call");

        Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.BulkOverwriteGuildCommands));
        Assert.Empty(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.BulkOverwriteGlobalCommands));
    }

    [Fact]
    public async Task Ready_WithoutDevServer_RegistersGlobally()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var request = await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Wait);

        Assert.Equal($"/api/v10/applications/{FakeGateway.ApplicationId}/commands", request.Path);
    }

    [Fact]
    public async Task NextDoneProgress_AMemberOnDiscord_SeesTheirProgressAndDiscordGetsExactJson()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var next = await bot.CommandAsync("next");
        var done = await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));
        var progress = await bot.CommandAsync("progress");

        using var nextJson = JsonDocument.Parse(next.Body);
        Assert.Equal(4, nextJson.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, nextJson.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("""{"parse":[]}""", nextJson.RootElement.GetProperty("data").GetProperty("allowed_mentions").GetRawText());
        Assert.Equal("Next: How the internet works", nextJson.RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.StartsWith("""{"type":4,"data":{"content":"✅ Marked **How the internet works** as done. Track: """, Unescaped(done.Body), StringComparison.Ordinal);
        Assert.Contains("**1** done · **0** skipped", Unescaped(progress.Body), StringComparison.Ordinal);
        Assert.All(new[] { next, done, progress }, r => Assert.Empty(Roadmap.Testing.OpenApi.OpenApiValidator.Discord.Validate(r.Body, "CreateMessageInteractionCallbackRequest")));
    }

    [Fact]
    public async Task DoneButton_OnAnEarlierReply_RecordsTheCompletion()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var card = await bot.CommandAsync("step", Option("milestone", "git-basics"));
        using var cardJson = JsonDocument.Parse(card.Body);
        var doneButton = cardJson.RootElement.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray()
            .Single(b => b.GetProperty("label").GetString() == "Done").GetProperty("custom_id").GetString()!;

        var click = await bot.InteractAsync(DiscordBotHarness.Prepare(ClickBy(MemberId, "ada", doneButton)));
        var progress = await bot.CommandAsync("progress");

        Assert.Equal("v1:progress:done:git-basics", doneButton);
        Assert.StartsWith("""{"type":4,"data":{"content":"✅ Marked **Git basics** as done.""", Unescaped(click.Body), StringComparison.Ordinal);
        Assert.Contains("**1** done", Unescaped(progress.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_ByPrefixAndByTypo_AnswersWithChoices()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var prefix = await bot.InteractAsync(DiscordBotHarness.Prepare(Autocomplete("step", Option("milestone", "dns", focused: true))));
        var typo = await bot.InteractAsync(DiscordBotHarness.Prepare(Autocomplete("step", Option("milestone", "reids", focused: true))));

        Assert.StartsWith("""{"type":8,"data":{"choices":[{"name":"DNS and domain names (dns-and-domains)","value":"dns-and-domains"}""", prefix.Body, StringComparison.Ordinal);
        Assert.StartsWith("""{"type":8,"data":{"choices":[{"name":"Redis (redis)","value":"redis"}""", typo.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowHandler_IsDeferredThenTheOriginalIsEdited()
    {
        var slow = new SlowCommand();
        await using var bot = await DiscordBotHarness.StartAsync(services => services.AddSingleton<ISlashCommand>(slow));
        var interaction = DiscordBotHarness.Prepare(Command("slow"));

        var deferral = await bot.InteractAsync(interaction);
        slow.Release.SetResult();
        var edit = await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.EditOriginal, Wait);

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", deferral.Body);
        Assert.Equal($"/api/v10/webhooks/{FakeGateway.ApplicationId}/{interaction.Token}/messages/@original", edit.Path);
        Assert.Equal("""{"content":"Finally done.","allowed_mentions":{"parse":[]}}""", edit.Body);
    }

    [Fact]
    public async Task AnsweredInteractions_AreCountedAndTimedOnTheBotsMeter()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        using var interactions = bot.Collect<long>(BotMetrics.MeterName, BotMetrics.InteractionsName);
        using var sent = bot.Collect<double>(BotMetrics.MeterName, BotMetrics.AnswerTimeName);
        using var accepted = bot.Collect<double>(BotMetrics.MeterName, BotMetrics.AcceptedTimeName);

        await bot.CommandAsync("next");
        await bot.CommandAsync("progress");

        // The time is recorded once Discord has accepted the callback, just after the fake saw it.
        await sent.WaitForMeasurementsAsync(2, Wait);
        await accepted.WaitForMeasurementsAsync(2, Wait);
        Assert.Equal(2, interactions.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.All(sent.GetMeasurementSnapshot(), m => Assert.InRange(m.Value, 1e-7, Wait.TotalSeconds));
        Assert.InRange(accepted.GetMeasurementSnapshot().Max(m => m.Value), sent.GetMeasurementSnapshot().Max(m => m.Value), Wait.TotalSeconds);
    }

    [Fact]
    public async Task ExpiredInteraction_CountsAFailedAnswerWithItsCode()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        using var failed = bot.Collect<long>(BotMetrics.MeterName, BotMetrics.FailedAnswersName);
        var interaction = DiscordBotHarness.Prepare(Command("next"));
        bot.Discord.Rest.Faults.ExpireInteraction(interaction.Id);

        var callback = await bot.InteractAsync(interaction);
        await failed.WaitForMeasurementsAsync(1, Wait);

        Assert.Equal(404, callback.Status);
        var measurement = Assert.Single(failed.GetMeasurementSnapshot());
        Assert.Equal("10062", measurement.Tags["error.type"]);
    }

    [Fact]
    public async Task RateLimitedCallback_IsCountedOnTheDiscordMeterAndStillAnswered()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        using var limited = bot.Collect<long>(DiscordMeter.Name, "roadmap.discord.rest.rate_limited");
        bot.Discord.Rest.Faults.ForceRateLimit(1, TimeSpan.FromMilliseconds(50), route: FakeRoutes.InteractionCallback);
        var interaction = DiscordBotHarness.Prepare(Command("next"));

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", JsonSerializer.SerializeToElement(interaction, DiscordJson.Options));
        await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.InteractionCallback && r.Status == 204 && r.Subject == interaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Wait);

        var measurement = Assert.Single(limited.GetMeasurementSnapshot());
        Assert.Equal("user", measurement.Tags["discord.rate_limit.scope"]);
        Assert.Equal("POST /interactions/{interaction_id}/{interaction_token}/callback", measurement.Tags["discord.route"]);
    }

    [Fact]
    public async Task DroppedGatewayConnection_IsCountedAsAReconnectOnTheDiscordMeter()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        using var reconnects = bot.Collect<long>(DiscordMeter.Name, "roadmap.discord.gateway.reconnects");
        // Registration follows READY: the session exists, so the drop is resumed.
        await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Wait);

        await bot.Discord.Gateway.DropConnectionAsync();
        await bot.Discord.Gateway.WaitForResumesAsync(1, Wait);

        var measurement = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal("resume", measurement.Tags["discord.gateway.reconnect"]);
    }

    [Fact]
    public async Task ThrowingHandler_StillAnswersWithAnApologyAndAReferenceInTheLog()
    {
        await using var bot = await DiscordBotHarness.StartAsync(services => services.AddSingleton<ISlashCommand>(new BrokenCommand()));

        var reply = await bot.CommandAsync("broken");

        using var json = JsonDocument.Parse(reply.Body);
        var content = json.RootElement.GetProperty("data").GetProperty("content").GetString()!;
        var reference = content.Split('`')[1];
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Sorry, something went wrong on our side.", content, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", content, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.Contains(reference, StringComparison.Ordinal) && l.Contains("Simulated fault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FullRun_LogsNeverContainTheBotTokenOrInteractionTokens()
    {
        await using var bot = await DiscordBotHarness.StartAsync(services => services.AddSingleton<ISlashCommand>(new BrokenCommand()));
        var tokens = new List<string> { FakeRest.DefaultToken };
        foreach (var interaction in new[] { Command("next"), Command("broken"), Command("done", Option("milestone", "nope")) }.Select(DiscordBotHarness.Prepare))
        {
            tokens.Add(interaction.Token);
            await bot.InteractAsync(interaction);
        }

        await bot.StopBotAsync();

        Assert.NotEmpty(bot.Logs.Lines);
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Shutdown_ClosesTheGatewayWith1000()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        await bot.StopBotAsync();

        await bot.Discord.Gateway.WaitUntilAsync(g => g.Closes.Count > 0, "a close", Wait);
        Assert.Equal(1000, bot.Discord.Gateway.Closes[^1].Code);
        Assert.True(bot.Discord.Gateway.Closes[^1].ByClient);
    }

    [Fact]
    public async Task Shutdown_WithAnInteractionInFlight_FinishesItBeforeStopping()
    {
        var slow = new SlowCommand();
        await using var bot = await DiscordBotHarness.StartAsync(services => services.AddSingleton<ISlashCommand>(slow));
        var interaction = DiscordBotHarness.Prepare(Command("slow"));
        await bot.InteractAsync(interaction);

        var stopping = bot.StopBotAsync();
        await bot.Discord.Gateway.WaitUntilAsync(g => g.Closes.Count > 0, "the gateway closing", Wait);
        Assert.False(stopping.IsCompleted);
        slow.Release.SetResult();
        await stopping;

        var edit = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.EditOriginal));
        Assert.Contains("Finally done.", edit.Body, StringComparison.Ordinal);
        Assert.Equal(1000, bot.Discord.Gateway.Closes[^1].Code);
    }

    [Fact]
    public async Task CommandInAServer_RecordsTheServerForTheMember()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        await bot.CommandAsync("next");

        // The server is noted after the answer is sent and written within a second, so the answer is never held up by it.
        var store = bot.Host!.Services.GetRequiredService<Roadmap.Bot.Members.GuildMemberStore>();
        var until = DateTime.UtcNow + Wait;
        IReadOnlyList<Roadmap.Bot.Members.GuildMemberRow> guilds;
        while ((guilds = await store.GuildsOfAsync(MemberId, CancellationToken.None)).Count == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        Assert.Equal([GuildId], guilds.Select(g => g.GuildId));
    }

    [Fact]
    public async Task Shutdown_RightAfterACommand_StillRecordsTheServer()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var store = bot.Host!.Services.GetRequiredService<Roadmap.Bot.Members.GuildMemberStore>();

        await bot.CommandAsync("next");
        await bot.StopBotAsync();

        // Servers are written at most a second after the answer; stopping writes what is still noted.
        Assert.Equal([GuildId], (await store.GuildsOfAsync(MemberId, CancellationToken.None)).Select(g => g.GuildId));
    }

    private static readonly JsonSerializerOptions Readable = new(TestJson.Reflection) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body with escapes such as \u2705 turned back into the characters a user sees.</summary>
    private static string Unescaped(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Readable);

    private static async Task WaitForLogAsync(DiscordBotHarness bot, string text)
    {
        var until = DateTime.UtcNow + Wait;
        while (!bot.Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < until, $"No log line containing: {text}\n" + string.Join("\n", bot.Logs.Lines.Where(l => !l.StartsWith("Trace", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal))));
            await Task.Delay(20);
        }
    }
}
