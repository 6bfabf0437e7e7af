using Microsoft.Extensions.Logging;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// Closes the challenges whose due time has come and posts their results in their channel, exactly
/// once each: the claim (<see cref="ChallengeDueStore.ClaimAsync"/>) is committed before the post,
/// the post carries a nonce with enforce_nonce, and the first run after a restart resends what the
/// last run claimed and never recorded (while Discord still recognises the nonce). A challenge that
/// came due while the bot was not running is closed and posted at the next start, marked late.
/// </summary>
internal sealed partial class ChallengeDueSweep(ChallengeDueStore due, ChallengeStore challenges, TimeProvider time, ILogger<ChallengeDueSweep> logger, IChannelPoster? poster = null)
{
    /// <summary>Results due longer ago than this when they are posted are marked late.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(2);

    /// <summary>How young a post left <c>sending</c> by a crash must be to be sent again (Discord keeps a nonce for a few minutes).</summary>
    public static readonly TimeSpan ResendWithin = TimeSpan.FromMinutes(2);

    private const string Kind = "results";
    private const int Batch = 100;
    private volatile bool _recovered;

    /// <summary>Recovery on the first run, then every challenge now due. Returns how many results were posted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        if (!_recovered)
        {
            foreach (var left in await due.SendingAsync(Kind, cancellationToken))
            {
                var post = new ClaimedPost(left.GuildId, left.SubjectId, left.DueAt, left.Late);
                if (StoredTime.Now(time) - left.ClaimedAt > ResendWithin)
                {
                    await due.FinishAsync(Kind, post, "unknown", null, "the bot stopped while posting; a resend now might post twice", StoredTime.Now(time), cancellationToken);
                    continue;
                }

                posted += await PostAsync(post, cancellationToken) ? 1 : 0;
            }

            _recovered = true;
        }

        var now = StoredTime.Now(time);
        foreach (var challenge in await due.DueAsync(now, Batch, cancellationToken))
        {
            var late = now - challenge.DueAt > LateAfter;
            if (await due.ClaimAsync(challenge.GuildId, challenge.Id, challenge.DueAt, now, late, cancellationToken))
            {
                posted += await PostAsync(new ClaimedPost(challenge.GuildId, challenge.Id, challenge.DueAt, late), cancellationToken) ? 1 : 0;
            }
        }

        return posted;
    }

    private async Task<bool> PostAsync(ClaimedPost claimed, CancellationToken cancellationToken)
    {
        var (guildId, challengeId, _, late) = claimed;
        var challenge = await challenges.FindAsync(guildId, challengeId, cancellationToken);
        if (challenge?.ChannelId is not { } channelId || poster is null || challenge.IsCohortArchived)
        {
            // Closed all the same; with no channel (or an archived cohort) members read the board with /challenge board.
            await due.FinishAsync(Kind, claimed, "sent", null, "closed; no channel to post the results in", StoredTime.Now(time), cancellationToken);
            return false;
        }

        var board = await challenges.BoardAsync(challenge, cancellationToken);
        var post = await poster.PostAsync(channelId, ChallengeResults.Compose(challenge, board, late), ChallengeResults.Nonce(challenge), cancellationToken);
        if (post.IsPosted)
        {
            await due.FinishAsync(Kind, claimed, "sent", null, null, StoredTime.Now(time), cancellationToken);
            LogPosted(logger, challengeId, guildId, late);
            return true;
        }

        await due.FinishAsync(Kind, claimed, "failed", post.ErrorCode, post.Reason ?? post.Outcome.ToString(), StoredTime.Now(time), cancellationToken);
        LogFailed(logger, challengeId, guildId, post.ErrorCode);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Challenge {ChallengeId} in server {GuildId} closed at its due time; results posted (late: {Late})")]
    private static partial void LogPosted(ILogger logger, long challengeId, ulong guildId, bool late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Challenge {ChallengeId} in server {GuildId} closed at its due time, but its results could not be posted (error {Code})")]
    private static partial void LogFailed(ILogger logger, long challengeId, ulong guildId, int? code);
}
