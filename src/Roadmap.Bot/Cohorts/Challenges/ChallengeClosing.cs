using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/mod challenge close</c>: closes the challenge and posts its results (the board) in the
/// channel it was announced in. Links more than one member submitted are shown to the moderator
/// only: they are worth a look, not a public accusation.
/// </summary>
internal sealed class ChallengeClosing(ChallengeStore store, IChannelPoster? poster = null)
{
    public async Task<Reply> CloseAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (!await store.CloseAsync(challenge.GuildId, challenge.Id, cancellationToken))
        {
            return Reply.Problem($"**{DiscordText.Escape(challenge.Title)}** is closed already. See its board with `/challenge board challenge:{challenge.Id}`.");
        }

        var board = await store.BoardAsync(challenge, cancellationToken);
        var answer = $"Closed **{DiscordText.Escape(challenge.Title)}**.";
        var channelId = challenge.ChannelId;
        if (channelId is null)
        {
            answer += " It was never announced in a channel, so the results are here:\n\n" + BoardText.Render(board);
        }
        else if (poster is null)
        {
            answer += " I can't post in channels here; the results are:\n\n" + BoardText.Render(board);
        }
        else
        {
            var post = await poster.PostAsync(channelId.Value, ChallengeResults.Compose(challenge, board), ChallengeResults.Nonce(challenge), cancellationToken);
            answer += post.IsPosted
                ? $" The results are posted in <#{channelId}>."
                : $" The results could not be posted: {post.Problem(channelId.Value)} They are:\n\n{BoardText.Render(board)}";
        }

        if (BoardText.Duplicates(board) is { } duplicates)
        {
            answer += "\n\n" + duplicates;
        }

        return Reply.Text(answer, ephemeral: true);
    }
}
