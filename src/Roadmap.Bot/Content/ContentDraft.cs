namespace Roadmap.Bot.Content;

/// <summary>Everything read from the content folder, before the cross-file checks have passed.</summary>
internal sealed record ContentDraft(
    Track? Track,
    IReadOnlyList<StackDefinition> Stacks,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ProjectIdea> Projects);
