using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using Roadmap.Testing.Rest;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// /mod cohort create with the real host against the fake Discord: the home message reaches the
/// channel; a channel where Discord answers 50013 gets an answer naming the permission and nothing is
/// created; a member without Manage Server who sends a crafted /mod call changes nothing.
/// </summary>
public sealed class CohortDiscordTests
{
    private const ulong Home = 1_234_567_890_123;

    /// <summary>
    /// The answer's content and whether only the caller sees it, as the member reads it: from the
    /// callback, or, when the bot deferred (a slow moment past Discord:DeferAfter), from the edit of
    /// the original that follows.
    /// </summary>
    private static async Task<(string Content, bool Ephemeral)> ModAsync(DiscordBotHarness bot, Interaction interaction)
    {
        var prepared = DiscordBotHarness.Prepare(interaction);
        var callback = JsonNode.Parse((await bot.InteractAsync(prepared)).Body)!;
        var ephemeral = callback["data"]?["flags"]?.GetValue<int>() == 64;
        if (callback["type"]!.GetValue<int>() != 5)
        {
            return (callback["data"]!["content"]!.GetValue<string>(), ephemeral);
        }

        var edit = await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.EditOriginal && r.Path.Contains(prepared.Token, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return (JsonNode.Parse(edit.Body)!["content"]!.GetValue<string>(), ephemeral);
    }

    private static async Task<IReadOnlyList<Cohort>> StoredAsync(DiscordBotHarness bot) =>
        await bot.Host!.Services.GetRequiredService<CohortStore>().ListAsync(InteractionFactory.GuildId, includeArchived: true, CancellationToken.None);

    private static Interaction Create(string permissions = ManageServer) =>
        Mod("cohort", "create", [Typed("name", "Spring 2027"), Typed("starts", "2027-03-01 18:00"), Channel("channel", Home)], permissions: permissions);

    [Fact]
    public async Task Create_WithAChannel_PostsTheHomeMessageThere_WithoutMentions()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", InteractionFactory.Option("timezone", "Europe/Berlin"));

        var (answer, ephemeral) = await ModAsync(bot, Create());

        var message = Assert.Single(bot.Discord.Rest.Messages.In(Home));
        Assert.StartsWith("📚 This channel is now the home of the cohort **Spring 2027**", message["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("✅ Created the cohort **Spring 2027**.", answer, StringComparison.Ordinal);
        Assert.True(ephemeral);
        Assert.Equal(Home, Assert.Single(await StoredAsync(bot)).ChannelId);
    }

    [Fact]
    public async Task Create_DiscordAnswers50013ForTheChannel_NamesSendMessagesAndEmbedLinks_AndCreatesNothing()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", InteractionFactory.Option("timezone", "Europe/Berlin"));
        bot.Discord.Rest.Faults.InjectErrorBody(403, """{"code":50013,"message":"Missing Permissions"}""", FakeRoutes.CreateMessage);

        var (content, ephemeral) = await ModAsync(bot, Create());

        Assert.Contains("Missing Permissions", content, StringComparison.Ordinal);
        Assert.Contains("**Send Messages** and **Embed Links**", content, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was created.", content, StringComparison.Ordinal);
        Assert.True(ephemeral);
        Assert.Empty(await StoredAsync(bot));
        Assert.Empty(bot.Discord.Rest.Messages.In(Home));
    }

    [Fact]
    public async Task Create_CraftedByAMemberWithoutManageServer_IsRefused_NothingPostedOrWritten()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", InteractionFactory.Option("timezone", "Europe/Berlin"));

        var (answer, ephemeral) = await ModAsync(bot, Create(permissions: "2048"));   // Send Messages only

        Assert.StartsWith("Only moderators can do this", answer, StringComparison.Ordinal);
        Assert.True(ephemeral);
        Assert.Empty(await StoredAsync(bot));
        Assert.Equal(0, bot.Discord.Rest.Messages.Count);
    }
}
