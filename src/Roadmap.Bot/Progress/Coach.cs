using Roadmap.Bot.Content;




namespace Roadmap.Bot.Progress;

/// <summary>Picks the milestone a learner should work on next and says why.</summary>
internal static class Coach
{
    /// <summary>
    /// An in-progress milestone comes first (the earliest in track order); otherwise the earliest
    /// not-started milestone whose prerequisites are all done or skipped; once only skipped ones are
    /// left, the earliest of those; and when everything is done, the track is finished.
    /// </summary>
    public static Suggestion SuggestNext(RoadmapContent content, LearnerStatuses statuses)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(statuses);

        var inProgress = content.Milestones.Where(m => statuses.Of(m.Id) == MilestoneStatus.InProgress).ToList();
        if (inProgress.Count > 0)
        {
            var current = inProgress[0];
            var others = inProgress.Count > 1 ? $" It is the earliest of the {inProgress.Count} milestones you have open." : "";
            return Suggest(content, statuses, current, SuggestionReason.AlreadyInProgress, $"You started **{current.Title}** and have not finished it yet; finishing what is open keeps your momentum.{others}");
        }

        var next = content.Milestones.FirstOrDefault(m => statuses.Of(m.Id) == MilestoneStatus.NotStarted && m.Prerequisites.All(statuses.IsSettled));
        if (next is not null)
        {
            return Suggest(content, statuses, next, ReasonFor(content, statuses, next), Explain(content, next));
        }

        var skipped = content.Milestones.FirstOrDefault(m => statuses.Of(m.Id) == MilestoneStatus.Skipped);
        if (skipped is not null)
        {
            return new Suggestion(skipped, SuggestionReason.RevisitSkipped, $"Everything else is done or skipped. You skipped **{skipped.Title}** earlier; now is a good time to come back to it.", []);
        }

        return new Suggestion(null, SuggestionReason.TrackFinished, $"You have finished every milestone of **{content.Track.Title}**. Pick an advanced project with `/projects level:advanced` and keep building.", []);
    }

    private static SuggestionReason ReasonFor(RoadmapContent content, LearnerStatuses statuses, Milestone next)
    {
        if (content.OrderOf(next) == 0 && content.Milestones.All(m => statuses.Of(m.Id) == MilestoneStatus.NotStarted))
        {
            return SuggestionReason.FirstStep;
        }

        return next.Prerequisites.Count > 0 ? SuggestionReason.PrerequisitesMet : SuggestionReason.NextInOrder;
    }

    private static string Explain(RoadmapContent content, Milestone next)
    {
        var stage = content.StageOf(next);
        if (content.OrderOf(next) == 0)
        {
            return $"This is where the track begins: **{stage.Title}** is the first stage, and **{next.Title}** its first step.";
        }

        if (next.Prerequisites.Count == 0)
        {
            return $"It is the next step of **{stage.Title}** in track order, and it needs nothing you have not covered.";
        }

        var names = Join(next.Prerequisites.Select(id => content.FindMilestone(id)!.Title));
        return $"Everything it builds on is behind you ({names}), and it is the next step of **{stage.Title}** in track order.";
    }

    private static Suggestion Suggest(RoadmapContent content, LearnerStatuses statuses, Milestone milestone, SuggestionReason reason, string explanation)
    {
        var skipped = milestone.Prerequisites
            .Where(id => statuses.Of(id) == MilestoneStatus.Skipped)
            .Select(id => content.FindMilestone(id)!)
            .ToList();
        if (skipped.Count > 0)
        {
            var names = Join(skipped.Select(m => m.Title));
            explanation += $"\nHeads-up: it builds on {names}, which you skipped. If something here feels unfamiliar, skim that first.";
        }

        return new Suggestion(milestone, reason, explanation, skipped);
    }

    private static string Join(IEnumerable<string> titles)
    {
        var list = titles.Select(t => $"**{t}**").ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }
}
