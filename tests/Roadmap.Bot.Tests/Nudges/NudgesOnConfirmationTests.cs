using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// /nudges on with the real host against the fake Discord: it confirms by DM at once, and when the
/// member's DMs are closed (50007) it says so in the answer and leaves nudges off.
/// </summary>
public sealed class NudgesOnConfirmationTests
{
    [Fact]
    public async Task NudgesOn_SendsOneConfirmationDmWithTheDayTimeAndZone_AndTurnsThemOn()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", Option("timezone", "Europe/Berlin"));

        var answer = await bot.CommandAsync("nudges", Sub("on"));
        var status = await bot.CommandAsync("nudges", Sub("status"));

        var channelId = bot.Discord.Rest.State.DmChannelOf(MemberId);
        Assert.NotNull(channelId);
        var message = Assert.Single(bot.Discord.Rest.Messages.In(channelId.Value));
        Assert.StartsWith("🔔 You'll hear from me on Mondays at 09:00, Europe/Berlin.", message["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("🔔 Weekly nudges are on", Content(answer), StringComparison.Ordinal);
        Assert.Contains("**On:** Mondays at 09:00, Europe/Berlin", Description(status), StringComparison.Ordinal);
        var settings = (await bot.Host!.Services.GetRequiredService<NudgeStore>().StatusAsync(MemberId, CancellationToken.None)).Settings;
        Assert.Equal(channelId, settings?.DmChannelId);
    }

    [Fact]
    public async Task NudgesOn_DmsClosed_SaysSoAndHowToFixIt_AndNudgesStayOff()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", Option("timezone", "Europe/Berlin"));
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        var answer = await bot.CommandAsync("nudges", Sub("on"));
        var status = await bot.CommandAsync("nudges", Sub("status"));

        using var json = JsonDocument.Parse(answer.Body);
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        var content = Content(answer);
        Assert.Contains("your DMs are closed to me (Discord error 50007), so weekly nudges are still off", content, StringComparison.Ordinal);
        Assert.Contains("Privacy settings", content, StringComparison.Ordinal);
        Assert.Contains("allow direct messages from server members", content, StringComparison.Ordinal);
        Assert.StartsWith("**Off.**", Description(status), StringComparison.Ordinal);
        Assert.Equal(0, bot.Discord.Rest.Messages.Count);
    }

    [Fact]
    public async Task NudgesOn_OtherRefusal_KeepsThemOnAndSaysTheConfirmationFailed()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("profile", Option("timezone", "Europe/Berlin"));
        bot.Discord.Rest.Faults.InjectErrorBody(403, """{"code":50001,"message":"Missing Access"}""", FakeRoutes.CreateMessage);

        var answer = await bot.CommandAsync("nudges", Sub("on"));
        var status = await bot.CommandAsync("nudges", Sub("status"));

        Assert.Contains("I could not send you the confirmation by direct message just now (Missing Access)", Content(answer), StringComparison.Ordinal);
        Assert.Contains("**On:** Mondays at 09:00, Europe/Berlin", Description(status), StringComparison.Ordinal);
    }

    private static string Content(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>();

    private static string Description(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
}
