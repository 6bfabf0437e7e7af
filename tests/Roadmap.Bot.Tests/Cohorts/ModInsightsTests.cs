using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Content;
using Roadmap.Bot.Members;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;
using SkiaSharp;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// /mod insights: members per stage (their furthest done milestone) and the milestones in progress
/// longest, private members counted not read, the chart with its alt text, and the refusals.
/// </summary>
public sealed class ModInsightsTests : IAsyncLifetime
{
    private const ulong Ada = 1001;
    private const ulong Grace = 1002;
    private const ulong Linus = 1003;
    private const ulong Margaret = 1004;
    private const ulong Ken = 1005;
    private const ulong Alan = 1006;

    private BotHarness _bot = null!;

    private RoadmapContent Content => _bot.Get<RoadmapContent>();

    private IReadOnlyList<Milestone> Milestones => Content.Milestones;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>
    /// Spring: Ada did 1 milestone, Grace the whole first stage and one more, Linus and Ken none, Margaret
    /// (private) 5. Linus started the first milestone 14 days ago, Ken 4 days after him, Ada the second
    /// 4 days ago; Margaret and Alan (not in the cohort) started milestones too, which must not count.
    /// </summary>
    private async Task<Roadmap.Bot.Cohorts.Cohort> SpringAsync()
    {
        var spring = await CreateAsync(_bot);
        foreach (var member in new[] { Ada, Grace, Linus, Margaret, Ken })
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(spring.Id)));
        }

        await _bot.RunAsAsync(Margaret, "profile", ("visibility", "private"));
        await FinishAsync(_bot, Ada, 1);
        await FinishAsync(_bot, Grace, Content.MilestonesOf(Content.Track.Stages[0]).Count() + 1);
        await FinishAsync(_bot, Margaret, 5);
        await _bot.RunAsAsync(Linus, "start", ("milestone", Milestones[0].Id));
        await _bot.RunAsAsync(Alan, "start", ("milestone", Milestones[0].Id));
        await _bot.RunAsAsync(Margaret, "start", ("milestone", Milestones[5].Id));
        _bot.Clock.Advance(TimeSpan.FromDays(10));
        await _bot.RunAsAsync(Ken, "start", ("milestone", Milestones[0].Id));
        await _bot.RunAsAsync(Ada, "start", ("milestone", Milestones[1].Id));
        _bot.Clock.Advance(TimeSpan.FromDays(4));
        return spring;
    }

    [Fact]
    public async Task Cohort_StagesAndStalls_PrivateMemberCountedNotRead()
    {
        var spring = await SpringAsync();
        var stages = Content.Track.Stages;

        var reply = await _bot.SendAsync(Mod("insights", CohortId(spring.Id)));

        Assert.True(reply.Ephemeral);
        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Insights: Spring 2027", embed.Title);
        Assert.Equal(
            $"""
            **Members at each stage**
            Not started yet: 2
            {stages[0].Title}: 1
            {stages[1].Title}: 1

            **In progress the longest**
            1. **{Milestones[0].Title}** ({stages[0].Title}) · 2 members, open 9 days on average, the longest 14 days
            2. **{Milestones[1].Title}** ({Content.StageOf(Milestones[1]).Title}) · 1 member, open 4 days on average, the longest 4 days

            And 1 more keeps their progress private.
            """.ReplaceLineEndings("\n"),
            embed.Description);
    }

    [Fact]
    public async Task WholeServer_CountsEveryoneSeenHere()
    {
        await SpringAsync();
        // Alan used the bot in this server without joining the cohort, as the Discord worker records it.
        await _bot.Get<GuildMemberStore>().RecordSeenAsync(Server, Alan, CancellationToken.None);

        var text = BotHarness.Text(await _bot.SendAsync(Mod("insights")));

        Assert.Contains($"1. **{Milestones[0].Title}** ({Content.Track.Stages[0].Title}) · 3 members", text, StringComparison.Ordinal);
        Assert.Contains("And 1 more keeps their progress private.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picture_BarsAsLongAsTheCounts_WithAltText()
    {
        var spring = await SpringAsync();
        var stages = Content.Track.Stages;

        var reply = await _bot.SendAsync(Mod("insights", CohortId(spring.Id)));

        var file = Assert.IsType<ReplyFile>(reply.File);
        Assert.Equal(("insights.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal("attachment://insights.png", reply.Embeds[0].Image?.Url);
        Assert.Equal(
            $"Members at each stage, Spring 2027 (4 who share their progress): Not started yet 2, {stages[0].Title} 1, {stages[1].Title} 1",
            file.Description);
        using var chart = SKBitmap.Decode(file.Content.ToArray());
        Assert.Equal((InsightsChart.Width, InsightsChart.HeightFor(stages.Count + 1)), (chart.Width, chart.Height));
        // Row 0 (not started, 2) is the longest bar and fills its band; rows 1 and 2 (1 each) fill half; row 3 (none) is empty.
        Assert.Equal(InsightsChart.NotStartedBar, At(chart, 0, 0.98f));
        Assert.Equal(InsightsChart.Bar, At(chart, 1, 0.45f));
        Assert.Equal(InsightsChart.Bar, At(chart, 2, 0.45f));
        Assert.Equal(PictureCanvas.Background, At(chart, 1, 0.6f));
        Assert.Equal(PictureCanvas.Background, At(chart, 3, 0.02f));
    }

    [Fact]
    public async Task NoModerator_IsRefused()
    {
        var spring = await CreateAsync(_bot);
        var call = Mod("insights", CohortId(spring.Id));

        var reply = await _bot.SendAsync(call with { Member = call.Member! with { Permissions = NoPermissions } });

        Assert.True(reply.Ephemeral);
        Assert.Empty(reply.Embeds);
        Assert.StartsWith("Only moderators can do this", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CohortFromAnotherServer_IsUnknown_ArchivedIsSaid()
    {
        var elsewhere = await CreateAsync(_bot, "Elsewhere", OtherServer);
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Mod("cohort", "archive", CohortId(spring.Id)));

        var unknown = await _bot.SendAsync(Mod("insights", CohortId(elsewhere.Id)));
        var archived = await _bot.SendAsync(Mod("insights", CohortId(spring.Id)));

        Assert.StartsWith($"There is no cohort `{elsewhere.Id}` in this server.", unknown.Content, StringComparison.Ordinal);
        Assert.StartsWith("**Spring 2027** is archived", archived.Content, StringComparison.Ordinal);
        Assert.True(unknown.Ephemeral && archived.Ephemeral);
        Assert.Null(unknown.File);
    }

    [Fact]
    public async Task PicturesOff_OnDiscord_TheSameTextAndNoFile()
    {
        await using var bot = await DiscordBotHarness.StartAsync(services => services.Configure<PicturesOptions>(o => o.Enabled = false));
        await bot.CommandAsync("done", InteractionFactory.Option("milestone", "how-the-internet-works"));
        // What the worker's flusher writes within a second, written now so the test does not wait for it.
        await bot.Host!.Services.GetRequiredService<GuildMemberStore>().RecordSeenAsync(InteractionFactory.GuildId, InteractionFactory.MemberId, CancellationToken.None);

        var callback = await bot.InteractAsync(DiscordBotHarness.Prepare(Mod("insights")));

        Assert.Empty(callback.Files);
        using var json = JsonDocument.Parse(callback.Body);
        var data = json.RootElement.GetProperty("data");
        Assert.False(data.TryGetProperty("attachments", out _));
        var embed = data.GetProperty("embeds")[0];
        Assert.False(embed.TryGetProperty("image", out _));
        var stage = bot.Host!.Services.GetRequiredService<RoadmapContent>().Track.Stages[0].Title;
        Assert.Contains($"{stage}: 1", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PicturesOn_OnDiscord_SendsInsightsPngAsMultipart()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("done", InteractionFactory.Option("milestone", "how-the-internet-works"));
        // What the worker's flusher writes within a second, written now so the test does not wait for it.
        await bot.Host!.Services.GetRequiredService<GuildMemberStore>().RecordSeenAsync(InteractionFactory.GuildId, InteractionFactory.MemberId, CancellationToken.None);

        var callback = await bot.InteractAsync(DiscordBotHarness.Prepare(Mod("insights")));

        Assert.Empty(Roadmap.Testing.OpenApi.OpenApiValidator.Discord.Validate(callback.Body, "CreateMessageInteractionCallbackRequest"));
        var upload = Assert.Single(callback.Files);
        Assert.Equal(("insights.png", "image/png"), (upload.FileName, upload.ContentType));
        using var json = JsonDocument.Parse(callback.Body);
        Assert.Equal("attachment://insights.png", json.RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
    }

    /// <summary>A pixel in a row's bar band, at a share of the band's width from its left end.</summary>
    private static SKColor At(SKBitmap chart, int row, float share)
    {
        var band = InsightsChart.RowOf(row);
        return chart.GetPixel((int)(band.Left + (share * band.Width)), (int)band.MidY);
    }
}
