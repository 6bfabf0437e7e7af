using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>After a nudge met closed DMs, the member's next answer, whatever the command, ends with one line saying so; once.</summary>
public sealed class DmsClosedNoticeTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;

    private BotHarness _bot = null!;
    private readonly FakeNudgeSender _sender = new() { Answer = FakeNudgeSender.DmsClosed };

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task NextCommand_AfterDmsClosedPausedNudges_EndsWithTheLineOnce()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        var before = await _bot.RunAsync("progress");
        var sweep = _bot.NewSweep(_sender);
        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);

        var first = await _bot.RunAsync("progress");
        var second = await _bot.RunAsync("progress");

        Assert.DoesNotContain(DmsClosedNotice.Line, AllText(before), StringComparison.Ordinal);
        Assert.True(first.Ephemeral);
        Assert.EndsWith(DmsClosedNotice.Line, ReadLast(first), StringComparison.Ordinal);
        Assert.Contains("Privacy settings", DmsClosedNotice.Line, StringComparison.Ordinal);
        Assert.DoesNotContain(DmsClosedNotice.Line, AllText(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextCommand_AfterClosedDmsAgain_SaysItAgain()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        var sweep = _bot.NewSweep(_sender);
        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);
        await _bot.RunAsync("progress");
        var next = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        _bot.MoveTo(next);
        await sweep.RunAsync(CancellationToken.None);

        var answer = await _bot.NudgesAsync("status");

        Assert.Equal(DmsClosedNotice.Line, ReadLast(answer));
    }

    [Fact]
    public async Task FirstCommandAfterARestart_StillOwedTheLine_EndsWithIt()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);
        _bot = await _bot.RestartAsync();

        var first = await _bot.RunAsync("progress");
        var second = await _bot.RunAsync("progress");

        Assert.EndsWith(DmsClosedNotice.Line, ReadLast(first), StringComparison.Ordinal);
        Assert.DoesNotContain(DmsClosedNotice.Line, AllText(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicAnswer_LeavesTheLineForTheNextPrivateOne()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        var shown = await _bot.RunAsync("projects");
        var later = await _bot.RunAsync("progress");

        Assert.False(shown.Ephemeral);
        Assert.DoesNotContain(DmsClosedNotice.Line, AllText(shown), StringComparison.Ordinal);
        Assert.EndsWith(DmsClosedNotice.Line, ReadLast(later), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextAnswer_EndsWithTheLineAsItsLastLine()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        var answer = await _bot.RunAsync("profile", ("timezone", "Nowhere/Atlantis"));

        Assert.Empty(answer.Embeds);
        Assert.EndsWith("\n" + DmsClosedNotice.Line, answer.Content ?? "", StringComparison.Ordinal);
    }

    // Discord shows a message's text above its embeds: the member reads the last embed last.
    private static string ReadLast(Reply reply) => reply.Embeds.Count > 0 ? reply.Embeds[^1].Description ?? "" : reply.Content ?? "";

    private static string AllText(Reply reply) => string.Join('\n', new[] { reply.Content }.Concat(reply.Embeds.Select(e => e.Description)));
}
