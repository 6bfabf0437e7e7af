using Roadmap.Bot.Content;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Browse;

/// <summary>
/// /roadmap and its menus: stages with bars and the map (roadmap.png), then a stage's milestones, then
/// a milestone card.
/// </summary>
internal sealed class RoadmapCommand(RoadmapContent content, LearnerReader learners, StepCommand step, PictureMaker pictures) : ISlashCommand, IComponentHandler
{
    public ApplicationCommand Definition { get; } = Slash("roadmap", "The track's stages with your progress in each");

    public string ComponentName => RoadmapCard.Handler;

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var learner = await learners.ReadAsync(context.Caller.UserId, cancellationToken);
        var report = ProgressReport.Of(content, learner.Statuses);
        var card = RoadmapCard.Build(content, report);
        var next = Coach.SuggestNext(content, learner.Statuses).Milestone;
        var picture = pictures.Make(
            RoadmapPicture.FileName,
            RoadmapPicture.KeyOf(content, learner.Statuses, next),
            RoadmapPicture.Describe(content, report, next),
            () => RoadmapPicture.Draw(content, learner.Statuses, next));
        return picture is null
            ? Reply.Card(card, ephemeral: true, RoadmapCard.StageMenu(content))
            : Reply.Card(card with { Image = new EmbedImage { Url = picture.AttachmentUrl } }, ephemeral: true, RoadmapCard.StageMenu(content)) with { File = picture };
    }

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var picked = context.Values is [var value, ..] ? value : "";
        switch (context.Id.Action)
        {
            case "stage" when content.FindStage(picked) is { } stage:
                var learner = await learners.ReadAsync(context.Caller.UserId, cancellationToken);
                // The stage replaces the map: without dropping it, roadmap.png would stay under the new card.
                return Reply.Card(RoadmapCard.Stage(content, stage, learner.Statuses), ephemeral: true, RoadmapCard.MilestoneMenu(content, stage)) with { UpdatesMessage = true, DropsFiles = true };
            case "milestone" when content.FindMilestone(picked) is { } milestone:
                return await step.CardAsync(milestone, context.Caller.UserId, cancellationToken) with { UpdatesMessage = true, DropsFiles = true };
            default:
                return Reply.Problem("That part of the roadmap no longer exists. Run `/roadmap` again to see the current one.");
        }
    }
}
