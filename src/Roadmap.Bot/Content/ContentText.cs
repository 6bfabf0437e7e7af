namespace Roadmap.Bot.Content;

/// <summary>
/// How content text appears on Discord. The cards and the choices use these, and validation measures
/// them, so what passes `content check` is exactly what fits on Discord.
/// </summary>
internal static class ContentText
{
    public static string MilestoneHeading(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Title;
    }

    public static string MilestoneBody(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return $"{milestone.Summary}\n\n**Why it matters:** {milestone.Why}\n\n*About {milestone.Hours} h · `{milestone.Id}`*";
    }

    public static string Checklist(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return string.Join('\n', milestone.Checklist.Select(item => $"☐ {item}"));
    }

    public static string ResourceLine(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var price = resource.IsFree ? "free" : "paid";
        return $"[{resource.Title}]({resource.Url.AbsoluteUri}) · {resource.Kind.ToString().ToLowerInvariant()}, {price}";
    }

    public static string ResourceList(IEnumerable<Resource> resources) =>
        string.Join('\n', resources.Select(r => $"• {ResourceLine(r)}"));

    /// <summary>The label of a milestone in autocomplete and select menus.</summary>
    public static string MilestoneChoice(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return $"{milestone.Title} ({milestone.Id})";
    }

    public static string StageChoice(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Title;
    }

    public static string ProjectChoice(ProjectIdea project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return $"{project.Title} ({project.Level.ToString().ToLowerInvariant()})";
    }

    public static string ProjectBody(ProjectIdea project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var level = project.Level.ToString().ToLowerInvariant();
        return $"{project.Summary}\n\n*{level} · about {project.Hours} h · `{project.Id}`*";
    }

    public static string BulletList(IEnumerable<string> items) => string.Join('\n', items.Select(i => $"• {i}"));
}
