using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>The results a closed challenge posts in its channel: its board, with no mentions.</summary>
internal static class ChallengeResults
{
    /// <summary>Names the results post, so a retry (after a crash) is answered with the first message.</summary>
    public static string Nonce(Challenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        return "results-" + challenge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <param name="challenge">The challenge that closed.</param>
    /// <param name="board">Its board.</param>
    /// <param name="late">The bot was not running at the due time, so the results come after it.</param>
    public static Reply Compose(Challenge challenge, ChallengeBoard board, bool late = false)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var footer = $"Challenge #{challenge.Id} · {challenge.CohortName} · closed";
        return Reply.Card(new Embed
        {
            Title = DiscordText.Truncate("Results: " + challenge.Title, 256),
            Description = BoardText.Render(board),
            Footer = new EmbedFooter { Text = late ? footer + " at its due time; posted late, as the bot was offline then" : footer },
        });
    }
}
