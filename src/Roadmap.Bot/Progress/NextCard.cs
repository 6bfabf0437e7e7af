using System.Globalization;
using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Progress;

/// <summary>`/next`: the suggested milestone, why it was chosen, and when the track would be done.</summary>
internal static class NextCard
{
    public static Embed Build(RoadmapContent content, Suggestion suggestion, FinishEstimate? estimate)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(suggestion);
        var fields = new List<EmbedField>();
        if (suggestion.Milestone is { } milestone)
        {
            fields.Add(new EmbedField { Name = "What it is", Value = milestone.Summary });
            fields.Add(new EmbedField { Name = "Start with", Value = ContentText.Checklist(milestone) });
        }

        fields.Add(new EmbedField { Name = "Finish estimate", Value = Estimate(estimate) });
        return new Embed
        {
            Title = suggestion.Milestone is { } next ? $"Next: {next.Title}" : "You finished the track 🎉",
            Description = suggestion.Explanation,
            Color = Colors.Next,
            Fields = fields,
            Footer = suggestion.Milestone is { } m ? new EmbedFooter { Text = $"About {m.Hours} h · {content.StageOf(m).Title} · /step milestone:{m.Id} for resources" } : null,
        };
    }

    public static string Estimate(FinishEstimate? estimate) => estimate switch
    {
        null => "Tell me how many hours a week you have with `/profile weekly_hours:` and I'll estimate when you finish.",
        { RemainingHours: 0 } => "Nothing left: every milestone is done or skipped.",
        _ => string.Create(CultureInfo.InvariantCulture, $"About {estimate.RemainingHours} h left. At {estimate.WeeklyHours} h a week that is {estimate.Weeks} week{(estimate.Weeks == 1 ? "" : "s")}: around **{estimate.FinishDate:d MMMM yyyy}**."),
    };
}
