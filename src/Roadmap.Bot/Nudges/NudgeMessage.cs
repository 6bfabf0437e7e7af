using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The weekly nudge as the member reads it in their DMs (or local mode's terminal): the next
/// milestone and why, what they finished in the last seven days, the streak with its freezes
/// (worded as on /progress), the finish estimate, and a line when it comes late; then the buttons.
/// After three unanswered ones it also asks "Keep these coming?" above the card, with a Keep button
/// in a row of its own under the usual ones. Mentions stay off, as on every reply.
/// </summary>
internal static class NudgeMessage
{
    public const string LateLine = "⏰ This nudge is late: I could not send it when it was due (I was offline, or Discord asked me to wait), so it comes now, once.";

    public const string NothingLastWeek = "Nothing in the last seven days. One milestone this week keeps the streak going.";

    public const string KeepQuestion =
        "🤔 **Keep these coming?** The last three nudges went by with no click and no progress recorded, and that is fine. " +
        "Press **" + NudgeButtons.KeepLabel + "** (or any button here) and they go on as before; " +
        "otherwise I pause them instead of sending the next one, and `/nudges on` brings them back whenever you like.";

    private const int ListedFinishes = 10;

    public static Reply Build(RoadmapContent content, NudgeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(facts);
        var suggestion = facts.Suggestion;
        var fields = new List<EmbedField>();
        if (suggestion.Milestone is { } milestone)
        {
            fields.Add(new EmbedField { Name = "What it is", Value = milestone.Summary });
        }

        fields.Add(new EmbedField { Name = "Finished in the last 7 days", Value = Finished(facts.FinishedLastWeek) });
        fields.Add(new EmbedField { Name = "Weekly streak", Value = StreakText.Describe(facts.Streak), Inline = true });
        fields.Add(new EmbedField { Name = "Finish estimate", Value = NextCard.Estimate(facts.Estimate), Inline = true });
        var embed = new Embed
        {
            Title = suggestion.Milestone is { } next ? $"This week: {next.Title}" : "This week: you finished the track 🎉",
            Description = facts.IsLate ? $"{LateLine}\n\n{suggestion.Explanation}" : suggestion.Explanation,
            Color = Cards.Colors.Next,
            Fields = fields,
            Footer = new EmbedFooter { Text = Footer(content, suggestion.Milestone) },
        };
        var buttons = NudgeButtons.For(facts.MemberId, suggestion.Milestone?.Id, facts.Status);
        return facts.AsksKeepFor is { } dueAt
            ? Reply.Card(embed, ephemeral: false, buttons, NudgeButtons.KeepRow(facts.MemberId, dueAt)) with { Content = KeepQuestion }
            : Reply.Card(embed, ephemeral: false, buttons);
    }

    private static string Finished(IReadOnlyList<Milestone> finished)
    {
        if (finished.Count == 0)
        {
            return NothingLastWeek;
        }

        var lines = finished.Take(ListedFinishes).Select(m => $"✅ {m.Title}").ToList();
        if (finished.Count > ListedFinishes)
        {
            lines.Add($"… and {finished.Count - ListedFinishes} more");
        }

        return string.Join('\n', lines);
    }

    private static string Footer(RoadmapContent content, Milestone? milestone)
    {
        const string settings = "Your weekly nudge · /nudges status to change it";
        return milestone is null
            ? settings
            : $"About {milestone.Hours} h · {content.StageOf(milestone).Title} · /step milestone:{milestone.Id} for resources · {settings}";
    }
}
