namespace Roadmap.Bot.Content;

/// <summary>The two kinds of content a learner names in options.</summary>
internal static class ContentChoicesFactory
{
    public static ContentChoices<Milestone> Milestones(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(content.Milestones, m => m.Id, m => m.Title, ContentText.MilestoneChoice, "a milestone",
            "Start typing in the `milestone` option and pick one from the list, or browse them with `/roadmap`.");
    }

    public static ContentChoices<ProjectIdea> Projects(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(content.Projects, p => p.Id, p => p.Title, ContentText.ProjectChoice, "a project idea", "Browse them with `/projects`.");
    }
}
