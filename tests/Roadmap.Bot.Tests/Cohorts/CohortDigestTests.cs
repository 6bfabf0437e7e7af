using System.Globalization;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Digests;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// The weekly digest (Mondays 09:00 UTC) through the sweep the Quartz job runs, on the fake clock:
/// posted once at its time, not again after a restart, late once after downtime, missed when more
/// than a week old, never naming private members, never in an archived cohort.
/// </summary>
public sealed class CohortDigestTests : IAsyncLifetime
{
    private const ulong Channel = 4_545;
    private const ulong Ada = 1101;
    private const ulong Grace = 1102;
    private const ulong Linus = 1103;

    // The clock starts on Sunday 22 November 2026 at 10:00 UTC; the next digest is due Monday 09:00.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void LatestDue_IsTheLastMondayAtNineUtc()
    {
        Assert.Equal(Monday.AddDays(-7), CohortDigestSchedule.LatestDue(BotHarness.Start));
        Assert.Equal(Monday, CohortDigestSchedule.LatestDue(Monday));
        Assert.Equal(Monday.AddDays(-7), CohortDigestSchedule.LatestDue(Monday.AddTicks(-1)));
        Assert.Equal(Monday, CohortDigestSchedule.LatestDue(Monday.AddDays(6).AddHours(23)));
    }

    [Fact]
    public async Task MondayAtNine_TheDigestIsPostedOnce_NamingOnlyMembersWhoShare_AndNotAgainAfterARestart()
    {
        var cohort = await ActiveCohortAsync();
        await JoinAsync(cohort, Ada, Grace, Linus);
        await FinishAsync(_bot, Ada, 2);
        await FinishAsync(_bot, Grace, 1);
        await _bot.RunAsAsync(Grace, "profile", ("visibility", "private"));

        Assert.Equal(0, await SweepAsync());
        _bot.Clock.Advance(Monday - _bot.Clock.GetUtcNow());
        Assert.Equal(1, await SweepAsync());
        var (channelId, message, nonce) = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        _bot = await _bot.RestartAsync();
        _bot.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await SweepAsync());
        Assert.Empty(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(Channel, channelId);
        Assert.Equal(CohortDigest.Nonce(cohort.Id, Monday), nonce);
        var digest = message.Embeds[0];
        Assert.Equal("This week in Winter 2026", digest.Title);
        Assert.Contains($"3 milestones by 2 members: <@{Ada}> and 1 more.", digest.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(Grace), Text(message), StringComparison.Ordinal);
        Assert.DoesNotContain(Id(Linus), Text(message), StringComparison.Ordinal);
        Assert.Contains($"1. <@{Ada}> · **2** (2 milestones, 0 accepted submissions)", message.Embeds[1].Description, StringComparison.Ordinal);
        Assert.Contains("And 1 more who keeps their progress private.", message.Embeds[1].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("late", digest.Footer!.Text, StringComparison.Ordinal);
        Assert.Equal(["sent"], await StatesAsync(cohort, Monday));
    }

    [Fact]
    public async Task OpenChallenge_IsListedWithItsDueDateAndHowManySubmitted()
    {
        var cohort = await ActiveCohortAsync();
        await _bot.SendAsync(ChallengeInteractions.Mod("post", [("cohort", cohort.Id.ToString(CultureInfo.InvariantCulture)), ("title", "Build a URL shortener"), ("due", "2026-11-30")]));
        _bot.Clock.Advance(Monday - _bot.Clock.GetUtcNow());

        Assert.Equal(1, await SweepAsync());

        var digest = _bot.Get<FakeChannelPoster>().Posts[^1].Message.Embeds[0].Description!;
        Assert.Matches(@"- \*\*Build a URL shortener\*\* \(#\d+\) · due <t:\d+:F> \(<t:\d+:R>\) · 0 submitted", digest);
        Assert.Contains("No milestones this week.", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeHoursDown_OverMondayNine_TheDigestIsPostedOnceAtTheNextStart_MarkedLate()
    {
        var cohort = await ActiveCohortAsync();
        _bot.Clock.Advance(Monday.AddHours(-1) - _bot.Clock.GetUtcNow());
        Assert.Equal(0, await SweepAsync());
        _bot.Clock.Advance(TimeSpan.FromHours(3));
        _bot = await _bot.RestartAsync();

        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        var (_, message, nonce) = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(CohortDigest.Nonce(cohort.Id, Monday), nonce);
        Assert.Contains("posted late", message.Embeds[0].Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownForMoreThanAWeek_LastWeeksDigestIsRecordedMissed_OnlyThisWeeksIsPosted()
    {
        var cohort = await ActiveCohortAsync();
        _bot = await _bot.RestartAsync();
        _bot.Clock.Advance(Monday.AddDays(8) - _bot.Clock.GetUtcNow());

        Assert.Equal(1, await SweepAsync());

        var (_, _, nonce) = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(CohortDigest.Nonce(cohort.Id, Monday.AddDays(7)), nonce);
        Assert.Equal(["missed"], await StatesAsync(cohort, Monday));
        Assert.Equal(["sent"], await StatesAsync(cohort, Monday.AddDays(7)));
    }

    [Fact]
    public async Task CrashAfterTheClaim_TheNextStartResendsWithTheSameNonce()
    {
        var cohort = await ActiveCohortAsync();
        _bot.Clock.Advance(Monday - _bot.Clock.GetUtcNow());
        _bot.Get<FakeChannelPoster>().Answer = _ => throw new IOException("the process died mid-request");
        await Assert.ThrowsAsync<IOException>(SweepAsync);
        _bot = await _bot.RestartAsync();
        _bot.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await SweepAsync());

        var (_, _, nonce) = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(CohortDigest.Nonce(cohort.Id, Monday), nonce);
        Assert.Equal(["sent"], await StatesAsync(cohort, Monday));
    }

    [Fact]
    public async Task ArchivedCohort_GetsNone_CohortWithoutAChannel_IsRecordedSkipped_RefusedPost_IsRecordedFailedWithTheCode()
    {
        var archived = await ActiveCohortAsync("Autumn 2026");
        await _bot.Get<CohortStore>().ArchiveAsync(Server, archived.Id, CancellationToken.None);
        var silent = await ActiveCohortAsync("Quiet 2026", channelId: null);
        var refused = await ActiveCohortAsync("Locked 2026", channelId: 4_646);
        _bot.Get<FakeChannelPoster>().Answer = _ => new ChannelPost(ChannelPostOutcome.MissingPermissions, ErrorCode: 50013, Reason: "Missing Permissions");
        _bot.Clock.Advance(Monday - _bot.Clock.GetUtcNow());

        Assert.Equal(0, await SweepAsync());

        var (channelId, _, _) = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(4_646UL, channelId);
        Assert.Empty(await StatesAsync(archived, Monday));
        Assert.Equal(["missed: the cohort has no channel to post its digest in"], await StatesAsync(silent, Monday, withReason: true));
        Assert.Equal(["failed 50013"], await StatesAsync(refused, Monday, withCode: true));
    }

    private Task<int> SweepAsync() => _bot.Get<CohortDigestSweep>().RunAsync(CancellationToken.None);

    /// <summary>A cohort that started a week before the clock's start, announcing in <see cref="Channel"/> unless told otherwise.</summary>
    [Fact]
    public async Task TheDigest_AttachesMembersPerStage_CountingOnlyMembersWhoShare()
    {
        var cohort = await ActiveCohortAsync();
        await JoinAsync(cohort, Ada, Grace, Linus);
        await FinishAsync(_bot, Ada, 1);
        await FinishAsync(_bot, Grace, 1);
        await _bot.RunAsAsync(Grace, "profile", ("visibility", "private"));
        _bot.Clock.Advance(Monday - _bot.Clock.GetUtcNow());

        Assert.Equal(1, await SweepAsync());

        var file = Assert.IsType<ReplyFile>(Assert.Single(_bot.Get<FakeChannelPoster>().Posts).Message.File);
        var stage = _bot.Get<Roadmap.Bot.Content.RoadmapContent>().Track.Stages[0].Title;
        Assert.Equal(("insights.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal($"Members at each stage, Winter 2026 (2 who share their progress): Not started yet 1, {stage} 1", file.Description);
        using var chart = SkiaSharp.SKBitmap.Decode(file.Content.ToArray());
        var band = Roadmap.Bot.Cohorts.Insights.InsightsChart.RowOf(1);
        Assert.Equal(Roadmap.Bot.Cohorts.Insights.InsightsChart.Bar, chart.GetPixel((int)(band.Right - 3), (int)band.MidY));
    }

    private async Task<Cohort> ActiveCohortAsync(string name = "Winter 2026", ulong? channelId = Channel) =>
        (await _bot.Get<CohortStore>().CreateAsync(new NewCohort(Server, name, null, BotHarness.Start.AddDays(-7), null, channelId, null), CancellationToken.None))!;

    private async Task JoinAsync(Cohort cohort, params ulong[] members)
    {
        foreach (var member in members)
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(cohort.Id)));
        }
    }

    private static string Id(ulong member) => member.ToString(CultureInfo.InvariantCulture);

    private static string Text(Reply message) => string.Join("\n", message.Embeds.Select(e => $"{e.Title}\n{e.Description}\n{e.Footer?.Text}"));

    /// <summary>The digest rows of the cohort for the due time, as <c>cohort_posts</c> keeps them.</summary>
    private async Task<List<string>> StatesAsync(Cohort cohort, DateTimeOffset dueAt, bool withReason = false, bool withCode = false)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, reason, error_code FROM cohort_posts WHERE kind = 'digest' AND subject_id = $cohort AND due_at = $due";
        command.Parameters.AddWithValue("$cohort", cohort.Id);
        command.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
        var states = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var state = reader.GetString(0);
            states.Add(withReason ? $"{state}: {reader.GetString(1)}" : withCode ? $"{state} {reader.GetInt64(2)}" : state);
        }

        return states;
    }
}
