using Dapper;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Privacy;

public sealed class PrivacyStoreTests : IAsyncLifetime
{
    private const ulong Member = 18446744073709551615UL;
    private const ulong Other = 9223372036854775808UL;
    private TestDatabase _database = null!;

    private PrivacyStore Privacy => _database.Get<PrivacyStore>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SeedAsync(Member, sharedGuild: 500, ownGuild: 100);
        await SeedAsync(Other, sharedGuild: 500, ownGuild: 200);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ExportAsync_Member_HoldsEveryRowAboutThemInEveryTable()
    {
        var export = await Privacy.ExportAsync(Member, CancellationToken.None);

        await using var connection = await _database.OpenAsync();
        var inDatabase = await MemberTables.CountRowsAsync(connection, Member);
        var inExport = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["members"] = export.Member is null ? 0 : 1,
            ["progress"] = export.Progress.Count,
            ["progress_events"] = export.ProgressEvents.Count,
            ["guild_members"] = export.GuildMembers.Count,
            ["nudge_settings"] = export.NudgeSettings is null ? 0 : 1,
            ["nudges"] = export.Nudges.Count,
            ["cohort_members"] = export.CohortMembers.Count,
            ["cohort_completions"] = export.CohortCompletions.Count,
            ["challenge_members"] = export.ChallengeMembers.Count,
            ["challenge_submissions"] = export.ChallengeSubmissions.Count,
        };
        Assert.Equal(inDatabase.OrderBy(t => t.Key), inExport.OrderBy(t => t.Key));
        Assert.All(inDatabase, table => Assert.True(table.Value > 0, $"The test data has no {table.Key} row for the member."));
    }

    [Fact]
    public async Task ExportAsync_Member_HoldsNothingOfOtherMembers()
    {
        var export = await Privacy.ExportAsync(Member, CancellationToken.None);

        Assert.Equal(Member, export.Member?.Id);
        Assert.All(export.Progress, row => Assert.Equal(Member, row.MemberId));
        Assert.All(export.ProgressEvents, row => Assert.Equal(Member, row.MemberId));
        Assert.All(export.GuildMembers, row => Assert.Equal(Member, row.MemberId));
        Assert.Equal(Member, export.NudgeSettings?.MemberId);
        Assert.All(export.Nudges, row => Assert.Equal(Member, row.MemberId));
        Assert.All(export.CohortMembers, row => Assert.Equal(Member, row.MemberId));
        Assert.All(export.ChallengeMembers, row => Assert.Equal(Member, row.MemberId));
        Assert.All(export.ChallengeSubmissions, row => Assert.Equal(Member, row.MemberId));
        Assert.DoesNotContain(Other.ToString(System.Globalization.CultureInfo.InvariantCulture), export.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_ToJson_WritesIdsAsStringsAndStatusesAsStored()
    {
        var json = (await Privacy.ExportAsync(Member, CancellationToken.None)).ToJson();

        Assert.Contains("\"member_id\": \"18446744073709551615\"", json, StringComparison.Ordinal);
        Assert.Contains("\"visibility\": \"private\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"done\"", json, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"my notes on step-b\"", json, StringComparison.Ordinal);
        Assert.Contains("\"progress_events\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"guild_id\": \"500\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nudge_settings\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"day_of_week\": 5", json, StringComparison.Ordinal);
        Assert.Contains("\"local_time\": 1110", json, StringComparison.Ordinal);
        Assert.Contains("\"state\": \"failed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"error_code\": 50007", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_UnknownMember_IsEmpty()
    {
        var export = await Privacy.ExportAsync(42, CancellationToken.None);

        Assert.Null(export.Member);
        Assert.Empty(export.Progress);
        Assert.Empty(export.ProgressEvents);
        Assert.Empty(export.GuildMembers);
        Assert.Null(export.NudgeSettings);
        Assert.Empty(export.Nudges);
    }

    [Fact]
    public async Task ForgetAsync_Member_LeavesNoRowAboutThemInAnyTable()
    {
        await using var connection = await _database.OpenAsync();
        var before = await MemberTables.CountRowsAsync(connection, Member);

        var deleted = await Privacy.ForgetAsync(Member, CancellationToken.None);

        var after = await MemberTables.CountRowsAsync(connection, Member);
        Assert.All(after, table => Assert.True(table.Value == 0, $"{table.Value} row(s) about the member are left in {table.Key}."));
        Assert.Equal(before.Values.Sum(), deleted);
        Assert.Null(await _database.Get<MemberStore>().FindAsync(Member, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_Member_LeavesOtherMembersIntact()
    {
        await using var connection = await _database.OpenAsync();
        var countsBefore = await MemberTables.CountRowsAsync(connection, Other);
        var exportBefore = (await Privacy.ExportAsync(Other, CancellationToken.None)).ToJson();

        await Privacy.ForgetAsync(Member, CancellationToken.None);

        Assert.Equal(countsBefore, await MemberTables.CountRowsAsync(connection, Other));
        Assert.Equal(exportBefore, (await Privacy.ExportAsync(Other, CancellationToken.None)).ToJson());
    }

    [Fact]
    public async Task ForgetAsync_Twice_DeletesNothingTheSecondTime()
    {
        await Privacy.ForgetAsync(Member, CancellationToken.None);

        Assert.Equal(0, await Privacy.ForgetAsync(Member, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_ThenUsingTheBotAgain_StartsFromNothing()
    {
        await Privacy.ForgetAsync(Member, CancellationToken.None);

        var outcome = await _database.Get<ProgressService>().UndoAsync(Member, _database.Milestone("language"), CancellationToken.None);
        var statuses = await _database.Get<ProgressStore>().StatusesAsync(Member, CancellationToken.None);

        Assert.Equal(ProgressOutcomeKind.NothingToUndo, outcome.Kind);
        Assert.Equal(Roadmap.Bot.Progress.MilestoneStatus.NotStarted, statuses.Of("language"));
    }

    private async Task SeedAsync(ulong memberId, ulong sharedGuild, ulong ownGuild)
    {
        var progress = _database.Get<ProgressService>();
        var guilds = _database.Get<GuildMemberStore>();
        await _database.Get<MemberStore>().UpdateSettingsAsync(memberId, m => m with { Stack = "go", TimeZone = "Asia/Tokyo", WeeklyHours = 5, Visibility = Visibility.Private }, CancellationToken.None);
        await guilds.RecordSeenAsync(sharedGuild, memberId, CancellationToken.None);
        await guilds.RecordSeenAsync(ownGuild, memberId, CancellationToken.None);
        await progress.StartAsync(memberId, _database.Milestone("internet"), CancellationToken.None);
        await progress.DoneAsync(memberId, _database.Milestone("language"), "my notes on step-b", CancellationToken.None);
        await progress.SkipAsync(memberId, _database.Milestone("sql"), CancellationToken.None);
        await progress.UndoAsync(memberId, _database.Milestone("sql"), CancellationToken.None);
        await _database.Get<NudgeService>().TurnOnAsync(memberId, NodaTime.IsoDayOfWeek.Friday, new NodaTime.LocalTime(18, 30), CancellationToken.None);
        // The scheduler writes nudges rows; these stand for a sent one and a failed one.
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO nudges (member_id, due_at, state, claimed_at, finished_at, error_code, reason)
            VALUES (@MemberId, 1, 'sent', 1, 2, NULL, NULL), (@MemberId, 2, 'failed', 2, 3, 50007, 'DMs closed')
            """,
            new { MemberId = unchecked((long)memberId) });

        // A cohort in the shared server, a challenge in it, and a submission replaced by a second one.
        var cohorts = _database.Get<CohortStore>();
        var cohort = await cohorts.CreateAsync(new NewCohort(sharedGuild, "Cohort of " + memberId, null, DateTimeOffset.UnixEpoch, null, null, null), CancellationToken.None);
        await cohorts.JoinAsync(cohort!, memberId, CancellationToken.None);
        var challengeId = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO challenges (guild_id, cohort_id, title, due_at, posted_at) VALUES (@Guild, @Cohort, 'Ship it', 10, 1) RETURNING id",
            new { Guild = unchecked((long)sharedGuild), Cohort = cohort!.Id });
        await connection.ExecuteAsync(
            """
            INSERT INTO challenge_members (challenge_id, guild_id, member_id, joined_at) VALUES (@Challenge, @Guild, @MemberId, 2);
            INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, submitted_at, replaced_at)
            VALUES (@Guild, @Challenge, @MemberId, 'https://github.com/ada/one', 3, 4), (@Guild, @Challenge, @MemberId, 'https://github.com/ada/two', 4, NULL);
            """,
            new { Challenge = challengeId, Guild = unchecked((long)sharedGuild), MemberId = unchecked((long)memberId) });
    }
}
