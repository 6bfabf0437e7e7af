using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Digests;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// The weekly digest end to end: the real host, Quartz and the fake Discord on one fake clock. What
/// Discord receives on Monday at 09:00 UTC, once, across a restart.
/// </summary>
public sealed class CohortDigestDiscordTests
{
    private const ulong Channel = 4_747;

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MondayAtNine_DiscordReceivesOneDigestInTheChannel_WithANonceAndNoMentions_EvenAfterARestart()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var cohort = (await bot.Host!.Services.GetRequiredService<CohortStore>().CreateAsync(
            new NewCohort(Roadmap.Testing.InteractionFactory.GuildId, "Winter 2026", null, BotHarness.Start.AddDays(-7), null, Channel, null), CancellationToken.None))!;
        await bot.StopBotAsync();
        bot.Clock!.Advance(Monday.AddMinutes(-2) - bot.Clock.GetUtcNow());
        await bot.StartBotAsync();

        await bot.AdvanceSweepingAsync(Monday);
        await bot.Sweeps.WaitForAsync(Monday, TimeSpan.FromSeconds(10), "challenge-due");
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await bot.AdvanceSweepingAsync(Monday.AddMinutes(2));
        await bot.Sweeps.WaitForAsync(Monday.AddMinutes(2), TimeSpan.FromSeconds(10), "challenge-due");

        var digests = bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage)
            .Where(r => JsonNode.Parse(r.Body)?["nonce"]?.GetValue<string>() == CohortDigest.Nonce(cohort.Id, Monday))
            .ToList();
        var digest = Assert.Single(digests);
        var body = JsonNode.Parse(digest.Body)!;
        Assert.Equal($"/api/v10/channels/{Channel}/messages", digest.Path);
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("This week in Winter 2026", body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.DoesNotContain("late", body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDigestWithItsPicture_IsOneMultipartMessage_CheckedAgainstTheSpec()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var cohort = (await bot.Host!.Services.GetRequiredService<CohortStore>().CreateAsync(
            new NewCohort(Roadmap.Testing.InteractionFactory.GuildId, "Winter 2026", null, BotHarness.Start.AddDays(-7), null, Channel, null), CancellationToken.None))!;
        await bot.InteractAsync(DiscordBotHarness.Prepare(CohortCalls.Cohort(Roadmap.Testing.InteractionFactory.MemberId, "join", CohortCalls.CohortId(cohort.Id))));
        await bot.CommandAsync("done", Roadmap.Testing.InteractionFactory.Option("milestone", "how-the-internet-works"));
        await bot.StopBotAsync();
        bot.Clock!.Advance(Monday.AddMinutes(-2) - bot.Clock.GetUtcNow());
        await bot.StartBotAsync();

        await bot.AdvanceSweepingAsync(Monday);
        await bot.Sweeps.WaitForAsync(Monday, TimeSpan.FromSeconds(10), "challenge-due");

        var digest = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage),
            r => JsonNode.Parse(r.Body)?["nonce"]?.GetValue<string>() == CohortDigest.Nonce(cohort.Id, Monday));
        Assert.Empty(Roadmap.Testing.OpenApi.OpenApiValidator.Discord.Validate(digest.Body, "MessageCreateRequest"));
        var upload = Assert.Single(digest.Files);
        Assert.Equal(("files[0]", "insights.png", "image/png"), (upload.PartName, upload.FileName, upload.ContentType));
        var attachment = JsonNode.Parse(digest.Body)!["attachments"]![0]!;
        Assert.Equal("insights.png", attachment["filename"]!.GetValue<string>());
        Assert.StartsWith("Members at each stage, Winter 2026 (1 who shares their progress)", attachment["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
