using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod leaderboard [cohort:] [period:]</c>: who finished the most milestones and had the most
/// challenge submissions accepted in the period, in a cohort or the whole server.
/// </summary>
internal sealed class ModLeaderboardCommand(CohortPicker picker, LeaderboardStore leaderboard, TimeProvider time) : IModeratorCommands
{
    private const string PeriodOption = "period";

    public ApplicationCommandOption Definition { get; } = Subcommand("leaderboard", "Milestones done + submissions accepted, in a cohort or the whole server",
        CohortPicker.Definition("Only this cohort (the whole server if you leave it out)", required: false),
        Choice(PeriodOption, "Over which period (the last 7 days if you leave it out)", false,
            ("The last 7 days", LeaderboardPeriod.Week), ("The last 30 days", LeaderboardPeriod.Month), ("All time", LeaderboardPeriod.All)));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId ?? throw new InvalidOperationException("The moderator gate lets only server calls through.");
        var period = context.Options.Text(PeriodOption) ?? LeaderboardPeriod.Week;
        Cohort? cohort = null;
        if (context.Options.Text(CohortPicker.Option) is { } typed && (cohort = await picker.FindAsync(guildId, typed, cancellationToken)) is null)
        {
            return Reply.Problem(CohortPicker.Unknown(typed));
        }

        var board = await leaderboard.RankAsync(guildId, cohort?.Id, period, time.GetUtcNow(), LeaderboardCard.Shown, cancellationToken);
        var scope = cohort?.Name ?? "this server";
        return Reply.Card(LeaderboardCard.Create(scope, LeaderboardPeriod.Describe(period), board), ephemeral: true);
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Caller.GuildId is { } guildId && context.Options.Focused == CohortPicker.Option
            ? await picker.ChoicesAsync(guildId, context.Options.FocusedText, includeArchived: true, cancellationToken)
            : [];
    }
}
