using Microsoft.Extensions.Logging;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>
/// Posts the weekly digest (<see cref="CohortDigest"/>) in each active cohort's channel at
/// <see cref="CohortDigestSchedule"/>, exactly once per cohort and week, the way challenge results
/// are posted (<see cref="ChallengeDueSweep"/>): claimed in <c>cohort_posts</c> before the post, sent
/// with a nonce and enforce_nonce, resent by the first run after a crash while Discord still knows the
/// nonce. A digest that came due while the bot was down is posted once at the next start, marked
/// late; one a week older than that is recorded missed and never posted, as it would tell last
/// week's news.
/// </summary>
internal sealed partial class CohortDigestSweep(
    CohortDigestStore digests,
    ChallengeDueStore posts,
    CohortStore cohorts,
    ChallengeStore challenges,
    LeaderboardStore leaderboard,
    InsightsStore insights,
    PictureMaker pictures,
    TimeProvider time,
    ILogger<CohortDigestSweep> logger,
    IChannelPoster? poster = null)
{
    private const string Kind = "digest";

    /// <summary>Due cohorts are read this many at a time, until none is left.</summary>
    private const int Batch = 200;

    /// <summary>How many open challenges a digest lists.</summary>
    private const int Challenges = 10;

    private volatile bool _recovered;

    /// <summary>Recovery on the first run, then the digests now due. Returns how many were posted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        if (!_recovered)
        {
            foreach (var left in await posts.SendingAsync(Kind, cancellationToken))
            {
                var post = new ClaimedPost(left.GuildId, left.SubjectId, left.DueAt, left.Late);
                if (StoredTime.Now(time) - left.ClaimedAt > ChallengeDueSweep.ResendWithin)
                {
                    await posts.FinishAsync(Kind, post, "unknown", null, "the bot stopped while posting; a resend now might post twice", StoredTime.Now(time), cancellationToken);
                    continue;
                }

                posted += await PostAsync(post, cancellationToken) ? 1 : 0;
            }

            _recovered = true;
        }

        var now = StoredTime.Now(time);
        var dueAt = CohortDigestSchedule.LatestDue(now);
        foreach (var missed in await digests.DueAsync(dueAt - CohortDigestSchedule.Week, Batch, cancellationToken))
        {
            var post = new ClaimedPost(missed.GuildId, missed.CohortId, dueAt - CohortDigestSchedule.Week, Late: true);
            if (await digests.MissAsync(post, "the bot was offline for more than a week; last week's news is not posted", now, cancellationToken))
            {
                LogMissed(logger, missed.CohortId, missed.GuildId);
            }
        }

        var late = now - dueAt > ChallengeDueSweep.LateAfter;
        IReadOnlyList<DueDigestRow> due;
        do
        {
            // A claimed cohort has its row, so the next read starts after it; one whose claim another
            // run won has its row too. Either way every read makes progress, and the loop ends.
            due = await digests.DueAsync(dueAt, Batch, cancellationToken);
            foreach (var cohort in due)
            {
                var post = new ClaimedPost(cohort.GuildId, cohort.CohortId, dueAt, late);
                if (await digests.ClaimAsync(post, now, cancellationToken))
                {
                    posted += await PostAsync(post, cancellationToken) ? 1 : 0;
                }
            }
        }
        while (due.Count == Batch && !cancellationToken.IsCancellationRequested);

        return posted;
    }

    private async Task<bool> PostAsync(ClaimedPost claimed, CancellationToken cancellationToken)
    {
        var cohort = await cohorts.FindAsync(claimed.GuildId, claimed.Id, cancellationToken);
        if (cohort is null || cohort.IsArchived)
        {
            await posts.FinishAsync(Kind, claimed, "missed", null, "the cohort was archived before its digest", StoredTime.Now(time), cancellationToken);
            return false;
        }

        if (cohort.ChannelId is not { } channelId || poster is null)
        {
            await posts.FinishAsync(Kind, claimed, "missed", null, "the cohort has no channel to post its digest in", StoredTime.Now(time), cancellationToken);
            return false;
        }

        var post = await poster.PostAsync(channelId, await PrepareAsync(cohort, claimed.Late, cancellationToken), CohortDigest.Nonce(cohort.Id, claimed.DueAt), cancellationToken);
        if (post.IsPosted)
        {
            await posts.FinishAsync(Kind, claimed, "sent", null, null, StoredTime.Now(time), cancellationToken);
            LogPosted(logger, cohort.Id, cohort.GuildId, claimed.Late);
            return true;
        }

        await posts.FinishAsync(Kind, claimed, "failed", post.ErrorCode, post.Reason ?? post.Outcome.ToString(), StoredTime.Now(time), cancellationToken);
        LogFailed(logger, cohort.Id, cohort.GuildId, post.ErrorCode);
        return false;
    }

    /// <summary>The digest as it will be posted: the week's board, the open challenges and how many submitted to each.</summary>
    internal async Task<Reply> PrepareAsync(Cohort cohort, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var week = await leaderboard.RankAsync(cohort.GuildId, cohort.Id, LeaderboardPeriod.Week, time.GetUtcNow(), CohortDigest.Named, cancellationToken);
        var submitted = await digests.SubmittedAsync(cohort.GuildId, cohort.Id, cancellationToken);
        var open = (await challenges.ListAsync(cohort.GuildId, cohort.Id, Challenges, cancellationToken))
            .Where(c => !c.IsClosed)
            .Select(c => new OpenChallenge(c, submitted.GetValueOrDefault(c.Id)))
            .ToList();
        var digest = CohortDigest.Compose(cohort, week, open, late);

        // The cohort's picture: members at each stage (those who share), the chart of /mod insights.
        // Pictures off, nobody sharing, a drawing failure or a failed read: the digest goes out as text alone.
        ReplyFile? chart;
        try
        {
            var stages = await insights.ReadAsync(cohort.GuildId, cohort.Id, 0, cancellationToken);
            var title = $"Members at each stage: {cohort.Name}";
            chart = stages.Sharing == 0
                ? null
                : pictures.Make(InsightsChart.FileName, InsightsChart.KeyOf(title, stages.Stages), InsightsChart.Describe(cohort.Name, stages.Stages), () => InsightsChart.Draw(title, stages.Stages));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPictureFailed(logger, e, cohort.Id, cohort.GuildId);
            chart = null;
        }

        return chart is null ? digest : digest with { File = chart };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The picture for the weekly digest of cohort {CohortId} in server {GuildId} could not be made; the digest goes out without it")]
    private static partial void LogPictureFailed(ILogger logger, Exception exception, long cohortId, ulong guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest of cohort {CohortId} in server {GuildId} posted (late: {Late})")]
    private static partial void LogPosted(ILogger logger, long cohortId, ulong guildId, bool late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly digest of cohort {CohortId} in server {GuildId} could not be posted (error {Code})")]
    private static partial void LogFailed(ILogger logger, long cohortId, ulong guildId, int? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest of cohort {CohortId} in server {GuildId} recorded missed: it came due more than a week ago")]
    private static partial void LogMissed(ILogger logger, long cohortId, ulong guildId);
}
