using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod config show lists the server's scheduled posts that failed: what, when, and what Discord said.</summary>
public sealed class ModConfigFailedPostsTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;

    public async Task InitializeAsync() => _world = await ChallengeHarness.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>The sweep that closes due challenges; the router-level harness runs no Quartz, so the test runs it.</summary>
    private ChallengeDueSweep DueSweep() =>
        new(new ChallengeDueStore(_world.Bot.Get<Roadmap.Bot.Persistence.SqliteConnectionFactory>()), _world.Store, _world.Bot.Clock, NullLogger<ChallengeDueSweep>.Instance, _world.Poster);

    [Fact]
    public async Task Show_AfterResultsCouldNotBePosted_NamesTheChallenge_WhenItFailed_AndTheMissingPermission_OfThisServerOnly()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        await _world.PostAsync(await _world.CohortAsync("Elsewhere", guildId: ChallengeHarness.OtherServer), "Another server's challenge");
        _world.Poster.Answer = _ => new ChannelPost(ChannelPostOutcome.MissingPermissions, ErrorCode: 50013, Reason: "Missing Permissions");
        _world.Bot.Clock.SetUtcNow(challenge.DueAt.AddMinutes(1));

        Assert.Equal(0, await DueSweep().RunAsync(CancellationToken.None));
        var show = await _world.Bot.SendAsync(Mod("config", "show"));

        var at = _world.Bot.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.EndsWith(
            $"""
            **Failed scheduled posts** (the latest 1, newest first):
            • The results of **Build a URL shortener** (Winter 2026), <t:{at}:F> (<t:{at}:R>): Discord said **Missing Permissions** (error 50013): give the bot **Send Messages** and **Embed Links** in the cohort's channel.
            """.ReplaceLineEndings("\n"),
            Assert.Single(show.Embeds).Description,
            StringComparison.Ordinal);
        Assert.True(show.Ephemeral);
    }

    [Fact]
    public async Task Show_WhenResultsWentOut_SaysNoneFailed()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        _world.Bot.Clock.SetUtcNow(challenge.DueAt.AddMinutes(1));

        await DueSweep().RunAsync(CancellationToken.None);
        var show = await _world.Bot.SendAsync(Mod("config", "show"));

        Assert.EndsWith("**Failed scheduled posts:** none.", Assert.Single(show.Embeds).Description, StringComparison.Ordinal);
        Assert.Equal(2, _world.Poster.Posts.Count);
    }

    [Fact]
    public async Task Show_ListsTheLatestTenFailures_NewestFirst_WithWhatEachWasAbout()
    {
        var cohort = await _world.CohortAsync();
        var challenge = await _world.PostAsync(cohort);
        var start = _world.Bot.Clock.GetUtcNow();
        for (var i = 0; i < 11; i++)
        {
            await FailedAsync("reminder", challenge.Id, start.AddHours(i), errorCode: null, reason: "0 reminded; 2 could not be reached by direct message");
        }

        await FailedAsync("digest", cohort.Id, start.AddHours(20), errorCode: 10003, reason: "Unknown Channel");

        var show = Assert.Single((await _world.Bot.SendAsync(Mod("config", "show"))).Embeds).Description!;

        var lines = show.Split('\n').Where(l => l.StartsWith('•')).ToList();
        Assert.Contains("(the latest 10, newest first)", show, StringComparison.Ordinal);
        Assert.Equal(10, lines.Count);
        var newest = start.AddHours(20).ToUnixTimeSeconds();
        Assert.Equal($"• The weekly digest of **Winter 2026**, <t:{newest}:F> (<t:{newest}:R>): Discord said **Unknown Channel** (error 10003): the cohort's channel was deleted.", lines[0]);
        var next = start.AddHours(10).ToUnixTimeSeconds();
        Assert.Equal($"• The reminder for **Build a URL shortener** (Winter 2026), <t:{next}:F> (<t:{next}:R>): 0 reminded; 2 could not be reached by direct message.", lines[1]);
        Assert.DoesNotContain($"<t:{start.ToUnixTimeSeconds()}:F>", show, StringComparison.Ordinal);
    }

    /// <summary>A failed post as the sweeps record it, finished at <paramref name="at"/>.</summary>
    private async Task FailedAsync(string kind, long subjectId, DateTimeOffset at, int? errorCode, string reason)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_world.Bot.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO cohort_posts (guild_id, kind, subject_id, due_at, state, claimed_at, finished_at, error_code, reason)
            VALUES ($guild, $kind, $subject, $at, 'failed', $at, $at, $code, $reason)
            """;
        command.Parameters.AddWithValue("$guild", (long)ChallengeHarness.Server);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$subject", subjectId);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$code", errorCode is { } code ? code : DBNull.Value);
        command.Parameters.AddWithValue("$reason", reason);
        await command.ExecuteNonQueryAsync();
    }
}
