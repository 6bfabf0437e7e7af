using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Privacy;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Sweeps over a <see cref="BotHarness"/>'s database, and what they wrote, for the sweep tests.</summary>
internal static class NudgeSweepHarness
{
    /// <summary>
    /// A sweep as a freshly started bot has it (recovery still to run on its first run): a new one
    /// after a "crash" is a restart. A separate connection factory stands for another process.
    /// </summary>
    public static NudgeSweep NewSweep(this BotHarness bot, INudgeSender sender, bool ownConnections = false)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var connections = new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = bot.DatabasePath }));
        var store = ownConnections
            ? new NudgeSweepStore(connections, new DmsClosedMembers(connections))
            : bot.Get<NudgeSweepStore>();
        return new NudgeSweep(store, sender, Options.Create(new NudgeOptions()), bot.Clock, NullLogger<NudgeSweep>.Instance);
    }

    /// <summary>Gives the member a time zone and turns their nudges on at the day and time; returns when the first is due.</summary>
    public static async Task<DateTimeOffset> NudgesOnAsync(this BotHarness bot, ulong memberId, string zone, IsoDayOfWeek day, LocalTime at)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.Get<MemberStore>().UpdateSettingsAsync(memberId, m => m with { TimeZone = zone }, CancellationToken.None);
        var outcome = await bot.Get<NudgeService>().TurnOnAsync(memberId, day, at, CancellationToken.None);
        Assert.Equal(NudgeOutcomeKind.TurnedOn, outcome.Kind);
        return outcome.Settings.NextDueAt!.Value;
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (never back).</summary>
    public static void MoveTo(this BotHarness bot, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Clock.SetUtcNow(instant);
    }

    /// <summary>Every nudge row of the member, oldest due time first, read as /privacy export reads them.</summary>
    public static async Task<IReadOnlyList<NudgeRow>> NudgeRowsAsync(this BotHarness bot, ulong memberId)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return (await bot.Get<PrivacyStore>().ExportAsync(memberId, CancellationToken.None)).Nudges;
    }

    /// <summary>The member's stored nudge settings.</summary>
    public static async Task<NudgeSettingsRow> SettingsAsync(this BotHarness bot, ulong memberId)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var status = await bot.Get<NudgeService>().StatusAsync(memberId, CancellationToken.None);
        return status.Settings ?? throw new InvalidOperationException($"Member {memberId} has no nudge settings.");
    }
}
