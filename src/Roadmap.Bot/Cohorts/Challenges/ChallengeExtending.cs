using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/mod challenge extend</c>: an open challenge gets a new due date, read as the one it was posted
/// with, and its announcement in the channel is edited to show it. The new date stands even when the
/// edit is refused; the moderator is told what to fix so members reading the channel are not misled.
/// </summary>
internal sealed class ChallengeExtending(ChallengeStore store, CohortStore cohorts, DueDateReader dueDates, ContentChoices<Milestone> milestones, ContentChoices<ProjectIdea> projects, IChannelPoster? poster = null)
{
    public async Task<Reply> ExtendAsync(Challenge challenge, ulong moderatorId, string? typedDue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var cohort = await cohorts.FindAsync(challenge.GuildId, challenge.CohortId, cancellationToken);
        if (challenge.IsClosed || cohort is null || cohort.IsArchived)
        {
            return Reply.Problem($"Challenge #{challenge.Id} is closed{(challenge.IsCohortArchived ? " and its cohort archived" : "")}, so its due date can't move.");
        }

        var (dueAt, problem) = await dueDates.ReadAsync(moderatorId, typedDue, cohort, cancellationToken);
        if (dueAt is null)
        {
            return Reply.Problem(problem!);
        }

        if (!await store.ExtendAsync(challenge.GuildId, challenge.Id, dueAt.Value, cancellationToken))
        {
            return Reply.Problem($"Challenge #{challenge.Id} was closed in the meantime, so its due date can't move.");
        }

        var moved = $"**{DiscordText.Escape(challenge.Title)}** is now due {ModeratorTime.Show(dueAt.Value)} (it was {ModeratorTime.Show(challenge.DueAt)}).";
        return Reply.Text(moved + " " + await UpdateAnnouncementAsync(challenge with { DueAt = dueAt.Value }, cancellationToken), ephemeral: true);
    }

    private async Task<string> UpdateAnnouncementAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        if (challenge is not { ChannelId: { } channelId, MessageId: { } messageId } || poster is null)
        {
            return "Members see the new date in `/challenge list`.";
        }

        var announcement = ChallengeAnnouncement.Compose(challenge, milestones.Find(challenge.MilestoneId)?.Title, projects.Find(challenge.ProjectId)?.Title);
        var edit = await poster.EditAsync(channelId, messageId, announcement, cancellationToken);
        return edit.IsPosted
            ? $"The announcement in <#{channelId}> shows the new date."
            : $"The new date stands, but the announcement in <#{channelId}> still shows the old one: {edit.Problem(channelId)} Members see the new date in `/challenge list`.";
    }
}
