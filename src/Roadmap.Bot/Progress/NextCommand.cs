using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Progress;

internal sealed class NextCommand(RoadmapContent content, LearnerReader learners, TimeProvider time) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("next", "What to work on now, why, and when you'll finish the track");

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var learner = await learners.ReadAsync(context.Caller.UserId, cancellationToken);
        var suggestion = Coach.SuggestNext(content, learner.Statuses);
        var estimate = learner.Estimate(ProgressReport.Of(content, learner.Statuses), time);
        var card = NextCard.Build(content, suggestion, estimate);
        return suggestion.Milestone is { } milestone
            ? Reply.Card(card, ephemeral: true, ProgressButtons.For(milestone.Id, learner.Statuses.Of(milestone.Id)))
            : Reply.Card(card, ephemeral: true);
    }
}
