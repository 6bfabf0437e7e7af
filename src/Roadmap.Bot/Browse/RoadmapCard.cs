using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Browse;

/// <summary>`/roadmap`: every stage with the caller's bar, and a menu that opens a stage.</summary>
internal static class RoadmapCard
{
    public const string Handler = "roadmap";

    public static Embed Build(RoadmapContent content, ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Stages.Select((s, i) => $"**{i + 1}. {s.Stage.Title}**\n`{ProgressBar.Render(s.Settled, 10)}` {s.Done + s.Skipped}/{s.Total}");
        return new Embed
        {
            Title = content.Track.Title,
            Description = $"{content.Track.Summary}\n\n{string.Join('\n', lines)}",
            Color = Colors.Milestone,
            Footer = new EmbedFooter { Text = "Open a stage below, or /next for what to do now." },
        };
    }

    public static ActionRow StageMenu(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SelectMenu.Of(CustomId.Create(Handler, "stage"), "Open a stage", content.Track.Stages.Select((s, i) => ($"{i + 1}. {ContentText.StageChoice(s)}", s.Id)));
    }

    public static Embed Stage(RoadmapContent content, Stage stage, LearnerStatuses statuses)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(statuses);
        var lines = content.MilestonesOf(stage).Select(m => $"{StatusIcons.Icon(statuses.Of(m.Id))} **{m.Title}** · {m.Hours} h · `{m.Id}`");
        return new Embed
        {
            Title = stage.Title,
            Description = string.Join('\n', lines),
            Color = Colors.Milestone,
            Footer = new EmbedFooter { Text = "Open a milestone below, or /step milestone: to read one." },
        };
    }

    public static ActionRow MilestoneMenu(RoadmapContent content, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SelectMenu.Of(CustomId.Create(Handler, "milestone"), "Open a milestone", content.MilestonesOf(stage).Select(m => (DiscordText.Truncate(m.Title, Discord.DiscordLimits.SelectOptionLabel), m.Id)));
    }
}
