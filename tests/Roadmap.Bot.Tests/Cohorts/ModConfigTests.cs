using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod config show, nudge-channel and moderator-role.</summary>
public sealed class ModConfigTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Show_NothingSet_SaysSo()
    {
        var reply = await _bot.SendAsync(Mod("config", "show"));

        Assert.Equal("**Nudge channel:** none set\n**Moderators:** none: only members with Manage Server\n\n**Failed scheduled posts:** none.", Assert.Single(reply.Embeds).Description);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task NudgeChannelAndModeratorRole_AreSaved_PostedInTheChannel_AndShown()
    {
        var channel = await _bot.SendAsync(Mod("config", "nudge-channel", Channel("channel", 31)));
        var role = await _bot.SendAsync(Mod("config", "moderator-role", Role("role", 32)));
        var show = await _bot.SendAsync(Mod("config", "show"));

        Assert.Equal("✅ The nudge channel is now <#31>.", channel.Content);
        Assert.Equal("✅ Members with the <@&32> role may now use `/mod`, besides those with Manage Server.", role.Content);
        Assert.StartsWith("**Nudge channel:** <#31>\n**Moderators:** <@&32>, besides members with Manage Server\n", Assert.Single(show.Embeds).Description, StringComparison.Ordinal);
        Assert.Equal(31ul, Assert.Single(_bot.Get<FakeChannelPoster>().Posts).ChannelId);
    }

    [Fact]
    public async Task NudgeChannel_TheBotCannotSee_NamesViewChannel_AndIsNotSaved()
    {
        _bot.Get<FakeChannelPoster>().Answer = _ => new ChannelPost(ChannelPostOutcome.MissingAccess, ErrorCode: 50001);

        var reply = await _bot.SendAsync(Mod("config", "nudge-channel", Channel("channel", 31)));

        Assert.Contains("**View Channel**", reply.Content, StringComparison.Ordinal);
        Assert.EndsWith("The nudge channel was not changed.", reply.Content, StringComparison.Ordinal);
        Assert.Null((await _bot.Get<GuildSettingsStore>().GetAsync(Server, CancellationToken.None)).NudgeChannelId);
    }

    [Fact]
    public async Task ModeratorRole_FromAMemberWithoutPermission_IsRefused_AndNotSaved()
    {
        var reply = await _bot.SendAsync(Mod("config", "moderator-role", [Role("role", 32)], userId: 1001, permissions: NoPermissions, roles: [32]));

        Assert.StartsWith("Only moderators can do this", reply.Content, StringComparison.Ordinal);
        Assert.Null((await _bot.Get<GuildSettingsStore>().GetAsync(Server, CancellationToken.None)).ModeratorRoleId);
    }

    [Fact]
    public async Task Mod_InADirectMessage_IsRefused()
    {
        var dm = Roadmap.Testing.InteractionFactory.DirectCommand(1001, "mod", Group("config", "show"));

        var reply = await _bot.SendAsync(dm);

        Assert.Equal("Moderator commands work in a server, not in direct messages.", reply.Content);
    }
}
