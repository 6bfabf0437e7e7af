using Microsoft.Extensions.Logging;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// A day before a challenge is due, reminds by direct message (the way nudges go) each member who
/// joined it and has not submitted. Each challenge's reminders are claimed once for its due time
/// before any is sent, and each message carries a nonce of the challenge and the member with
/// enforce_nonce, so the first run after a crash resends the batch without a second message to anyone
/// Discord already has one for. Reminders that came due while the bot was down go at the next start,
/// marked late in their row, as long as the challenge is not yet due. A member whose direct messages
/// are closed (50007) gets the reminder in the server's nudge channel instead, when it has one, the
/// way a weekly nudge does (<see cref="NudgeChannelFallback"/>): one message that may ping only that
/// member, with its own nonce.
/// </summary>
internal sealed partial class ChallengeReminderSweep(
    ChallengeReminderStore reminders,
    ChallengeDueStore posts,
    ChallengeStore challenges,
    NudgeChannelFallback fallback,
    TimeProvider time,
    ILogger<ChallengeReminderSweep> logger,
    INudgeSender? sender = null)
{
    private const string Kind = "reminder";
    private const int Batch = 100;
    private volatile bool _recovered;

    /// <summary>Recovery on the first run, then every challenge whose reminder is due. Returns how many members were reminded.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (sender is null)
        {
            return 0;
        }

        var reminded = 0;
        if (!_recovered)
        {
            foreach (var left in await posts.SendingAsync(Kind, cancellationToken))
            {
                var post = new ClaimedPost(left.GuildId, left.SubjectId, left.DueAt, left.Late);
                if (StoredTime.Now(time) - left.ClaimedAt > ChallengeDueSweep.ResendWithin)
                {
                    await posts.FinishAsync(Kind, post, "unknown", null, "the bot stopped while reminding; a resend now might remind twice", StoredTime.Now(time), cancellationToken);
                    continue;
                }

                reminded += await RemindAsync(sender, post, cancellationToken);
            }

            _recovered = true;
        }

        var now = StoredTime.Now(time);
        foreach (var due in await reminders.DueAsync(now, Batch, cancellationToken))
        {
            var post = new ClaimedPost(due.GuildId, due.Id, due.DueAt, Late: now - (due.DueAt - ChallengeReminderStore.Before) > ChallengeDueSweep.LateAfter);
            if (await reminders.ClaimAsync(post, now, cancellationToken))
            {
                reminded += await RemindAsync(sender, post, cancellationToken);
            }
        }

        return reminded;
    }

    /// <summary>The nonce of one member's reminder for one challenge, fitted to Discord's 25 characters.</summary>
    public static string Nonce(long challengeId, ulong memberId) => NudgeNonce.Fit($"r{NudgeNonce.Base36((ulong)challengeId)}-{NudgeNonce.Base36(memberId)}");

    /// <summary>
    /// The nonce of the same reminder posted in the nudge channel: distinct from the DM's, so the two
    /// never stand for each other, fitted to Discord's 25 characters.
    /// </summary>
    public static string ChannelNonce(long challengeId, ulong memberId) => NudgeNonce.Fit($"rc{NudgeNonce.Base36((ulong)challengeId)}-{NudgeNonce.Base36(memberId)}");

    private async Task<int> RemindAsync(INudgeSender to, ClaimedPost post, CancellationToken cancellationToken)
    {
        var challenge = await challenges.FindAsync(post.GuildId, post.Id, cancellationToken);
        if (challenge is null || challenge.IsClosed || challenge.IsCohortArchived)
        {
            await posts.FinishAsync(Kind, post, "sent", null, "closed before its reminder", StoredTime.Now(time), cancellationToken);
            return 0;
        }

        int sent = 0, inChannel = 0, unreachable = 0;
        var nudgeChannel = await fallback.ForServerAsync(challenge.GuildId, cancellationToken);
        foreach (var member in await reminders.RecipientsAsync(post, cancellationToken))
        {
            var delivery = await to.RemindAsync(member.MemberId, member.DmChannelId, Message(challenge), Nonce(challenge.Id, member.MemberId), cancellationToken);
            if (delivery.Outcome == NudgeDeliveryOutcome.Sent)
            {
                sent++;
                continue;
            }

            if (delivery.Outcome == NudgeDeliveryOutcome.DmsClosed && nudgeChannel is { } channel
                && (await fallback.PostForAsync(channel, member.MemberId, Reply.Text(Message(challenge)), ChannelNonce(challenge.Id, member.MemberId), cancellationToken)).IsPosted)
            {
                sent++;
                inChannel++;
                continue;
            }

            unreachable++;
        }

        var reached = inChannel == 0 ? $"{sent} reminded" : $"{sent} reminded ({inChannel} in the nudge channel, their direct messages are closed)";
        var reason = unreachable == 0 ? reached : $"{reached}; {unreachable} could not be reached by direct message";
        await posts.FinishAsync(Kind, post, unreachable > 0 && sent == 0 ? "failed" : "sent", null, reason, StoredTime.Now(time), cancellationToken);
        LogReminded(logger, challenge.Id, challenge.GuildId, sent, unreachable);
        return sent;
    }

    private static string Message(Challenge challenge) =>
        $"⏰ **{DiscordText.Escape(challenge.Title)}** ({DiscordText.Escape(challenge.CohortName)}) is due {ModeratorTime.Show(challenge.DueAt)}, and I have no submission from you yet. "
        + $"Submit with the **Submit** button on its announcement, or `/challenge submit challenge:{challenge.Id} link:<your https:// link>`.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Challenge {ChallengeId} in server {GuildId}: {Sent} members reminded, {Unreachable} unreachable")]
    private static partial void LogReminded(ILogger logger, long challengeId, ulong guildId, int sent, int unreachable);
}
