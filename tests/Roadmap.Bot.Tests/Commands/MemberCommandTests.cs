using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Commands;

/// <summary>/progress, /profile and /privacy: the member's own data.</summary>
public sealed class MemberCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Progress_AfterOneCompletion_ShowsOneDoneAndTheStreak()
    {
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));
        await _bot.RunAsync("start", ("milestone", "http-basics"));

        var reply = await _bot.RunAsync("progress");

        var text = BotHarness.Text(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("ada's progress", reply.Embeds[0].Title);
        Assert.Contains("**1** done · **0** skipped · **1** in progress · 53 milestones", text, StringComparison.Ordinal);
        Assert.Contains("🔥 1 week", text, StringComparison.Ordinal);
        Assert.Contains("🔄 HTTP requests and responses (`http-basics`)", text, StringComparison.Ordinal);
        Assert.Contains("✅ How the internet works · 22 Nov", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_Streak_CountsWeeksInTheMembersTimeZone()
    {
        // Sunday 23:30 UTC is already Monday in Paris: last week in UTC, this week there.
        // AdjustTime: the harness starts in November, and SetUtcNow never goes back.
        _bot.Clock.AdjustTime(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));

        var inUtc = BotHarness.Text(await _bot.RunAsync("progress"));
        await _bot.RunAsync("profile", ("timezone", "Europe/Paris"));
        var inParis = BotHarness.Text(await _bot.RunAsync("progress"));

        Assert.Contains("No streak yet", inUtc, StringComparison.Ordinal);
        Assert.Contains("🔥 1 week", inParis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_OtherMemberPrivate_IsRefused()
    {
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "profile", ("visibility", "private"));

        var reply = await _bot.RunAsync("progress", ("member", InteractionFactory.OtherMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("That member keeps their progress private. You can see your own with `/progress`.", reply.Content);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Progress_OtherMemberPublic_IsShownToEveryone()
    {
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "profile", ("visibility", "public"));
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "done", ("milestone", "git-basics"));

        var reply = await _bot.RunAsync("progress", ("member", InteractionFactory.OtherMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.False(reply.Ephemeral);
        Assert.Contains("**1** done", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_MemberWhoNeverUsedTheBot_SaysThereIsNothing()
    {
        var reply = await _bot.RunAsync("progress", ("member", "424242"));

        Assert.Equal("That member hasn't used the roadmap yet, so there is nothing to show.", reply.Content);
    }

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

    [Fact]
    public async Task PrivacyExport_SendsAJsonFileWithTheMembersRows()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"), ("note", "first commit"));

        var reply = await _bot.SendAsync(InteractionFactory.Command("privacy", InteractionFactory.Sub("export")));

        Assert.True(reply.Ephemeral);
        Assert.Equal($"roadmap-coach-{InteractionFactory.MemberId}.json", reply.File?.FileName);
        using var document = JsonDocument.Parse(reply.File!.Content);
        var text = document.RootElement.GetRawText();
        Assert.Contains("\"git-basics\"", text, StringComparison.Ordinal);
        Assert.Contains("\"first commit\"", text, StringComparison.Ordinal);
        Assert.Equal("server", document.RootElement.GetProperty("member").GetProperty("visibility").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("member").GetProperty("stack").ValueKind);
        Assert.Contains("\"attachments\":[{\"id\":\"0\",\"filename\":\"roadmap-coach-555.json\"", BotHarness.Json(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyForget_AfterConfirming_LeavesNoRowAboutTheMember()
    {
        await _bot.RunAsync("profile", ("stack", "ruby"));
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "done", ("milestone", "git-basics"));

        var question = await _bot.SendAsync(InteractionFactory.Command("privacy", InteractionFactory.Sub("forget")));
        var confirm = BotHarness.Actions(question).Single(a => a.Label == "Yes, erase everything");
        var reply = await _bot.ClickAsync(confirm.CustomId);

        Assert.Equal("Done. Everything I stored about you is erased.", reply.Content);
        Assert.Equal(0, await RowsAboutAsync(InteractionFactory.MemberId));
        Assert.True(await RowsAboutAsync(InteractionFactory.OtherMemberId) > 0);
    }

    [Fact]
    public async Task PrivacyForget_ButtonOfAnotherMember_ErasesNothing()
    {
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "done", ("milestone", "git-basics"));

        var reply = await _bot.ClickAsync($"v1:privacy:forget:{InteractionFactory.OtherMemberId}");

        Assert.Equal("This button belongs to someone else. Use `/privacy forget` to erase your own data.", reply.Content);
        Assert.True(await RowsAboutAsync(InteractionFactory.OtherMemberId) > 0);
    }

    private async Task<long> RowsAboutAsync(ulong memberId)
    {
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        return (await MemberTables.CountRowsAsync(connection, memberId)).Values.Sum();
    }
}
