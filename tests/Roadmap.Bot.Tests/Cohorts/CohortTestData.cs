using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>Steps the cohort tests share: a moderator with a time zone creating a cohort, members finishing milestones.</summary>
internal static class CohortTestData
{
    public const ulong Server = InteractionFactory.GuildId;
    public const ulong OtherServer = 99;

    /// <summary>The moderator (the harness's default member) sets a zone and creates the cohort through /mod.</summary>
    public static async Task<Cohort> CreateAsync(BotHarness bot, string name = "Spring 2027", ulong guildId = Server)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await bot.SendAsync(InOtherServer(Mod("cohort", "create", Typed("name", name), Typed("starts", "2027-03-01 18:00")), guildId));
        return (await bot.Get<CohortStore>().ListAsync(guildId, includeArchived: false, CancellationToken.None)).Single(c => c.Name == name);
    }

    /// <summary>The member finishes the first <paramref name="count"/> milestones of the roadmap.</summary>
    public static async Task FinishAsync(BotHarness bot, ulong memberId, int count)
    {
        ArgumentNullException.ThrowIfNull(bot);
        foreach (var milestone in bot.Get<RoadmapContent>().Milestones.Take(count))
        {
            await bot.RunAsAsync(memberId, "done", ("milestone", milestone.Id));
        }
    }

    public static int Total(BotHarness bot) => bot.Get<RoadmapContent>().Milestones.Count;
}
