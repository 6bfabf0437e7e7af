using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Privacy;

/// <summary>/privacy: the export and the erasure of a member's data.</summary>
public sealed class PrivacyCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

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

    [Fact]
    public async Task PrivacyExport_WithNudgesOn_HoldsTheNudgeSettings()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub("on", InteractionFactory.Option("day", "friday"), InteractionFactory.Option("time", "18:30"))));

        var reply = await _bot.SendAsync(InteractionFactory.Command("privacy", InteractionFactory.Sub("export")));

        using var document = JsonDocument.Parse(reply.File!.Content);
        var settings = document.RootElement.GetProperty("nudge_settings");
        Assert.Equal("on", settings.GetProperty("state").GetString());
        Assert.Equal(5, settings.GetProperty("day_of_week").GetInt32());
        Assert.Equal((18 * 60) + 30, settings.GetProperty("local_time").GetInt32());
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("nudges").ValueKind);
    }

    [Fact]
    public async Task PrivacyForget_WithNudgesOn_RemovesTheSettingsAndHistory()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub("on")));
        await using (var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO nudges (member_id, due_at, state, claimed_at) VALUES (555, 1, 'sent', 1)";
            await insert.ExecuteNonQueryAsync();
        }

        await _bot.ClickAsync($"v1:privacy:forget:{InteractionFactory.MemberId}");

        Assert.Equal(0, await RowsAboutAsync(InteractionFactory.MemberId));
        var status = await _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub("status")));
        Assert.Contains("**Off.**", BotHarness.Text(status), StringComparison.Ordinal);
    }

    private async Task<long> RowsAboutAsync(ulong memberId)
    {
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        return (await MemberTables.CountRowsAsync(connection, memberId)).Values.Sum();
    }
}
