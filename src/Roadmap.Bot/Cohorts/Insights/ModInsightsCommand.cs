using Roadmap.Bot.Pictures;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>
/// <c>/mod insights [cohort:]</c>: where a cohort's members (or the server's) are and where they
/// stall, as text with the members-per-stage chart attached (the text is complete without it).
/// </summary>
internal sealed class ModInsightsCommand(CohortPicker picker, InsightsStore store, PictureMaker pictures, TimeProvider time) : IModeratorCommands
{
    public ApplicationCommandOption Definition { get; } = Subcommand("insights", "Where members are and where they stall, in a cohort or the whole server",
        CohortPicker.Definition("Only this cohort (the whole server if you leave it out)", required: false));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId ?? throw new InvalidOperationException("The moderator gate lets only server calls through.");
        Cohort? cohort = null;
        if (context.Options.Text(CohortPicker.Option) is { } typed)
        {
            cohort = await picker.FindAsync(guildId, typed, cancellationToken);
            if (cohort is null)
            {
                return Reply.Problem(CohortPicker.Unknown(typed));
            }

            if (cohort.IsArchived)
            {
                return Reply.Problem(CohortPicker.Archived(cohort));
            }
        }

        var insights = await store.ReadAsync(guildId, cohort?.Id, InsightsCard.Stalled, cancellationToken);
        var scope = cohort?.Name ?? "this server";
        var card = InsightsCard.Create(scope, insights, time.GetUtcNow());
        var title = $"Members at each stage: {scope}";
        var chart = insights.Sharing == 0
            ? null
            : pictures.Make(InsightsChart.FileName, InsightsChart.KeyOf(title, insights.Stages), InsightsChart.Describe(scope, insights.Stages), () => InsightsChart.Draw(title, insights.Stages));
        return chart is null
            ? Reply.Card(card, ephemeral: true)
            : Reply.Card(card with { Image = new EmbedImage { Url = chart.AttachmentUrl } }, ephemeral: true) with { File = chart };
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Caller.GuildId is { } guildId && context.Options.Focused == CohortPicker.Option
            ? await picker.ChoicesAsync(guildId, context.Options.FocusedText, includeArchived: false, cancellationToken)
            : [];
    }
}
