using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/mod challenge post</c>: creates the challenge and announces it in the cohort's channel. When
/// the bot may not post there (50001, 50013) the challenge is taken back, so the moderator's answer
/// names the permission to give and nothing is left half made. A cohort with no channel still gets
/// its challenge, and the answer says there was nowhere to announce it.
/// </summary>
internal sealed class ChallengePosting(ChallengeStore store, DueDateReader dueDates, ContentChoices<Milestone> milestones, ContentChoices<ProjectIdea> projects, IChannelPoster? poster = null)
{
    public const int MaxTitle = 100;
    public const int MaxDetails = 1000;

    /// <summary>Checks the title, due date, details, milestone and project, then posts; the cohort is checked already.</summary>
    public async Task<Reply> PostAsync(ulong moderatorId, Cohort cohort, string? title, string? typedDue, string? milestoneTyped, string? projectTyped, string? details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var trimmedTitle = (title ?? "").Trim();
        if (trimmedTitle.Length is 0 or > MaxTitle)
        {
            return Reply.Problem($"A challenge title needs 1 to {MaxTitle} characters; yours has {trimmedTitle.Length}. Put the longer text in `details:`.");
        }

        var (due, dueProblem) = await dueDates.ReadAsync(moderatorId, typedDue, cohort, cancellationToken);
        if (due is not { } dueAt)
        {
            return Reply.Problem(dueProblem!);
        }

        var trimmedDetails = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        if (trimmedDetails is { Length: > MaxDetails })
        {
            return Reply.Problem($"Details can be at most {MaxDetails} characters; yours has {trimmedDetails.Length}. Link to a longer write-up instead.");
        }

        Milestone? milestone = null;
        if (milestoneTyped is not null && (milestone = milestones.Find(milestoneTyped)) is null)
        {
            return milestones.Unknown(milestoneTyped);
        }

        ProjectIdea? project = null;
        if (projectTyped is not null && (project = projects.Find(projectTyped)) is null)
        {
            return projects.Unknown(projectTyped);
        }

        var challenge = await store.CreateAsync(new NewChallenge(cohort, trimmedTitle, trimmedDetails, milestone?.Id, project?.Id, dueAt), cancellationToken);
        return await AnnounceAsync(challenge, milestone?.Title, project?.Title, cancellationToken);
    }

    private async Task<Reply> AnnounceAsync(Challenge challenge, string? milestoneTitle, string? projectTitle, CancellationToken cancellationToken)
    {
        var named = $"**{DiscordText.Escape(challenge.Title)}** (challenge #{challenge.Id}) for **{DiscordText.Escape(challenge.CohortName)}**, due {ModeratorTime.Show(challenge.DueAt)}";
        if (challenge.ChannelId is not { } channelId)
        {
            return Reply.Text($"Posted {named}. The cohort has no channel, so there is nowhere to announce it: members see it with `/challenge list` and submit with `/challenge submit`.", ephemeral: true);
        }

        if (poster is null)
        {
            await store.RemoveUnannouncedAsync(challenge, cancellationToken);
            return Reply.Problem("I can't post in channels here, so nothing was created.");
        }

        var post = await poster.PostAsync(channelId, ChallengeAnnouncement.Compose(challenge, milestoneTitle, projectTitle), ChallengeAnnouncement.Nonce(challenge), cancellationToken);
        if (!post.IsPosted)
        {
            await store.RemoveUnannouncedAsync(challenge, cancellationToken);
            return Reply.Problem(post.Problem(channelId) + " Nothing was created.");
        }

        await store.AnnouncedAsync(challenge, channelId, post.MessageId ?? 0, cancellationToken);
        return Reply.Text($"Posted {named}, announced in <#{channelId}> with **Join** and **Submit** buttons.", ephemeral: true);
    }
}
