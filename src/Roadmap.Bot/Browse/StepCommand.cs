using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Browse;

internal sealed class StepCommand(RoadmapContent content, LearnerReader learners, ContentChoices<Milestone> milestones) : ISlashCommand, IAutocompleteSource
{
    private const string MilestoneOption = "milestone";

    public ApplicationCommand Definition { get; } = Slash("step", "Read a milestone: what it is, why it matters, a checklist and resources",
        TextOption(MilestoneOption, "The milestone: start typing its name", required: true, autocomplete: true));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var typed = context.Options.Text(MilestoneOption)!;
        return milestones.Find(typed) is { } milestone
            ? await CardAsync(milestone, context.Caller.UserId, cancellationToken)
            : milestones.Unknown(typed);
    }

    /// <summary>The milestone card with the caller's status and buttons; also opened from the /roadmap menu.</summary>
    public async Task<Reply> CardAsync(Milestone milestone, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var learner = await learners.ReadAsync(memberId, cancellationToken);
        var card = MilestoneCard.Build(content, milestone, learner.Statuses, learner.Stack);
        return Reply.Card(card, ephemeral: true, ProgressButtons.For(milestone.Id, learner.Statuses.Of(milestone.Id)));
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(milestones.Suggest(context.Options.FocusedText));
    }
}
