using Microsoft.Data.Sqlite;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Progress;

public sealed class StatusCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Done_NewMilestone_ConfirmsAndShowsWhatIsNext()
    {
        var reply = await _bot.RunAsync("done", ("milestone", "how-the-internet-works"), ("note", "watched the cables video"));

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("✅ Marked **How the internet works** as done. Track: `", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Next up: **HTTP requests and responses**", reply.Content, StringComparison.Ordinal);
        // The member's first recorded progress also offers the weekly nudge (NudgeOptInTests).
        Assert.Equal(["Undo", "Send me a weekly nudge"], BotHarness.Actions(reply).Select(a => a.Label));
        Assert.Equal(("done", "watched the cables video"), await ProgressRowAsync("how-the-internet-works"));
    }

    [Fact]
    public async Task Done_Twice_SaysSoAndChangesNothing()
    {
        await _bot.RunAsync("done", ("milestone", "http-basics"));
        var events = await CountAsync("progress_events");

        var reply = await _bot.RunAsync("done", ("milestone", "http-basics"));

        Assert.Equal("**HTTP requests and responses** is already done; nothing changed.", reply.Content);
        Assert.True(reply.Ephemeral);
        Assert.Equal(events, await CountAsync("progress_events"));
    }

    [Fact]
    public async Task Done_UnknownMilestone_SuggestsTheClosestAndChangesNothing()
    {
        var reply = await _bot.RunAsync("done", ("milestone", "htp-basics"));

        Assert.Equal("I don't know a milestone called `htp-basics`. Did you mean `http-basics` (HTTP requests and responses)? Start typing in the `milestone` option and pick one from the list, or browse them with `/roadmap`.", reply.Content);
        Assert.True(reply.Ephemeral);
        Assert.Equal(0, await CountAsync("progress"));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("skip")]
    [InlineData("undo")]
    public async Task EveryStatusCommand_UnknownMilestone_AnswersAsDoneDoesAndChangesNothing(string command)
    {
        await _bot.RunAsync("start", ("milestone", "http-basics"));
        var events = await CountAsync("progress_events");

        var reply = await _bot.RunAsync(command, ("milestone", "kubernetes-at-scale"));

        Assert.StartsWith("I don't know a milestone called `kubernetes-at-scale`.", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Equal(events, await CountAsync("progress_events"));
    }

    [Fact]
    public async Task DoneButton_MilestoneNoLongerInTheRoadmap_AnswersAsTheCommandDoes()
    {
        var reply = await _bot.ClickAsync("v1:progress:done:retired-milestone");

        Assert.StartsWith("I don't know a milestone called `retired-milestone`.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("progress"));
    }

    [Fact]
    public async Task Done_NoteOver500Characters_IsRefusedAndNothingIsSaved()
    {
        var reply = await _bot.RunAsync("done", ("milestone", "http-basics"), ("note", new string('n', 501)));

        Assert.Equal("`note` can be at most 500 characters; yours has 501.", reply.Content);
        Assert.True(reply.Ephemeral);
        Assert.Equal(0, await CountAsync("progress"));
    }

    [Fact]
    public async Task Start_DoneMilestone_IsRefusedWithTheWayOut()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await _bot.RunAsync("start", ("milestone", "git-basics"));

        Assert.Equal("**Git basics** is already done; /undo first if you want to redo it.", reply.Content);
        Assert.Equal(("done", null), await ProgressRowAsync("git-basics"));
    }

    [Fact]
    public async Task Skip_ThenUndo_RestoresNotStarted()
    {
        var skipped = await _bot.RunAsync("skip", ("milestone", "terminal-basics"));
        var undone = await _bot.RunAsync("undo", ("milestone", "terminal-basics"));

        Assert.StartsWith("⏭️ Skipped **Terminal basics**.", skipped.Content, StringComparison.Ordinal);
        Assert.Equal("↩️ Undid your last change to **Terminal basics**: it is not started again.", undone.Content);
        Assert.Null(await ProgressRowAsync("terminal-basics"));
    }

    [Fact]
    public async Task Undo_NothingChanged_SaysSo()
    {
        var reply = await _bot.RunAsync("undo", ("milestone", "redis"));

        Assert.Equal("There is nothing to undo on **Redis**.", reply.Content);
    }

    [Fact]
    public async Task DoneButton_OnAnEarlierCard_RecordsTheCompletion()
    {
        var card = await _bot.RunAsync("step", ("milestone", "dns-and-domains"));
        var done = BotHarness.Actions(card).Single(a => a.Label == "Done");

        var reply = await _bot.ClickAsync(done.CustomId);

        Assert.StartsWith("✅ Marked **DNS", reply.Content, StringComparison.Ordinal);
        Assert.Equal(("done", null), await ProgressRowAsync("dns-and-domains"));
    }

    [Fact]
    public async Task Start_ByTitleInsteadOfId_FindsTheMilestone()
    {
        var reply = await _bot.RunAsync("start", ("milestone", "redis"));

        Assert.StartsWith("🔄 Started **Redis**.", reply.Content, StringComparison.Ordinal);
    }

    private async Task<(string Status, string? Note)?> ProgressRowAsync(string milestoneId)
    {
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT status, note FROM progress WHERE milestone_id = $id";
        command.Parameters.AddWithValue("$id", milestoneId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
