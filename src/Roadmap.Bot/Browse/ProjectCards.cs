using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Browse;

/// <summary>`/projects` lists ideas; `/project` shows one in full.</summary>
internal static class ProjectCards
{
    public const string Handler = "project";
    public const int MaxListed = 25;

    public static Embed List(IReadOnlyList<ProjectIdea> projects, string heading)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var lines = projects.Take(MaxListed).Select(p => $"**{p.Title}** · {Level(p)} · {p.Hours} h · `{p.Id}`");
        var more = projects.Count > MaxListed ? $"\n…and {projects.Count - MaxListed} more; narrow it with `level:` or `milestone:`." : "";
        return new Embed
        {
            Title = heading,
            Description = DiscordText.Truncate(string.Join('\n', lines) + more, DiscordLimits.EmbedDescription),
            Color = Colors.Project,
            Footer = new EmbedFooter { Text = "Open one below, or /project idea: to read it in full." },
        };
    }

    public static ActionRow Menu(IReadOnlyList<ProjectIdea> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return SelectMenu.Of(CustomId.Create(Handler, "open"), "Open a project idea", projects.Select(p => (DiscordText.Truncate(ContentText.ProjectChoice(p), DiscordLimits.SelectOptionLabel), p.Id)));
    }

    public static Embed Full(RoadmapContent content, ProjectIdea project)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(project);
        var fields = new List<EmbedField>
        {
            new() { Name = "Requirements", Value = ContentText.BulletList(project.Requirements) },
        };
        if (project.Stretch.Count > 0)
        {
            fields.Add(new EmbedField { Name = "Stretch goals", Value = ContentText.BulletList(project.Stretch) });
        }

        var practised = project.MilestoneIds.Select(id => content.FindMilestone(id)).OfType<Milestone>().Select(m => $"• {m.Title} (`{m.Id}`)");
        fields.Add(new EmbedField { Name = "Practises", Value = DiscordText.Truncate(string.Join('\n', practised), DiscordLimits.EmbedFieldValue) });
        return new Embed { Title = project.Title, Description = ContentText.ProjectBody(project), Color = Colors.Project, Fields = fields };
    }

    private static string Level(ProjectIdea project) => project.Level.ToString().ToLowerInvariant();
}
