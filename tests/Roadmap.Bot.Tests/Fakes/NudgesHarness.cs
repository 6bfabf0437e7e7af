using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Nudges;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>/nudges as the default member types it, and what the database then holds, for the nudge tests.</summary>
internal static class NudgesHarness
{
    public static Task<Reply> NudgesAsync(this BotHarness bot, string subcommand, params (string Name, string Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub(subcommand, options.Select(o => InteractionFactory.Option(o.Name, o.Value)).ToArray())));
    }

    /// <summary>Sets the member's time zone with /profile, then turns nudges on at the day and time.</summary>
    public static async Task TurnOnNudgesAsync(this BotHarness bot, string zone, string day, string time)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.RunAsync("profile", ("timezone", zone));
        var reply = await bot.NudgesAsync("on", ("day", day), ("time", time));
        Assert.Contains("Weekly nudges are on", reply.Content, StringComparison.Ordinal);
    }

    /// <summary>The default member's stored settings, time zone and last nudge.</summary>
    public static Task<NudgeStatus> NudgeStatusAsync(this BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.Get<NudgeService>().StatusAsync(InteractionFactory.MemberId, CancellationToken.None);
    }

    /// <summary>Writes to the database directly, as the scheduler (not yet written) would.</summary>
    public static async Task ExecuteAsync(this BotHarness bot, string sql, object? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath}");
        await connection.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
    }

    public static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
