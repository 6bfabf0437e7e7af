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
}
