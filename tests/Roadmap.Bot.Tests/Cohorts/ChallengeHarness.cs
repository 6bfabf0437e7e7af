using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>The bot (router level) with a cohort already made through <see cref="CohortStore"/>, and short ways to post and submit.</summary>
internal sealed class ChallengeHarness : IAsyncDisposable
{
    public const ulong Server = InteractionFactory.GuildId;
    public const ulong OtherServer = 99;
    public const ulong Channel = 4_242;
    public const ulong Ada = 601;
    public const ulong Grace = 602;
    public const ulong Linus = 603;

    private ChallengeHarness(BotHarness bot) => Bot = bot;

    public BotHarness Bot { get; }

    public FakeChannelPoster Poster => Bot.Get<FakeChannelPoster>();

    public ChallengeStore Store => Bot.Get<ChallengeStore>();

    public CohortStore Cohorts => Bot.Get<CohortStore>();

    public static async Task<ChallengeHarness> StartAsync() => new(await BotHarness.StartAsync());

    /// <summary>A cohort starting 2026-12-01 (the clock reads 2026-11-22), announcing in <see cref="Channel"/> unless told otherwise.</summary>
    public async Task<Cohort> CohortAsync(string name = "Winter 2026", ulong? channelId = Channel, ulong guildId = Server, DateTimeOffset? startsAt = null) =>
        (await Cohorts.CreateAsync(new NewCohort(guildId, name, null, startsAt ?? new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), null, channelId, null), CancellationToken.None))!;

    public Task<Reply> ModAsync(string sub, params (string Name, object Value)[] options) =>
        Bot.SendAsync(ChallengeInteractions.Mod(sub, options));

    public Task<Reply> MemberAsync(ulong userId, string sub, params (string Name, object Value)[] options) =>
        Bot.SendAsync(ChallengeInteractions.Member(userId, sub, options));

    /// <summary>Posts a challenge due 2026-12-15 (end of day, UTC) in the cohort and returns it.</summary>
    public async Task<Challenge> PostAsync(Cohort cohort, string title = "Build a URL shortener")
    {
        var reply = await Bot.SendAsync(ChallengeInteractions.Mod("post", [("cohort", Id(cohort)), ("title", title), ("due", "2026-12-15")], guildId: cohort.GuildId));
        Assert.StartsWith("Posted", reply.Content, StringComparison.Ordinal);
        return (await Store.ListAsync(cohort.GuildId, cohort.Id, 100, CancellationToken.None)).Single(c => c.Title == title);
    }

    public Task<Reply> SubmitAsync(ulong userId, Challenge challenge, string link, string? note = null) =>
        note is null
            ? MemberAsync(userId, "submit", ("challenge", Id(challenge)), ("link", link))
            : MemberAsync(userId, "submit", ("challenge", Id(challenge)), ("link", link), ("note", note));

    public Task<Reply> ReviewAsync(Challenge challenge, ulong memberId, string verdict, string? feedback = null) =>
        feedback is null
            ? ModAsync("review", ("challenge", Id(challenge)), ("member", memberId), ("verdict", verdict))
            : ModAsync("review", ("challenge", Id(challenge)), ("member", memberId), ("verdict", verdict), ("feedback", feedback));

    public static string Id(Challenge challenge) => challenge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Id(Cohort cohort) => cohort.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many challenges the server has, of every cohort, archived ones included.</summary>
    public async Task<long> ChallengeCountAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Bot.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM challenges";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every submission row (replaced ones too) of the member.</summary>
    public async Task<long> SubmissionRowsAsync(ulong memberId)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Bot.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM challenge_submissions WHERE member_id = $member";
        command.Parameters.AddWithValue("$member", (long)memberId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The members join the cohort with /cohort join.</summary>
    public async Task JoinAsync(Cohort cohort, params ulong[] members)
    {
        foreach (var member in members)
        {
            await Bot.SendAsync(CohortCalls.Cohort(member, "join", CohortCalls.CohortId(cohort.Id)));
        }
    }

    /// <summary>The member finishes, with /done, the milestones at these places in the roadmap.</summary>
    public async Task DoneAsync(ulong member, params int[] milestones)
    {
        var all = Bot.Get<RoadmapContent>().Milestones;
        foreach (var index in milestones)
        {
            await Bot.RunAsAsync(member, "done", ("milestone", all[index].Id));
        }
    }

    /// <summary>The member submits to the challenge and a moderator accepts it.</summary>
    public async Task AcceptedAsync(Challenge challenge, ulong member)
    {
        await SubmitAsync(member, challenge, $"https://github.com/m{member}/shortener");
        Assert.StartsWith("Recorded", (await ReviewAsync(challenge, member, "accepted")).Content, StringComparison.Ordinal);
    }

    /// <summary>A row of /mod leaderboard as the card shows it.</summary>
    public static string ScoreLine(ulong member, int place, int done, int accepted) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{place}. <@{member}> · **{done + accepted}** ({done} {(done == 1 ? "milestone" : "milestones")}, {accepted} accepted {(accepted == 1 ? "submission" : "submissions")})");

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
