using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Browse;

/// <summary>The full card of one milestone, as `/step` shows it.</summary>
internal static class MilestoneCard
{
    public const int MaxProjects = 5;

    public static Embed Build(RoadmapContent content, Milestone milestone, LearnerStatuses statuses, string? stackId)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(statuses);
        var stage = content.StageOf(milestone);
        var status = statuses.Of(milestone.Id);
        var fields = new List<EmbedField>
        {
            Field("Checklist", ContentText.Checklist(milestone)),
            Field(stackId is null ? "Resources" : $"Resources for {content.FindStack(stackId)?.Language ?? stackId}", ContentText.ResourceList(ResourcePicker.For(milestone, stackId))),
        };

        if (milestone.Prerequisites.Count > 0)
        {
            var lines = milestone.Prerequisites.Select(id => content.FindMilestone(id)!).Select(p => $"{StatusIcons.Icon(statuses.Of(p.Id))} {p.Title} (`{p.Id}`)");
            fields.Add(Field("Builds on", string.Join('\n', lines)));
        }

        var projects = content.ProjectsFor(milestone).Take(MaxProjects).ToList();
        if (projects.Count > 0)
        {
            fields.Add(Field("Practise it", string.Join('\n', projects.Select(p => $"• {ContentText.ProjectChoice(p)} · `/project idea:{p.Id}`"))));
        }

        var hint = stackId is null && milestone.IsStackSpecific ? " · Pick your stack with /profile stack: for resources in your language" : "";
        return new Embed
        {
            Title = ContentText.MilestoneHeading(milestone),
            Description = ContentText.MilestoneBody(milestone),
            Color = Colors.Milestone,
            Fields = fields,
            Footer = new EmbedFooter { Text = $"{StatusIcons.Icon(status)} {StatusIcons.Word(status)} · {stage.Title}{hint}" },
        };
    }

    private static EmbedField Field(string name, string value) =>
        new() { Name = name, Value = value.Length <= DiscordLimits.EmbedFieldValue ? value : Text.DiscordText.Truncate(value, DiscordLimits.EmbedFieldValue) };
}
