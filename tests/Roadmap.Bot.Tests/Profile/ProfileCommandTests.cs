using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Profile;

/// <summary>/profile: the member's settings.</summary>
public sealed class ProfileCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Profile_NoOptions_ShowsDefaults()
    {
        var reply = await _bot.RunAsync("profile");

        Assert.Equal("Your settings", reply.Embeds[0].Title);
        Assert.Contains("**Stack:** not set", reply.Embeds[0].Description, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Profile_SetEverything_SavesAndShowsIt()
    {
        var reply = await _bot.RunAsync("profile", ("stack", "go"), ("timezone", "europe/berlin"), ("weekly_hours", 6L), ("visibility", "public"));

        var description = reply.Embeds[0].Description;
        Assert.Equal("Saved. Your settings", reply.Embeds[0].Title);
        Assert.Contains("**Stack:** Go", description, StringComparison.Ordinal);
        Assert.Contains("**Time zone:** Europe/Berlin", description, StringComparison.Ordinal);
        Assert.Contains("**Weekly hours:** 6 h a week", description, StringComparison.Ordinal);
        Assert.Contains("**Progress visible to:** anyone", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_UnknownTimeZone_SuggestsOneAndSavesNothing()
    {
        var reply = await _bot.RunAsync("profile", ("timezone", "Europe/Berln"), ("weekly_hours", 5L));

        Assert.Equal("`Europe/Berln` is not a time zone I know. Did you mean `Europe/Berlin`? Start typing a city in the `timezone` option and pick from the list.", reply.Content);
        Assert.Contains("**Weekly hours:** not set", (await _bot.RunAsync("profile")).Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_WeeklyHoursOutOfRange_IsRefused()
    {
        var reply = await _bot.RunAsync("profile", ("weekly_hours", 200L));

        Assert.Equal("`weekly_hours` must be a whole number from 1 to 80.", reply.Content);
    }
}
