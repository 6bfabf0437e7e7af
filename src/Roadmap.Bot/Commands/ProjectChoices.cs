using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Commands;

/// <summary>Finds project ideas by what a learner typed.</summary>
public sealed class ProjectChoices(RoadmapContent content)
{
    private readonly ChoiceIndex<ProjectIdea> _index = new(content.Projects, p => p.Id, p => p.Title);

    public IReadOnlyList<ApplicationCommandOptionChoice> Suggest(string typed) =>
        _index.Find(typed).Select(p => ApplicationCommandOptionChoice.FromString(ContentText.ProjectChoice(p), p.Id)).ToList();

    public ProjectIdea? Find(string? typed)
    {
        var text = (typed ?? "").Trim();
        return content.FindProject(text.ToLowerInvariant())
            ?? content.Projects.FirstOrDefault(p => string.Equals(p.Title, text, StringComparison.OrdinalIgnoreCase));
    }

    public Reply Unknown(string typed)
    {
        var closest = _index.Find(typed, limit: 1) is [var first, ..] ? first : null;
        var hint = closest is null ? "" : $" Did you mean `{closest.Id}` ({closest.Title})?";
        return Reply.Problem($"I don't know a project idea called `{DiscordText.Escape(DiscordText.Truncate(typed, 60))}`.{hint} Browse them with `/projects`.");
    }
}
