using System.Globalization;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>The message a new challenge is announced with in its cohort's channel: what, when, and the Join and Submit buttons.</summary>
internal static class ChallengeAnnouncement
{
    /// <summary>Names the announcement, so a retried post is answered with the first message (Discord allows 25 characters).</summary>
    public static string Nonce(Challenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        return "challenge-" + challenge.Id.ToString(CultureInfo.InvariantCulture);
    }

    public static Reply Compose(Challenge challenge, string? milestoneTitle, string? projectTitle)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var fields = new List<EmbedField>
        {
            new() { Name = "Cohort", Value = DiscordText.Escape(challenge.CohortName), Inline = true },
            new() { Name = "Due", Value = ModeratorTime.Show(challenge.DueAt), Inline = true },
        };
        if (milestoneTitle is not null)
        {
            fields.Add(new() { Name = "Milestone", Value = $"{milestoneTitle} (`/step milestone:{challenge.MilestoneId}`)" });
        }

        if (projectTitle is not null)
        {
            fields.Add(new() { Name = "Project idea", Value = $"{projectTitle} (`/project idea:{challenge.ProjectId}`)" });
        }

        var embed = new Embed
        {
            Title = DiscordText.Truncate("New challenge: " + challenge.Title, 256),
            Description = challenge.Details is null ? null : DiscordText.Escape(challenge.Details),
            Fields = fields,
            Footer = new EmbedFooter { Text = $"Challenge #{challenge.Id} · Join to take part · Submit to send your link (or use /challenge submit)" },
        };
        return Reply.Card(embed, ephemeral: false, ActionRow.Of(
            new Button { Style = ButtonStyle.Primary, Label = "Join", CustomId = ChallengeButtons.Join(challenge.Id) },
            new Button { Style = ButtonStyle.Success, Label = "Submit", CustomId = ChallengeButtons.Submit(challenge.Id) }));
    }
}
